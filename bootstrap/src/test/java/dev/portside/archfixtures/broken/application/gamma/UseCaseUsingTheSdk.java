package dev.portside.archfixtures.broken.application.gamma;

import dev.portside.archfixtures.broken.application.delta.OtherUseCase;

/** Breaks: the application depends only on the domain, java and vavr; no cycles. */
public class UseCaseUsingTheSdk {
    software.amazon.awssdk.services.dynamodb.DynamoDbClient client;
    OtherUseCase other;
}
