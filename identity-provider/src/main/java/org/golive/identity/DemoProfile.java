package org.golive.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.PropertySource;

/**
 * The {@code demo} profile (the local stack, docker-compose's demo, the tests that sign in as demo users) brings the
 * demo clients' secrets and the demo users' password, published in the README. Without it the provider starts only
 * when a deployment configures its own ({@link RequiredSecrets}). A property source of its own, not an
 * application-demo file, so the local stack's other contexts on the same classpath never see it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@PropertySource("classpath:org/golive/identity/demo-secrets.properties")
class DemoProfile {
}
