package dev.portside.adapters.s3.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Rewrites a real server's answer into the status and body a real service sends when the local server
 * cannot produce it itself (throttling, 5xx): the request still travels to the server and back.
 */
record Answering(int status, String contentType, String body) implements ExecutionInterceptor {

    static Answering s3Error(int status, String code) {
        return new Answering(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>injected by the test</Message></Error>");
    }

    static Answering jsonError(int status, String type) {
        return new Answering(status, "application/x-amz-json-1.1",
                "{\"__type\":\"" + type + "\",\"message\":\"injected by the test\"}");
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        return context.httpResponse().toBuilder().statusCode(status)
                .putHeader("Content-Type", contentType)
                .putHeader("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length))
                .build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
