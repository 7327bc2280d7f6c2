package dev.portside.archfixtures.broken.adapters.dynamodb;

/** Breaks: adapters depend on no other adapter nor on bootstrap. */
public class DynamodbAdapter {
    dev.portside.archfixtures.broken.adapters.s3.S3Adapter other;
    dev.portside.archfixtures.broken.bootstrap.Wiring wiring;
}
