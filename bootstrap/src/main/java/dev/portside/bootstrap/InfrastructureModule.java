package dev.portside.bootstrap;

import static dev.portside.bootstrap.config.CoreKeys.CURSOR_SECRET;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.observability.Telemetry;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.domain.kernel.UseCaseObserver;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The shared infrastructure every adapter may inject: configuration, clock, ids, cursor codec, telemetry. The
 * backend clients are in {@link AwsClientsModule} and {@link SqlPoolsModule}, which {@link PortsideModule} installs
 * only when a configured adapter runs on those backends, so that a profile that needs neither does not load them.
 */
final class InfrastructureModule extends AbstractModule {

    private final PortsideConfig config;
    private final Closer closer;
    private final Telemetry telemetry;

    InfrastructureModule(PortsideConfig config, Closer closer, Telemetry telemetry) {
        this.config = config;
        this.closer = closer;
        this.telemetry = telemetry;
    }

    @Override
    protected void configure() {
        bind(PortsideConfig.class).toInstance(config);
        bind(Closer.class).toInstance(closer);
        bind(Telemetry.class).toInstance(telemetry);
        bind(UseCaseObserver.class).toInstance(telemetry.useCases());
        Multibinder.newSetBinder(binder(), Provisioner.class);
        Multibinder.newSetBinder(binder(), HealthCheck.class);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    IdGenerator ids() {
        return IdGenerator.random();
    }

    @Provides
    @Singleton
    CursorCodec cursors() {
        Optional<String> secret = config.optional(CURSOR_SECRET);
        if (secret.isPresent()) {
            return CursorCodec.fromSecret(secret.get());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CursorCodec(key);
    }
}
