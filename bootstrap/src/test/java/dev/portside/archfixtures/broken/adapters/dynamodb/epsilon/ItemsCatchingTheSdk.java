package dev.portside.archfixtures.broken.adapters.dynamodb.epsilon;

import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Breaks: only the adapters' support packages catch a backend client's exceptions (an AWS SDK one). */
public class ItemsCatchingTheSdk {

    String read(Supplier<String> call) {
        try {
            return call.get();
        } catch (DynamoDbException e) {
            return "failed";
        }
    }
}
