package dev.portside.bootstrap.brands;

import dev.portside.bootstrap.config.ConfigKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Configuration keys of the brand registry (see docs/brands.md). */
final class BrandsKeys {

    static final String DOCUMENTS = "portside.brands.documents";
    static final String ANALYTICS = "portside.brands.analytics";
    static final String THRESHOLD = "portside.brands.confidence-threshold";
    static final String BUCKET = "portside.brands.bucket";
    static final String PREFIX = "portside.brands.prefix";
    static final String DATABASE = "portside.brands.athena.database";
    static final String WORKGROUP = "portside.brands.athena.workgroup";
    static final String OUTPUT = "portside.brands.athena.output-location";
    static final String DEADLINE = "portside.brands.athena.poll-deadline";
    static final String VERIFY = "portside.brands.athena.verify-writes";
    static final String ACCEPT_SPLIT_STORES = "portside.brands.accept-split-stores";

    /** The analytics adapter that reads what each documents adapter writes. */
    private static final Map<String, String> READS = Map.of("inmemory", "inmemory", "s3", "athena", "postgres", "postgres");

    private BrandsKeys() {
    }

    static List<ConfigKey> all() {
        return List.of(
                ConfigKey.decimal(THRESHOLD, "0.5", "0", "1",
                        "Metadata whose confidence is below this opens an escalation"),
                new ConfigKey(BUCKET, "portside-brands", "S3 bucket name", "Bucket of the brand documents", false,
                        v -> v.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]") ? Optional.empty()
                                : Optional.of("must be a valid S3 bucket name")),
                new ConfigKey(PREFIX, "brands", "key prefix", "Key prefix of the brand documents in the bucket", false,
                        v -> v.matches("[A-Za-z0-9._/-]{0,200}") && !v.contains("..") ? Optional.empty()
                                : Optional.of("must be letters, digits, '.', '_', '-' or '/'")),
                new ConfigKey(DATABASE, "brand_metadata_generator_db", "identifier [a-z_][a-z0-9_]*",
                        "Athena database of the brand tables", false,
                        v -> v.matches("[a-z_][a-z0-9_]{0,127}") ? Optional.empty()
                                : Optional.of("must be a lower-case identifier")),
                ConfigKey.text(WORKGROUP, "primary", "Athena workgroup the queries run in"),
                ConfigKey.optionalText(OUTPUT, "Athena query output location (s3://…); empty uses the workgroup's"),
                ConfigKey.duration(DEADLINE, "60s", "How long an Athena query is polled before it is cancelled"),
                ConfigKey.bool(VERIFY, false,
                        "Confirm every S3 write is visible to Athena, compensating when it is not (costs a query)"),
                ConfigKey.acceptRisk(ACCEPT_SPLIT_STORES,
                        "Accept brand analytics that read another store than the one the documents are written to",
                        others -> READS.getOrDefault(others.apply(DOCUMENTS), "").equals(others.apply(ANALYTICS))
                                ? Optional.empty()
                                : Optional.of(DOCUMENTS + "=" + others.apply(DOCUMENTS) + " and " + ANALYTICS + "="
                                        + others.apply(ANALYTICS) + " are different stores, so analytics never see the documents")));
    }
}
