package dev.portside.archfixtures.broken.adapters.inmemory;

/** Breaks: adapters depend on no other adapter nor on bootstrap. */
public class InmemoryAdapter {
    dev.portside.archfixtures.broken.adapters.dynamodb.DynamodbAdapter other;
    dev.portside.archfixtures.broken.bootstrap.Wiring wiring;
}
