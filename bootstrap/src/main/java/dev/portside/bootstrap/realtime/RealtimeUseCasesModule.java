package dev.portside.bootstrap.realtime;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionStore;
import java.time.Clock;

/** Builds the {@link RealtimeHub} from whichever adapter the slot bound. */
final class RealtimeUseCasesModule extends AbstractModule {

    @Provides
    @Singleton
    RealtimeHub hub(ConnectionStore connections, RequestQueue queue, SubscriptionStore subscriptions, Clock clock,
                    IdGenerator ids, PortsideConfig config, UseCaseObserver observer) {
        return new RealtimeHub(connections, queue, subscriptions, clock, ids, RealtimeKeys.policy(config), observer);
    }
}
