package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The application starts on the starter and serves requests over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portside.profile=inmemory")
class ConsumerApplicationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void a_published_guide_is_served_back() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI guide = URI.create("http://127.0.0.1:" + port + "/guides/guide-1");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(guide).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(guide).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());
        assertEquals("Guide guide-1", read.body());
    }
}
