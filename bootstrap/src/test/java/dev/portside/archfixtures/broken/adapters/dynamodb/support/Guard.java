package dev.portside.archfixtures.broken.adapters.dynamodb.support;

import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Allowed: an adapter module's support package is the one place that catches its backend's exceptions. */
public class Guard {

    String call(Supplier<String> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            return "unavailable";
        }
    }
}
