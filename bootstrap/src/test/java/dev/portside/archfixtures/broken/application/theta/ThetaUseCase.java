package dev.portside.archfixtures.broken.application.theta;

import dev.portside.archfixtures.broken.domain.iota.IotaPort;

/** Breaks: contexts depend on each other one way (theta uses iota's port, while iota's adapter uses theta). */
public class ThetaUseCase {
    IotaPort iota;
}
