package org.golive.platform.security;

import org.golive.testsupport.AccessMatrix;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A service's access rules (its own and those of the endpoints the platform adds) checked against the running
 * service: every endpoint against every role, without a token, with bad tokens, and an unknown path. A service's
 * test is one line: {@code class AccessRulesIT extends AccessRulesContract {}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
public abstract class AccessRulesContract {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    List<EndpointRules> rules;

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatTheRulesAllow() {
        return AccessMatrix.verify(context, new HttpJson("http://localhost:" + port), rules.stream()
                .flatMap(r -> r.rules().stream())
                .map(r -> new AccessMatrix.Endpoint(r.method().name(), r.pattern(),
                        r.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .toList());
    }
}
