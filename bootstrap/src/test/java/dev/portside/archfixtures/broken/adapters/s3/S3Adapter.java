package dev.portside.archfixtures.broken.adapters.s3;

/** Breaks: adapters depend on no other adapter nor on bootstrap. */
public class S3Adapter {
    dev.portside.archfixtures.broken.adapters.sql.SqlAdapter other;
    dev.portside.archfixtures.broken.bootstrap.Wiring wiring;
}
