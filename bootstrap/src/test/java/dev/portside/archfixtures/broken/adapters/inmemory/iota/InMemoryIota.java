package dev.portside.archfixtures.broken.adapters.inmemory.iota;

import dev.portside.archfixtures.broken.domain.iota.IotaPort;
import dev.portside.archfixtures.broken.domain.theta.ThetaId;

/** Breaks: contexts depend on each other one way (iota's adapter uses theta, while theta uses iota). */
public class InMemoryIota implements IotaPort {
    ThetaId owner;
}
