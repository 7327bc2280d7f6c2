package dev.portside.archfixtures.broken.application.eta;

/** Another context's application code, reached into by {@code zeta}. */
public class EtaUseCase {
}
