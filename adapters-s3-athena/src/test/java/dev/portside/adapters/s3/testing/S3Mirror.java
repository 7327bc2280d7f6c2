package dev.portside.adapters.s3.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Copies the JSON objects of one bucket to a local folder ({@code root/bucket/key}), replacing the
 * previous copy, so a local query engine reads exactly the files the S3 adapter wrote.
 */
public final class S3Mirror {

    private final S3Client s3;
    private final String bucket;
    private final Path root;

    public S3Mirror(S3Client s3, String bucket, Path root) {
        this.s3 = s3;
        this.bucket = bucket;
        this.root = root;
    }

    /** The local folder of an {@code s3://bucket/prefix/} location. */
    public Path local(String location) {
        String path = location.substring("s3://".length());
        return root.resolve(path);
    }

    public synchronized void sync() {
        try {
            Path copy = root.resolve(bucket);
            if (Files.exists(copy)) {
                try (Stream<Path> old = Files.walk(copy)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
                if (object.key().endsWith(".json")) {
                    Path target = copy.resolve(object.key());
                    Files.createDirectories(target.getParent());
                    Files.write(target, s3.getObjectAsBytes(b -> b.bucket(bucket).key(object.key())).asByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
