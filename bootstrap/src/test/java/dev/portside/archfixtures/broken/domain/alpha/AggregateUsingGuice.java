package dev.portside.archfixtures.broken.domain.alpha;

import dev.portside.archfixtures.broken.domain.beta.CyclicPartner;

/** Breaks: the domain depends only on java and vavr; only bootstrap touches Guice; no cycles. */
public class AggregateUsingGuice {
    com.google.inject.Injector injector;
    CyclicPartner partner;
}
