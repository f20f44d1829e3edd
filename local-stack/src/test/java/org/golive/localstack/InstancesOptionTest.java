package org.golive.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --instances}: how many of each service the local stack runs, and where the gateway's routes then point. */
class InstancesOptionTest {

    private static LocalStackSettings parse(String... args) {
        return LocalStackSettings.parse(args, Map.of());
    }

    @Test
    void oneOfEachUnlessToldOtherwise() {
        LocalStackSettings settings = parse();
        for (Service service : Service.values()) {
            assertThat(settings.instances(service)).as(service.id()).isEqualTo(1);
        }
    }

    @Test
    void aNumberAppliesToEveryServiceAndAListToTheServicesItNames() {
        LocalStackSettings all = parse("--instances=3");
        for (Service service : Service.values()) {
            assertThat(all.instances(service)).as(service.id()).isEqualTo(3);
        }
        LocalStackSettings some = parse("--instances=planning:2,tracking:3");
        assertThat(some.instances(Service.PLANNING)).isEqualTo(2);
        assertThat(some.instances(Service.TRACKING)).isEqualTo(3);
        assertThat(some.instances(Service.BUDGET)).isEqualTo(1);
        assertThat(some.instances(Service.STAKEHOLDER)).isEqualTo(1);
        assertThat(LocalStackSettings.parse(new String[0], Map.of("GOLIVE_INSTANCES", "budget:2"))
                .instances(Service.BUDGET)).as("from the environment").isEqualTo(2);
    }

    @Test
    void anUnknownServiceOrANumberBelowOneIsRefusedByName() {
        assertThatThrownBy(() -> parse("--instances=billing:2")).hasMessageContaining("billing");
        assertThatThrownBy(() -> parse("--instances=planning:x")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> parse("--instances=0")).hasMessageContaining("at least one");
    }

    @Test
    void oneInstanceIsRoutedByUrlAsInADeploymentAndSeveralThroughTheLoadBalancer() {
        assertThat(GatewayRoutes.to(Service.PLANNING, List.of("http://127.0.0.1:8081")))
                .containsExactly(Map.entry("PLANNING_URL", "http://127.0.0.1:8081"));
        Map<String, Object> two = GatewayRoutes.to(Service.TRACKING,
                List.of("http://127.0.0.1:8084", "http://127.0.0.1:40001"));
        assertThat(two).containsEntry("TRACKING_URL", "lb://tracking")
                .containsEntry("spring.cloud.discovery.client.simple.instances.tracking[0].uri", "http://127.0.0.1:8084")
                .containsEntry("spring.cloud.discovery.client.simple.instances.tracking[1].uri", "http://127.0.0.1:40001")
                .containsEntry("spring.cloud.discovery.enabled", true);
    }

    @Test
    void instancesInAnotherJvmJoinTheGatewaysListAndAServicesOnlyStackNeedsTheOtherStacksInfrastructure() {
        LocalStackSettings gatewayOnly = parse("--instances=planning:0",
                "--planning-elsewhere=http://127.0.0.1:41001, http://127.0.0.1:41002");
        assertThat(gatewayOnly.instances(Service.PLANNING)).isZero();
        assertThat(gatewayOnly.elsewhere(Service.PLANNING))
                .containsExactly("http://127.0.0.1:41001", "http://127.0.0.1:41002");
        assertThat(gatewayOnly.elsewhere(Service.BUDGET)).isEmpty();
        assertThatThrownBy(() -> parse("--instances=budget:0")).hasMessageContaining("budget-elsewhere");

        assertThat(parse("--services-only", "--kafka=127.0.0.1:9092", "--mongodb=mongodb://127.0.0.1:27017",
                "--issuer=http://localhost:9000").servicesOnly()).isTrue();
        assertThatThrownBy(() -> parse("--services-only", "--kafka=127.0.0.1:9092"))
                .hasMessageContaining("--issuer");
    }
}
