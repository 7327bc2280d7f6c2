package dev.portside.bootstrap.circles;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.circles.DynamoResourceRepository;
import dev.portside.adapters.dynamodb.circles.DynamoStoryRepository;
import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.adapters.inmemory.circles.InMemoryBusinessRepository;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryResourceRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.adapters.sql.circles.CirclesDb;
import dev.portside.adapters.sql.circles.PostgresBusinessRepository;
import dev.portside.adapters.sql.circles.PostgresCircleRepository;
import dev.portside.adapters.sql.circles.PostgresMemberRepository;
import dev.portside.adapters.sql.circles.PostgresResourceRepository;
import dev.portside.adapters.sql.circles.PostgresStoryRepository;
import dev.portside.bootstrap.PostgresSchemaModule;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Guice modules binding the five community ports to one adapter family each. */
final class CirclesAdapters {

    static final String TABLE_KEY = "portside.circles.dynamodb.table";

    private CirclesAdapters() {
    }

    static Module inMemory(PortsideConfig config) {
        return new AbstractModule() {
            @Provides
            @Singleton
            InMemoryCircleRepository inMemoryCircles(CursorCodec codec) {
                return new InMemoryCircleRepository(codec);
            }

            @Provides
            @Singleton
            MemberRepository members(CursorCodec codec, InMemoryCircleRepository circles) {
                return new InMemoryMemberRepository(codec, circles);
            }

            @Provides
            @Singleton
            CircleRepository circles(InMemoryCircleRepository circles) {
                return circles;
            }

            @Provides
            @Singleton
            StoryRepository stories(CursorCodec codec) {
                return new InMemoryStoryRepository(codec);
            }

            @Provides
            @Singleton
            BusinessRepository businesses(CursorCodec codec) {
                return new InMemoryBusinessRepository(codec);
            }

            @Provides
            @Singleton
            ResourceRepository resources(CursorCodec codec) {
                return new InMemoryResourceRepository(codec);
            }
        };
    }

    static Module dynamoDb(PortsideConfig config) {
        String tableName = config.get(TABLE_KEY);
        return new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), Provisioner.class).addBinding().to(DynamoCirclesProvisioner.class);
                Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding()
                        .to(Key.get(HealthCheck.class, Names.named("circles-dynamodb")));
            }

            @Provides
            @Singleton
            CirclesTable table(DynamoDbClient client, CursorCodec codec) {
                return new CirclesTable(client, tableName, codec);
            }

            @Provides
            DynamoCirclesProvisioner provisioner(CirclesTable table) {
                return new DynamoCirclesProvisioner(table);
            }

            @Provides
            @Named("circles-dynamodb")
            HealthCheck health(DynamoDbClient client) {
                return new TableHealthCheck("circles: dynamodb", client, List.of(tableName));
            }

            @Provides
            @Singleton
            MemberRepository members(CirclesTable table) {
                return new DynamoMemberRepository(table);
            }

            @Provides
            @Singleton
            CircleRepository circles(CirclesTable table) {
                return new DynamoCircleRepository(table);
            }

            @Provides
            @Singleton
            StoryRepository stories(CirclesTable table) {
                return new DynamoStoryRepository(table);
            }

            @Provides
            @Singleton
            BusinessRepository businesses(CirclesTable table) {
                return new DynamoBusinessRepository(table);
            }

            @Provides
            @Singleton
            ResourceRepository resources(CirclesTable table) {
                return new DynamoResourceRepository(table);
            }
        };
    }

    static Module postgres(PortsideConfig config) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                install(new PostgresSchemaModule("circles", "circles_circles"));
            }

            @Provides
            @Singleton
            CirclesDb db(@Named("postgres") Jdbi jdbi, CursorCodec codec) {
                return new CirclesDb(jdbi, codec);
            }

            @Provides
            @Singleton
            MemberRepository members(CirclesDb db) {
                return new PostgresMemberRepository(db);
            }

            @Provides
            @Singleton
            CircleRepository circles(CirclesDb db) {
                return new PostgresCircleRepository(db);
            }

            @Provides
            @Singleton
            StoryRepository stories(CirclesDb db) {
                return new PostgresStoryRepository(db);
            }

            @Provides
            @Singleton
            BusinessRepository businesses(CirclesDb db) {
                return new PostgresBusinessRepository(db);
            }

            @Provides
            @Singleton
            ResourceRepository resources(CirclesDb db) {
                return new PostgresResourceRepository(db);
            }
        };
    }
}
