package dev.portside.adapters.s3.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Rewrites a real server's answer into the status and body a real service sends when the local server
 * cannot produce it itself (throttling, 5xx, a refused permission): the request still travels to the
 * server and back. With an operation named, only that operation's answers are rewritten.
 */
public record Answering(int status, String contentType, String body, String operation) implements ExecutionInterceptor {

    public static Answering s3Error(int status, String code) {
        return s3Error(status, code, "injected by the test");
    }

    public static Answering s3Error(int status, String code, String message) {
        return new Answering(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>", null);
    }

    public static Answering jsonError(int status, String type) {
        return new Answering(status, "application/x-amz-json-1.1",
                "{\"__type\":\"" + type + "\",\"message\":\"injected by the test\"}", null);
    }

    /** This answer for {@code name} (an SDK operation name such as "GetObjectLegalHold") only. */
    public Answering onlyFor(String name) {
        return new Answering(status, contentType, body, name);
    }

    private boolean applies(ExecutionAttributes attributes) {
        return operation == null || operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        return !applies(attributes) ? context.httpResponse() : context.httpResponse().toBuilder().statusCode(status)
                .putHeader("Content-Type", contentType)
                .putHeader("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length))
                .build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        return !applies(attributes) ? context.responseBody()
                : Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
