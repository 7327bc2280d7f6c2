package dev.portside.adapters.s3.brands;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A real S3 client that fails puts or deletes of keys containing a given text, to inject faults. */
final class FaultyS3 {

    private String failPutsOf;
    private int putsBeforeFailing;
    volatile String failDeletesOf;
    final S3Client client;

    FaultyS3(S3Client real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("putObject") && args.length == 2 && args[0] instanceof Consumer<?> c) {
                PutObjectRequest.Builder b = PutObjectRequest.builder();
                @SuppressWarnings("unchecked") Consumer<PutObjectRequest.Builder> build = (Consumer<PutObjectRequest.Builder>) c;
                build.accept(b);
                PutObjectRequest request = b.build();
                if (failPutsOf != null && request.key().contains(failPutsOf) && putsBeforeFailing-- <= 0) {
                    fail(failPutsOf, request.key(), "put");
                }
                return real.putObject(request, (RequestBody) args[1]);
            }
            if (method.getName().equals("deleteObject") && args.length == 1 && args[0] instanceof Consumer<?> c) {
                DeleteObjectRequest.Builder b = DeleteObjectRequest.builder();
                @SuppressWarnings("unchecked") Consumer<DeleteObjectRequest.Builder> build = (Consumer<DeleteObjectRequest.Builder>) c;
                build.accept(b);
                DeleteObjectRequest request = b.build();
                fail(failDeletesOf, request.key(), "delete");
                return real.deleteObject(request);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        client = (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                handler);
    }

    /** Puts of keys containing {@code pattern} succeed {@code succeeding} more times, then fail. */
    synchronized void failPuts(String pattern, int succeeding) {
        failPutsOf = pattern;
        putsBeforeFailing = succeeding;
    }

    private static void fail(String pattern, String key, String what) {
        if (pattern != null && key.contains(pattern)) {
            throw (S3Exception) S3Exception.builder().statusCode(503).message("injected " + what + " fault")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("SlowDown")
                            .errorMessage("injected " + what + " fault").build())
                    .build();
        }
    }
}
