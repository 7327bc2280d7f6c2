package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.testkit.backends.SharedBackend;
import dev.portside.testkit.backends.SkipWithoutBackend;

/** Skips jqwik properties when the DynamoDB test server is not available (fails them when backends are required). */
public final class SkipWithoutDynamoDb extends SkipWithoutBackend {

    @Override
    protected SharedBackend backend() {
        return DynamoDbBackend.shared();
    }
}
