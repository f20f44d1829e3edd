package org.golive.system.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a rendered overlay's workloads against the applications they run, as ComposeFileTest does for compose:
 * each problem is a sentence, none means the overlay agrees with the code.
 */
final class ManifestChecks {

    private final Path repository;
    private final Manifests manifests;
    private final List<String> problems = new ArrayList<>();

    private ManifestChecks(Path repository, Manifests manifests) {
        this.repository = repository;
        this.manifests = manifests;
    }

    static List<String> workloads(Path repository, Manifests manifests) {
        ManifestChecks checks = new ManifestChecks(repository, manifests);
        manifests.all(Deployment.class).forEach(checks::deployment);
        manifests.services().forEach(checks::service);
        manifests.all(NetworkPolicy.class).forEach(checks::networkPolicy);
        return checks.problems;
    }

    /** The module a Jib image is built from: .../golive/planning-service:tag is planning-service; empty for others. */
    static Optional<String> module(Path repository, String image) {
        String withoutTag = image.contains(":") && image.lastIndexOf(':') > image.lastIndexOf('/')
                ? image.substring(0, image.lastIndexOf(':')) : image;
        int slash = withoutTag.lastIndexOf('/');
        if (slash < 0 || !withoutTag.substring(0, slash).endsWith("golive")) {
            return Optional.empty();
        }
        String module = withoutTag.substring(slash + 1);
        Path pom = repository.resolve(module).resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("jib-maven-plugin") ? Optional.of(module) : Optional.empty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void deployment(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (!Manifests.matches(deployment.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels())) {
            problems.add(name + ": its selector does not select its own pods");
        }
        pod.getTopologySpreadConstraints().forEach(spread -> {
            if (!Manifests.matches(spread.getLabelSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels())) {
                problems.add(name + ": a topology spread constraint does not count its own pods");
            }
        });
        for (Container container : pod.getContainers()) {
            Optional<String> module = module(repository, container.getImage());
            if (module.isPresent()) {
                ServiceConfiguration configuration = ServiceConfiguration.of(repository, module.get());
                application(name, pod, container, configuration);
                scrape(name, deployment.getSpec().getTemplate().getMetadata().getAnnotations(), container, configuration);
            }
        }
    }

    /** A pod annotated for Prometheus is scraped where its actuator serves prometheus. */
    private void scrape(String deployment, Map<String, String> annotations, Container container,
                        ServiceConfiguration configuration) {
        if (annotations == null || !"true".equals(annotations.get("prometheus.io/scrape"))) {
            return;
        }
        String management = manifests.environment(container, new ArrayList<>()).get("MANAGEMENT_SERVER_PORT");
        if (management == null || !management.equals(annotations.get("prometheus.io/port"))) {
            problems.add(deployment + ": scraped on port " + annotations.get("prometheus.io/port")
                    + ", where the actuator is on its management port " + management);
        }
        String exposed = configuration.property("management.endpoints.web.exposure.include");
        if (!"/actuator/prometheus".equals(annotations.get("prometheus.io/path"))
                || exposed == null || !exposed.contains("prometheus")) {
            problems.add(deployment + ": scraped at " + annotations.get("prometheus.io/path")
                    + ", which its actuator does not serve (exposed: " + exposed + ")");
        }
    }

    private void application(String deployment, PodSpec pod, Container container, ServiceConfiguration configuration) {
        String where = deployment + " (" + configuration.module() + ")";
        Map<String, String> environment = manifests.environment(container, problems);
        environment.keySet().stream()
                .filter(variable -> !configuration.reads(variable))
                .forEach(variable -> problems.add(where + ": sets " + variable + ", which the service does not read"));

        int apiPort = configuration.port(environment);
        Integer managementPort = environment.containsKey("MANAGEMENT_SERVER_PORT")
                ? Integer.valueOf(environment.get("MANAGEMENT_SERVER_PORT")) : null;
        int probePort = managementPort == null ? apiPort : managementPort;
        for (ContainerPort port : container.getPorts()) {
            boolean api = port.getContainerPort() == apiPort;
            boolean management = managementPort != null && port.getContainerPort().equals(managementPort);
            if (!api && !management) {
                problems.add(where + ": container port " + port.getContainerPort() + " is none the service listens on ("
                        + apiPort + (managementPort == null ? "" : ", management " + managementPort) + ")");
            }
        }
        if (!"true".equals(configuration.property("management.endpoint.health.probes.enabled"))) {
            problems.add(where + ": the service has no liveness and readiness groups (management.endpoint.health.probes.enabled)");
        }
        probe(where, "liveness", container.getLivenessProbe(), "/actuator/health/liveness", container, probePort);
        probe(where, "readiness", container.getReadinessProbe(), "/actuator/health/readiness", container, probePort);
        if (container.getStartupProbe() != null) {
            probe(where, "startup", container.getStartupProbe(), "/actuator/health/liveness", container, probePort);
        }

        if (container.getResources() == null || container.getResources().getRequests().get("memory") == null
                || container.getResources().getLimits().get("memory") == null
                || container.getResources().getRequests().get("cpu") == null) {
            problems.add(where + ": requests (cpu, memory) and a memory limit");
        }
        boolean nonRoot = Boolean.TRUE.equals(pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsNonRoot());
        boolean readOnly = container.getSecurityContext() != null
                && Boolean.TRUE.equals(container.getSecurityContext().getReadOnlyRootFilesystem());
        if (!nonRoot || !readOnly) {
            problems.add(where + ": runs as non-root on a read-only root file system");
        }
        boolean tmp = container.getVolumeMounts().stream().anyMatch(mount -> mount.getMountPath().equals("/tmp")
                && pod.getVolumes().stream().anyMatch(volume -> volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null));
        if (!tmp) {
            problems.add(where + ": /tmp is an emptyDir (Tomcat and the JVM write there)");
        }
    }

    private void probe(String where, String kind, Probe probe, String path, Container container, int port) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            problems.add(where + ": no " + kind + " probe over HTTP");
            return;
        }
        if (!path.equals(get.getPath())) {
            problems.add(where + ": the " + kind + " probe asks " + get.getPath() + ", not " + path);
        }
        Optional<Integer> resolved = Manifests.resolve(get.getPort(), container.getPorts());
        if (resolved.isEmpty() || resolved.get() != port) {
            problems.add(where + ": the " + kind + " probe asks port " + get.getPort().getValue()
                    + ", where the actuator is on " + port);
        }
    }

    private void service(Service service) {
        String name = service.getMetadata().getName();
        List<Deployment> selected = manifests.all(Deployment.class).stream()
                .filter(deployment -> Manifests.matches(new LabelSelector(null, service.getSpec().getSelector()),
                        deployment.getSpec().getTemplate().getMetadata().getLabels()))
                .toList();
        if (selected.size() != 1) {
            problems.add("Service " + name + " selects the pods of " + selected.size() + " Deployments, not one");
            return;
        }
        List<ContainerPort> ports = selected.get(0).getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(container -> container.getPorts().stream()).toList();
        for (ServicePort port : service.getSpec().getPorts()) {
            if (Manifests.resolve(port.getTargetPort(), ports).isEmpty()) {
                problems.add("Service " + name + ": target port " + port.getTargetPort().getValue() + " is no container port");
            }
        }
    }

    private void networkPolicy(NetworkPolicy policy) {
        String name = "NetworkPolicy " + policy.getMetadata().getName();
        LabelSelector selector = policy.getSpec().getPodSelector();
        boolean everyPod = selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty();
        if (!everyPod && !manifests.selectsAPod(selector)) {
            problems.add(name + " selects no pod");
        }
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        policy.getSpec().getIngress().forEach(rule -> peers.addAll(rule.getFrom()));
        policy.getSpec().getEgress().forEach(rule -> peers.addAll(rule.getTo()));
        peers.stream()
                .filter(peer -> peer.getPodSelector() != null && peer.getNamespaceSelector() == null)
                .filter(peer -> !manifests.selectsAPod(peer.getPodSelector()))
                .forEach(peer -> problems.add(name + ": a peer " + peer.getPodSelector().getMatchLabels() + " is no pod"));
    }

    static String host(String url) {
        return URI.create(url).getHost();
    }
}
