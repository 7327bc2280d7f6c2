package dev.portside.adapters.s3.records;

import java.util.Optional;

/**
 * Where and how the S3 archive stores records: the bucket, the KMS key for SSE-KMS (none: bucket
 * default encryption), and the lifecycle rule moving objects to a colder storage class after N days.
 */
public record S3ArchiveSettings(String bucket, Optional<String> sseKmsKeyId, int coldAfterDays, String coldStorageClass) {

    public S3ArchiveSettings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("a bucket is required");
        }
        sseKmsKeyId = sseKmsKeyId == null ? Optional.empty() : sseKmsKeyId.filter(k -> !k.isBlank());
    }
}
