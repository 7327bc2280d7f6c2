package dev.portside.archfixtures.broken.application.zeta;

import dev.portside.archfixtures.broken.application.eta.EtaUseCase;
import dev.portside.archfixtures.broken.domain.eta.EtaPort;

/** Breaks: a context reaches another context only through its domain (the port is fine, the use case is not). */
public class ZetaUseCase {
    EtaPort port;
    EtaUseCase reachedInto;
}
