package dev.portside.archfixtures.broken.adapters.sql;

/** Breaks: adapters depend on no other adapter nor on bootstrap. */
public class SqlAdapter {
    dev.portside.archfixtures.broken.adapters.inmemory.InmemoryAdapter other;
    dev.portside.archfixtures.broken.bootstrap.Wiring wiring;
}
