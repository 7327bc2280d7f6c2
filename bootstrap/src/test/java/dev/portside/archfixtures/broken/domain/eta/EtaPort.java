package dev.portside.archfixtures.broken.domain.eta;

/** Another context's port: the way in that the context rule allows. */
public interface EtaPort {
}
