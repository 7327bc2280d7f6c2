package dev.portside.bootstrap.spi;

import com.google.inject.Module;
import dev.portside.bootstrap.config.PortsideConfig;

/**
 * Builds the Guice module that binds a slot's ports to one adapter. The module may bind
 * {@link dev.portside.domain.kernel.Provisioner}s and {@link dev.portside.domain.kernel.HealthCheck}s
 * into their multibinders ({@code Multibinder.newSetBinder(binder(), Provisioner.class)}); shared
 * clients (DynamoDbClient, S3Client, AthenaClient, KmsClient, Jdbi) come from bootstrap's
 * infrastructure module and are injected, never built here from the environment.
 */
@FunctionalInterface
public interface AdapterFactory {

    Module create(PortsideConfig config);
}
