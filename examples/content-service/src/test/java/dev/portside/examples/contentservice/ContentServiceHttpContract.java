package dev.portside.examples.contentservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.json.JsonParserFactory;

/**
 * The service's HTTP behaviour, driven over real HTTP against the started service; each profile's test
 * subclasses it. Every test works in a fresh tenant.
 */
abstract class ContentServiceHttpContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Value("${local.server.port}")
    int port;

    private final String tenant = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @Test
    void a_published_item_is_created_with_its_revision_as_etag_and_read_back_at_its_location() throws Exception {
        Answer created = send("POST", "/tenants/" + tenant + "/content", guide("guide-1", "SAA"), Map.of());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String location = created.header("Location");
        assertThat(location).endsWith("/tenants/" + tenant + "/content/SAA/guide-1");

        Answer read = send("GET", URI.create(location).getPath(), null, Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json()).containsEntry("title", "Guide guide-1").containsEntry("certification", "SAA")
                .containsEntry("active", true);
    }

    @Test
    void bad_input_is_400_problem_json_listing_every_violation() throws Exception {
        Answer answer = send("POST", "/tenants/" + tenant + "/content",
                "{\"contentId\":\"guide-1\",\"certification\":\"NOPE\",\"title\":\"\",\"contentType\":\"STUDY_GUIDE\","
                        + "\"category\":\"Compute\",\"difficulty\":\"BEGINNER\"}", Map.of());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json()).containsEntry("type", "urn:portside:problem:invalid").containsEntry("status", 400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer.json().get("violations");
        assertThat(violations).extracting(v -> v.get("field")).contains("certification", "title");
    }

    @Test
    void a_missing_item_is_404_and_a_second_publish_is_409() throws Exception {
        Answer missing = send("GET", "/tenants/" + tenant + "/content/SAA/nothing-here", null, Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).containsEntry("type", "urn:portside:problem:not-found");

        assertThat(send("POST", "/tenants/" + tenant + "/content", guide("guide-1", "SAA"), Map.of()).status()).isEqualTo(201);
        Answer again = send("POST", "/tenants/" + tenant + "/content", guide("guide-1", "SAA"), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("type", "urn:portside:problem:already-exists");
    }

    @Test
    void a_revision_with_a_current_if_match_succeeds_and_a_stale_one_is_412_with_both_revisions() throws Exception {
        send("POST", "/tenants/" + tenant + "/content", guide("guide-1", "SAA"), Map.of());
        String path = "/tenants/" + tenant + "/content/SAA/guide-1";
        Answer revised = send("PATCH", path, "{\"title\":\"Second edition\",\"bump\":\"MINOR\"}", Map.of("If-Match", "\"1\""));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.json()).containsEntry("title", "Second edition").containsEntry("version", "1.1.0");

        Answer stale = send("PATCH", path, "{\"title\":\"Lost update\"}", Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json()).containsEntry("expectedRevision", 1).containsEntry("currentRevision", 2);
        assertThat(send("GET", path, null, Map.of()).json()).containsEntry("title", "Second edition");
    }

    @Test
    void revising_a_retired_item_is_422_naming_the_rule() throws Exception {
        send("POST", "/tenants/" + tenant + "/content", guide("guide-1", "SAA"), Map.of());
        String path = "/tenants/" + tenant + "/content/SAA/guide-1";
        Answer retired = send("DELETE", path, null, Map.of("If-Match", "\"1\""));
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json()).containsEntry("active", false);

        Answer refused = send("PATCH", path, "{\"title\":\"Too late\"}", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json()).containsEntry("rule", "content.retired");
    }

    @Test
    void following_next_links_lists_every_item_once() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("POST", "/tenants/" + tenant + "/content", guide("guide-" + i, "DVA"), Map.of()).status())
                    .isEqualTo(201);
        }
        Set<Object> seen = new HashSet<>();
        List<Object> order = new ArrayList<>();
        String next = "/tenants/" + tenant + "/content?certification=DVA&limit=2";
        int pages = 0;
        while (next != null) {
            Answer page = send("GET", next, null, Map.of());
            assertThat(page.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("items");
            items.forEach(item -> order.add(item.get("contentId")));
            items.forEach(item -> seen.add(item.get("contentId")));
            String link = (String) page.json().get("next");
            if (link != null) {
                assertThat(page.header("Link")).isEqualTo("<" + link + ">; rel=\"next\"");
                URI uri = URI.create(link);
                next = uri.getRawPath() + "?" + uri.getRawQuery();
            } else {
                next = null;
            }
            pages++;
        }
        assertThat(order).hasSize(5);
        assertThat(seen).containsExactlyInAnyOrder("guide-0", "guide-1", "guide-2", "guide-3", "guide-4");
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void recorded_progress_is_listed_and_summarised() throws Exception {
        send("POST", "/tenants/" + tenant + "/content", guide("guide-1", "SAA"), Map.of());
        Answer recorded = send("POST", "/tenants/" + tenant + "/progress",
                "{\"userId\":\"learner-1\",\"contentId\":\"guide-1\",\"certification\":\"SAA\",\"state\":\"COMPLETED\","
                        + "\"score\":87.5,\"timeSpentSeconds\":600}", Map.of());
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json()).containsEntry("state", "COMPLETED").containsEntry("attempts", 1);

        Answer listed = send("GET", "/tenants/" + tenant + "/users/learner-1/progress", null, Map.of());
        assertThat(listed.status()).isEqualTo(200);
        assertThat((List<?>) listed.json().get("items")).hasSize(1);

        Answer summary = send("GET", "/tenants/" + tenant + "/users/learner-1/progress/summary?certification=SAA", null, Map.of());
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json()).containsEntry("completedItems", 1).containsEntry("totalTimeSeconds", 600);

        Answer invalid = send("POST", "/tenants/" + tenant + "/progress",
                "{\"userId\":\"learner-1\",\"contentId\":\"guide-1\",\"certification\":\"SAA\",\"state\":\"NOPE\"}", Map.of());
        assertThat(invalid.status()).isEqualTo(400);
    }

    @Test
    void a_record_is_written_once_and_read_back() throws Exception {
        String body = "{\"sourceData\":\"{\\\"a\\\":1}\",\"mappedData\":\"{\\\"b\\\":2}\",\"modelVersion\":\"m-1\","
                + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"metadata\":{\"batch\":\"7\"}}";
        String path = "/tenants/" + tenant + "/records/rec-1";
        assertThat(send("PUT", path, body, Map.of()).status()).isEqualTo(201);
        assertThat(send("PUT", path, body, Map.of()).status()).isEqualTo(200);
        Answer read = send("GET", path, null, Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).containsEntry("mappedData", "{\"b\":2}").containsEntry("modelVersion", "m-1");
        assertThat(send("GET", "/tenants/" + tenant + "/records/rec-2", null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void actuator_health_shows_each_portside_adapter_up() throws Exception {
        Answer health = send("GET", "/actuator/health", null, Map.of());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) health.json().get("components");
        @SuppressWarnings("unchecked")
        Map<String, Object> portside = (Map<String, Object>) ((Map<String, Object>) components.get("portside"))
                .get("components");
        assertThat(portside).containsKey("portside-content-adapter");
    }

    private static String guide(String id, String certification) {
        return "{\"contentId\":\"" + id + "\",\"certification\":\"" + certification + "\",\"title\":\"Guide " + id + "\","
                + "\"contentType\":\"STUDY_GUIDE\",\"category\":\"Compute\",\"subcategory\":\"EC2\","
                + "\"difficulty\":\"BEGINNER\",\"tags\":[\"aws\"],\"chunkCount\":1,\"questionCount\":2}";
    }

    Answer send(String method, String path, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        Map<String, Object> json() {
            return JsonParserFactory.getJsonParser().parseMap(body);
        }
    }
}
