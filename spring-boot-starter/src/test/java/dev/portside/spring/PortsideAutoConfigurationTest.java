package dev.portside.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.circles.Community;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.ConfigException;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.content.ContentFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PortsideAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PortsideAutoConfiguration.class));

    @Test
    void the_six_facades_are_beans_of_one_started_portside() {
        runner.withPropertyValues("portside.profile=inmemory").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Portside.class);
            Portside portside = context.getBean(Portside.class);
            assertThat(context.getBean(ContentCatalog.class)).isSameAs(portside.content());
            assertThat(context.getBean(ProgressTracker.class)).isSameAs(portside.progress());
            assertThat(context.getBean(Community.class)).isSameAs(portside.community());
            assertThat(context.getBean(RecordVault.class)).isSameAs(portside.records());
            assertThat(context.getBean(BrandRegistry.class)).isSameAs(portside.brands());
            assertThat(context.getBean(RealtimeHub.class)).isSameAs(portside.realtime());
        });
    }

    @Test
    void a_host_meter_registry_records_portsides_use_cases() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        runner.withPropertyValues("portside.profile=inmemory")
                .withBean(io.micrometer.core.instrument.MeterRegistry.class, () -> meters).run(context -> {
                    ContentCatalog catalog = context.getBean(ContentCatalog.class);
                    assertThat(catalog.get(new dev.portside.application.content.ContentCommands.GetContent("acme",
                            "nothing", "SAA")).isLeft()).isTrue();
                    assertThat(meters.find("portside.use.case").tag("context", "content").tag("outcome", "NotFound")
                            .timer()).isNotNull();
                    assertThat(meters.find("portside.use.case").tag("outcome", "NotFound").timer().count())
                            .isEqualTo(1);
                });
    }

    @Test
    void configuration_comes_from_the_spring_environment_and_names_its_origin() {
        runner.withPropertyValues("portside.profile=inmemory", "portside.health.timeout=750ms").run(context -> {
            PortsideConfig config = context.getBean(PortsideConfig.class);
            assertThat(config.getDuration("portside.health.timeout")).hasMillis(750);
            assertThat(config.profile()).isEqualTo("inmemory");
        });
    }

    @Test
    void a_bad_value_and_a_misspelt_key_both_stop_the_context_with_one_error_naming_them() {
        runner.withPropertyValues("portside.profile=nosuch", "portside.contnet.adapter=inmemory").run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = rootCause(context.getStartupFailure());
            assertThat(cause).isInstanceOf(ConfigException.class);
            assertThat(cause.getMessage()).contains("portside.profile").contains("portside.contnet.adapter")
                    .contains("unknown configuration key");
        });
    }

    @Test
    void a_host_bean_of_a_port_type_replaces_that_ports_adapter() {
        List<String> calls = new CopyOnWriteArrayList<>();
        ContentRepository inner = new InMemoryContentRepository(CursorCodec.fromSecret("host-adapter-test"));
        ContentRepository recording = (ContentRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContentRepository.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        runner.withPropertyValues("portside.profile=inmemory")
                .withBean("hostContentRepository", ContentRepository.class, () -> recording)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Portside portside = context.getBean(Portside.class);
                    assertThat(portside.port(ContentRepository.class)).isSameAs(recording);
                    String tenant = ContentFixtures.freshTenant().value();
                    ContentItem published = portside.content().publish(new PublishContent(tenant, "guide-1", "SAA",
                            ContentFixtures.draft("A guide", "STUDY_GUIDE", "Compute"), null)).get();
                    assertThat(calls).contains("create");
                    assertThat(inner.find(published.tenant(), published.key()).get().isDefined()).isTrue();
                    assertThat(context.getBean(ContentCatalog.class).get(new GetContent(tenant, "guide-1", "SAA")).get())
                            .isEqualTo(published);
                });
    }

    @Test
    void a_host_guice_module_bean_overrides_portsides_bindings() {
        java.time.Instant fixed = java.time.Instant.parse("2026-03-01T12:00:00Z");
        com.google.inject.Module clock = binder -> binder.bind(java.time.Clock.class)
                .toInstance(java.time.Clock.fixed(fixed, java.time.ZoneOffset.UTC));
        runner.withPropertyValues("portside.profile=inmemory")
                .withBean("fixedClock", com.google.inject.Module.class, () -> clock)
                .run(context -> {
                    String tenant = ContentFixtures.freshTenant().value();
                    ContentItem published = context.getBean(ContentCatalog.class).publish(new PublishContent(tenant,
                            "guide-1", "SAA", ContentFixtures.draft("A guide", "STUDY_GUIDE", "Compute"), null)).get();
                    assertThat(published.createdAt()).isEqualTo(fixed);
                });
    }

    @Test
    void each_adapter_slot_is_a_health_indicator_under_portside() {
        runner.withPropertyValues("portside.profile=inmemory").run(context -> {
            PortsideHealth health = context.getBean(PortsideHealth.class);
            HealthIndicator content = (HealthIndicator) health.getContributor("portside-content-adapter");
            Health answer = content.health();
            assertThat(answer.getStatus()).isEqualTo(Status.UP);
            assertThat(answer.getDetails()).containsEntry("detail", "inmemory");
            assertThat(health.stream()).extracting(e -> e.name()).contains("portside-content-adapter", "portside-progress-adapter");
        });
    }

    @Test
    void closing_the_context_closes_portside_and_every_resource_it_opened() {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        runner.withPropertyValues("portside.profile=inmemory").run(context -> {
            context.getBean(Portside.class).facade(dev.portside.bootstrap.Closer.class).register(() -> closed.set(true));
            assertThat(closed).isFalse();
        });
        assertThat(closed).isTrue();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
