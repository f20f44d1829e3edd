package org.golive.localstack;

import java.util.HashMap;
import java.util.Map;

/** The Spring properties each context of the stack starts with: what it must not pick up, whom it trusts, where it is. */
final class ContextSettings {

    /** Auto-configuration the gateway must not pick up from the services' libraries on the shared classpath. */
    static final String NOT_FOR_THE_GATEWAY = String.join(",",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration");

    /** The identity provider's auto-configuration, which the services and the gateway must not pick up. */
    static final String AUTHORIZATION_SERVER = String.join(",",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    /** Every context re-initialises logging: keep the broker's and the drivers' chatter out of the console. */
    static final Map<String, Object> QUIET_LOGS = Map.of(
            // One logging system for all contexts: the last one started would stamp its name on every line.
            "logging.include-application-name", false,
            "logging.level.kafka", "WARN",
            "logging.level.org.apache.kafka", "WARN",
            "logging.level.state.change.logger", "WARN",
            "logging.level.org.mongodb.driver", "WARN",
            "logging.level.de.bwaldvogel", "WARN",
            "logging.level.org.springframework.kafka", "WARN");

    private ContextSettings() {
    }

    /** The identity provider whose tokens a service or the gateway trusts. */
    static Map<String, Object> trusting(String identityUrl) {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", identityUrl,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", identityUrl + "/oauth2/jwks");
    }

    /** A service instance's properties, without its port: its database, the broker, mail, trust and quiet logs. */
    static Map<String, Object> forService(LocalStackSettings settings, Service service, String mongo, String kafka,
                                          String identityUrl, int smtpPort, int gatewayPort) {
        Map<String, Object> serviceSettings = new HashMap<>();
        serviceSettings.put("server.address", settings.host());
        serviceSettings.put("spring.mongodb.uri", mongo);
        serviceSettings.put("spring.mongodb.database", settings.databasePrefix() + service.id());
        serviceSettings.put("spring.kafka.bootstrap-servers", kafka);
        if (settings.externalKafka() == null || settings.servicesOnly()) {
            // After a kill, the dead JVM's consumers stay members of their groups until their sessions expire
            // (45 s by default), and the new consumers get no partition before: the read models would stand
            // still that long. 10 s have passed before the services are up again.
            serviceSettings.put("spring.kafka.consumer.properties.session.timeout.ms", 10_000);
        }
        serviceSettings.put("spring.cloud.gateway.server.webflux.enabled", false);
        serviceSettings.put("spring.mail.host", settings.host());
        serviceSettings.put("spring.mail.port", smtpPort);
        serviceSettings.put("golive.communications.acknowledgement-url",
                "http://localhost:" + gatewayPort + "/api/stakeholders/acknowledgements/");
        serviceSettings.put("spring.autoconfigure.exclude", AUTHORIZATION_SERVER);
        serviceSettings.putAll(trusting(identityUrl));
        serviceSettings.putAll(QUIET_LOGS);
        return serviceSettings;
    }
}
