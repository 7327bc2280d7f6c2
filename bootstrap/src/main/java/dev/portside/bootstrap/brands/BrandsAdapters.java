package dev.portside.bootstrap.brands;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import com.google.inject.name.Named;
import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.brands.AthenaBrandAnalytics;
import dev.portside.adapters.s3.brands.AthenaBrandProvisioner;
import dev.portside.adapters.s3.brands.AthenaDocumentVisibility;
import dev.portside.adapters.s3.brands.AthenaQueryRunner;
import dev.portside.adapters.s3.brands.AthenaSettings;
import dev.portside.adapters.s3.brands.BrandHealthChecks;
import dev.portside.adapters.s3.brands.BrandQueries;
import dev.portside.adapters.s3.brands.BrandS3Layout;
import dev.portside.adapters.s3.brands.DocumentVisibility;
import dev.portside.adapters.s3.brands.S3BrandDocumentStore;
import dev.portside.adapters.s3.brands.S3BrandProvisioner;
import dev.portside.adapters.s3.brands.S3LegacyBrandDocuments;
import dev.portside.adapters.sql.brands.PostgresBrandAnalytics;
import dev.portside.adapters.sql.brands.PostgresBrandDocumentStore;
import dev.portside.bootstrap.PostgresSchemaModule;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.LegacyBrandDocuments;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The Guice modules of the brand registry's adapters, one per slot choice. */
final class BrandsAdapters {

    private BrandsAdapters() {
    }

    static BrandS3Layout layout(PortsideConfig config) {
        return new BrandS3Layout(config.get(BrandsKeys.BUCKET), config.get(BrandsKeys.PREFIX));
    }

    static AthenaSettings athenaSettings(PortsideConfig config) {
        return new AthenaSettings(config.get(BrandsKeys.DATABASE), config.get(BrandsKeys.WORKGROUP),
                config.optional(BrandsKeys.OUTPUT).orElse(null), config.getDuration(BrandsKeys.DEADLINE),
                Duration.ofMillis(200));
    }

    static Module inMemoryDocuments(PortsideConfig config) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(BrandDocumentStore.class).to(InMemoryBrandStore.class);
                bind(LegacyBrandDocuments.class).toInstance(LegacyBrandDocuments.NONE);
            }
        };
    }

    static Module inMemoryAnalytics(PortsideConfig config) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(BrandAnalytics.class).to(InMemoryBrandStore.class);
            }
        };
    }

    static Module postgresDocuments(PortsideConfig config) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(LegacyBrandDocuments.class).toInstance(LegacyBrandDocuments.NONE);
                install(new PostgresSchemaModule("brands", "brand_metadata"));
            }

            @Provides
            @Singleton
            BrandDocumentStore documents(@Named("postgres") Jdbi jdbi) {
                return new PostgresBrandDocumentStore(jdbi);
            }
        };
    }

    static Module postgresAnalytics(PortsideConfig config) {
        return new AbstractModule() {
            @Provides
            @Singleton
            BrandAnalytics analytics(@Named("postgres") Jdbi jdbi, CursorCodec cursors) {
                return new PostgresBrandAnalytics(jdbi, cursors);
            }
        };
    }

    static Module s3Documents(PortsideConfig config) {
        BrandS3Layout layout = layout(config);
        boolean verify = config.getBoolean(BrandsKeys.VERIFY);
        return new AbstractModule() {
            @ProvidesIntoSet
            Provisioner provisioner(S3Client s3) {
                return new S3BrandProvisioner(s3, layout);
            }

            @ProvidesIntoSet
            HealthCheck health(S3Client s3) {
                return BrandHealthChecks.s3(s3, layout);
            }

            /** The original layout lived at the root of the same bucket. */
            @Provides
            @Singleton
            LegacyBrandDocuments legacy(S3Client s3) {
                return new S3LegacyBrandDocuments(s3, layout.bucket(), "");
            }

            @Provides
            @Singleton
            BrandDocumentStore documents(S3Client s3, com.google.inject.Provider<AthenaClient> athena,
                                         java.time.Clock clock) {
                AthenaSettings settings = athenaSettings(config);
                DocumentVisibility visibility = verify ? new AthenaDocumentVisibility(
                        new AthenaQueryRunner(athena.get(), settings), new BrandQueries(settings.database()))
                        : DocumentVisibility.NONE;
                return new S3BrandDocumentStore(s3, layout, visibility, clock, S3BrandDocumentStore.POINTER_GRACE);
            }
        };
    }

    static Module athenaAnalytics(PortsideConfig config) {
        AthenaSettings settings = athenaSettings(config);
        BrandS3Layout layout = layout(config);
        return new AbstractModule() {
            @Provides
            @Singleton
            AthenaQueryRunner runner(AthenaClient athena) {
                return new AthenaQueryRunner(athena, settings);
            }

            @ProvidesIntoSet
            Provisioner provisioner(AthenaQueryRunner runner) {
                return new AthenaBrandProvisioner(runner, settings, layout);
            }

            @ProvidesIntoSet
            HealthCheck health(AthenaClient athena) {
                return BrandHealthChecks.athena(athena, settings);
            }

            @Provides
            @Singleton
            BrandAnalytics analytics(AthenaQueryRunner runner, CursorCodec cursors) {
                return new AthenaBrandAnalytics(runner, new BrandQueries(settings.database()), cursors);
            }
        };
    }
}
