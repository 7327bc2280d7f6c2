package dev.portside.archfixtures.broken.bootstrap;

/** The fixture's bootstrap, depended on by the broken adapters. */
public class Wiring {
}
