package dev.portside.bootstrap.circles;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.Ports;
import dev.portside.bootstrap.circles.migration.MigrateCommand;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.UseCaseObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Plugs the community circles context into Portside: the {@link Community} facade, the adapter slot
 * {@code portside.circles.adapter} ({@code inmemory | dynamodb | postgres}), the DynamoDB table name, the demo and
 * the {@code migrate sqlite} command.
 */
public final class CirclesPlugin implements ContextPlugin {

    public static final String ADAPTER_KEY = "portside.circles.adapter";

    @Override
    public String context() {
        return "circles";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Module useCases() {
        return new AbstractModule() {
            @Provides
            @Singleton
            Community community(MemberRepository members, CircleRepository circles, StoryRepository stories,
                                BusinessRepository businesses, ResourceRepository resources, Clock clock,
                                IdGenerator ids, UseCaseObserver observer) {
                return new Community(new Ports(members, circles, stories, businesses, resources, clock, ids), observer);
            }
        };
    }

    @Override
    public List<AdapterSlot> slots() {
        return List.of(new AdapterSlot(ADAPTER_KEY,
                Map.of("inmemory", CirclesAdapters::inMemory, "dynamodb", CirclesAdapters::dynamoDb,
                        "postgres", CirclesAdapters::postgres),
                Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "postgres")));
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(ConfigKey.text(CirclesAdapters.TABLE_KEY, "portside-circles",
                "DynamoDB single table of the circles context (members, circles, memberships, stories, ...)"));
    }

    @Override
    public void demo(Facades portside, DemoSteps steps) {
        CirclesDemo.run(portside.facade(Community.class), steps);
    }

    @Override
    public List<Object> commands() {
        return List.of(new MigrateCommand());
    }
}
