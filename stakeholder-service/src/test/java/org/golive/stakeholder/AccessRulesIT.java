package org.golive.stakeholder;

import org.golive.platform.security.EndpointRules;
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

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every endpoint against every role, without a token, and with bad tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
class AccessRulesIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    EndpointRules rules;

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatTheRulesAllow() {
        return AccessMatrix.verify(context, new HttpJson("http://localhost:" + port), rules.rules().stream()
                .map(r -> new AccessMatrix.Endpoint(r.method().name(), r.pattern(),
                        r.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .toList());
    }
}
