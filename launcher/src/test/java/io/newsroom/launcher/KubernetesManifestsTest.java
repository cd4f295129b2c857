package io.newsroom.launcher;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.newsroom.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema check of {@code deploy/k8s}: every document is read into the fabric8 Kubernetes model (generated
 * from the Kubernetes OpenAPI schema) for its apiVersion and kind. A field the schema does not have (the model
 * keeps those aside as "additional properties"), a value of the wrong type, or an unknown kind fails; then
 * what the issue asks of the manifests is checked: probes, resource limits, the autoscaler's target, and
 * references between the objects. Offline: no cluster and no schema download.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of(System.getProperty("pipeline.home", ".."), "deploy", "k8s").normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "batch/v1/Job", Job.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final List<HasMetadata> objects = new ArrayList<>();

    @BeforeAll
    static void readManifests() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : manifestFiles()) {
            for (JsonNode document : YAML.readerFor(JsonNode.class).readValues(Files.readString(file)).readAll()
                    .stream().map(JsonNode.class::cast).toList()) {
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
                Class<? extends HasMetadata> model = KINDS.get(type);
                if (model == null) {
                    problems.add(file.getFileName() + ": unknown apiVersion/kind " + type);
                    continue;
                }
                try {
                    HasMetadata object = YAML.treeToValue((ObjectNode) document, model);
                    List<String> unknown = new ArrayList<>();
                    unknownFields(object, type + " " + object.getMetadata().getName(), unknown);
                    unknown.forEach(u -> problems.add(file.getFileName() + ": " + u));
                    objects.add(object);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.add(file.getFileName() + ": " + type + " does not match the schema: " + e.getOriginalMessage());
                }
            }
        }
        assertThat(problems).as("schema problems in deploy/k8s").isEmpty();
    }

    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    /** Walks the model: any "additional property" is a field the Kubernetes schema does not define there. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + new TreeSet<>(extra.keySet().stream().map(String::valueOf).toList()));
                }
            } else {
                String name = getter.getName().substring(3);
                unknownFields(field, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), problems);
            }
        }
    }

    private static <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static List<PodTemplateSpec> podTemplates() {
        List<PodTemplateSpec> templates = new ArrayList<>();
        all(Deployment.class).forEach(d -> templates.add(d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.add(s.getSpec().getTemplate()));
        return templates;
    }

    @Test
    void theWholeSystemIsThere() {
        assertThat(all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("ingest-service", "enrich-service", "publish-service");
        assertThat(all(StatefulSet.class)).extracting(s -> s.getMetadata().getName()).containsExactlyInAnyOrder("kafka", "postgres");
        assertThat(all(Job.class)).extracting(j -> j.getMetadata().getName()).containsExactly("kafka-topics");
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getName()).isNotBlank());
        assertThat(objects.stream().filter(o -> !(o instanceof Namespace)))
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("newsroom"));
    }

    @Test
    void everyLongRunningContainerHasProbesAndResourceLimits() {
        for (PodTemplateSpec template : podTemplates()) {
            for (Container container : template.getSpec().getContainers()) {
                assertThat(container.getReadinessProbe()).as(container.getName() + " readinessProbe").isNotNull();
                assertThat(container.getLivenessProbe()).as(container.getName() + " livenessProbe").isNotNull();
                assertThat(container.getResources().getRequests()).as(container.getName() + " requests").containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(container.getName() + " limits").containsKeys("cpu", "memory");
            }
        }
    }

    @Test
    void servicesAreProbedOnQuarkusHealthEndpointsAndDoNotRunAsRoot() {
        for (Deployment deployment : all(Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(deployment.getMetadata().getName()).isTrue();
            Container container = pod.getContainers().get(0);
            assertThat(path(container.getReadinessProbe())).isEqualTo("/q/health/ready");
            assertThat(path(container.getLivenessProbe())).isEqualTo("/q/health/live");
        }
    }

    private static String path(Probe probe) {
        return probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }

    @Test
    void enrichServiceScalesWithAnHpaUpToThePartitionCount() {
        HorizontalPodAutoscaler hpa = all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals("enrich-service")).findFirst().orElseThrow();
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(1);
        assertThat(hpa.getSpec().getMaxReplicas()).isBetween(2, Topics.PARTITIONS);
        assertThat(hpa.getSpec().getMetrics()).isNotEmpty();
        Deployment enrich = all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals("enrich-service"))
                .findFirst().orElseThrow();
        assertThat(enrich.getSpec().getReplicas()).as("replicas are the HPA's to set").isNull();
    }

    @Test
    void referencesResolve() {
        Map<String, Set<String>> configKeys = new java.util.HashMap<>();
        all(ConfigMap.class).forEach(c -> configKeys.put(c.getMetadata().getName(), c.getData().keySet()));
        Map<String, Set<String>> secretKeys = new java.util.HashMap<>();
        all(Secret.class).forEach(s -> secretKeys.put(s.getMetadata().getName(), s.getStringData().keySet()));
        for (PodTemplateSpec template : podTemplates()) {
            for (Container container : template.getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var config = env.getValueFrom().getConfigMapKeyRef();
                    var secret = env.getValueFrom().getSecretKeyRef();
                    if (config != null) {
                        assertThat(configKeys.getOrDefault(config.getName(), Set.of())).as(env.getName()).contains(config.getKey());
                    }
                    if (secret != null) {
                        assertThat(secretKeys.getOrDefault(secret.getName(), Set.of())).as(env.getName()).contains(secret.getKey());
                    }
                }
            }
        }
        for (Service service : all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            assertThat(podTemplates()).as("pods selected by service " + service.getMetadata().getName())
                    .anySatisfy(t -> assertThat(t.getMetadata().getLabels()).containsAllEntriesOf(selector));
        }
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
        List<String> listed = new ArrayList<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(manifestFiles().stream().map(f -> f.getFileName().toString()).toList());
    }
}
