package dev.portside.adapters.s3.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * A test-only endpoint speaking Athena's JSON protocol, for the real {@link AthenaClient}:
 * StartQueryExecution (with ExecutionParameters), GetQueryExecution (QUEUED → RUNNING → SUCCEEDED or
 * FAILED with a reason), StopQueryExecution, GetQueryResults (header row, MaxResults, NextToken). Queries
 * run on DuckDB ({@link DuckDbAthena}) over local mirrors of the tables' S3 locations. Tests can make
 * the next matching query fail or hang to exercise the client's error and deadline handling.
 */
public final class AthenaTestEndpoint implements AutoCloseable {

    /** What a client asked to run. */
    public record Started(String sql, List<String> parameters, String database, String workgroup) {
    }

    private static final class Execution {
        final String id;
        final Started request;
        int polls;
        String state = "QUEUED";
        String reason;
        List<List<String>> rows = List.of();

        Execution(String id, Started request) {
            this.id = id;
            this.request = request;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final DuckDbAthena engine;
    private final Runnable beforeQuery;
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    private final List<Started> started = new CopyOnWriteArrayList<>();
    private volatile String failMatching;
    private volatile String failReason;
    private volatile boolean cancelInstead;
    private volatile boolean hang;

    private AthenaTestEndpoint(Function<String, Path> mirror, Runnable beforeQuery) throws IOException, SQLException {
        this.engine = new DuckDbAthena(mirror);
        this.beforeQuery = beforeQuery;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts an endpoint; {@code mirror} maps an S3 location ({@code s3://bucket/prefix/}) to a local
     * folder holding the same objects, refreshed by {@code beforeQuery} before every query.
     */
    public static AthenaTestEndpoint start(Function<String, Path> mirror, Runnable beforeQuery) {
        try {
            return new AthenaTestEndpoint(mirror, beforeQuery);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the Athena test endpoint could not start", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public AthenaClient client() {
        return AthenaClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    /** The next query whose SQL contains {@code sqlPart} ends FAILED (or CANCELLED) with {@code reason}. */
    public void failNext(String sqlPart, String reason, boolean cancelled) {
        failReason = reason;
        cancelInstead = cancelled;
        failMatching = sqlPart;
    }

    /** Queries stay RUNNING until stopped while this is on. */
    public void hang(boolean on) {
        hang = on;
    }

    public List<Started> started() {
        return List.copyOf(started);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String action = target == null ? "" : target.substring(target.indexOf('.') + 1);
            ObjectNode answer = switch (action) {
                case "StartQueryExecution" -> startQuery(body);
                case "GetQueryExecution" -> getQuery(body);
                case "GetQueryResults" -> results(body);
                case "StopQueryExecution" -> stop(body);
                default -> null;
            };
            if (answer == null) {
                reply(exchange, 400, error("UnknownOperationException", "unsupported action " + action));
            } else {
                reply(exchange, 200, answer);
            }
        } catch (InvalidRequest e) {
            reply(exchange, 400, error("InvalidRequestException", e.getMessage()));
        } catch (RuntimeException e) {
            reply(exchange, 500, error("InternalServerException", String.valueOf(e.getMessage())));
        }
    }

    private ObjectNode startQuery(JsonNode body) {
        List<String> parameters = new ArrayList<>();
        body.path("ExecutionParameters").forEach(p -> parameters.add(p.asText()));
        Started request = new Started(body.path("QueryString").asText(), parameters,
                body.path("QueryExecutionContext").path("Database").asText(null), body.path("WorkGroup").asText(null));
        if (request.sql().isBlank()) {
            throw new InvalidRequest("QueryString is required");
        }
        started.add(request);
        Execution execution = new Execution(UUID.randomUUID().toString(), request);
        executions.put(execution.id, execution);
        return JSON.createObjectNode().put("QueryExecutionId", execution.id);
    }

    private ObjectNode getQuery(JsonNode body) {
        Execution execution = find(body);
        synchronized (execution) {
            execution.polls++;
            if (execution.state.equals("QUEUED") && execution.polls >= 2) {
                execution.state = "RUNNING";
            } else if (execution.state.equals("RUNNING") && !hang) {
                finish(execution);
            }
        }
        ObjectNode status = JSON.createObjectNode().put("State", execution.state);
        if (execution.reason != null) {
            status.put("StateChangeReason", execution.reason);
        }
        ObjectNode query = JSON.createObjectNode().put("QueryExecutionId", execution.id)
                .put("Query", execution.request.sql());
        query.set("Status", status);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("QueryExecution", query);
        return answer;
    }

    private void finish(Execution execution) {
        String matching = failMatching;
        if (matching != null && execution.request.sql().contains(matching)) {
            failMatching = null;
            execution.state = cancelInstead ? "CANCELLED" : "FAILED";
            execution.reason = failReason;
            return;
        }
        beforeQuery.run();
        DuckDbAthena.Outcome outcome = engine.execute(execution.request.sql(), execution.request.parameters());
        execution.state = outcome.failure() == null ? "SUCCEEDED" : "FAILED";
        execution.reason = outcome.failure();
        execution.rows = outcome.rows();
    }

    private ObjectNode stop(JsonNode body) {
        Execution execution = find(body);
        synchronized (execution) {
            if (execution.state.equals("QUEUED") || execution.state.equals("RUNNING")) {
                execution.state = "CANCELLED";
                execution.reason = "Query was cancelled by user";
            }
        }
        return JSON.createObjectNode();
    }

    private ObjectNode results(JsonNode body) {
        Execution execution = find(body);
        if (!execution.state.equals("SUCCEEDED")) {
            throw new InvalidRequest("Query has not yet finished. Current state: " + execution.state);
        }
        int from = body.hasNonNull("NextToken") ? Integer.parseInt(body.get("NextToken").asText().substring(4)) : 0;
        int max = body.path("MaxResults").asInt(1000);
        int to = Math.min(execution.rows.size(), from + max);
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode resultSet = answer.putObject("ResultSet");
        ArrayNode rows = resultSet.putArray("Rows");
        for (List<String> row : execution.rows.subList(from, to)) {
            ArrayNode data = rows.addObject().putArray("Data");
            row.forEach(value -> {
                ObjectNode datum = data.addObject();
                if (value != null) {
                    datum.put("VarCharValue", value);
                }
            });
        }
        ArrayNode columns = resultSet.putObject("ResultSetMetadata").putArray("ColumnInfo");
        if (!execution.rows.isEmpty()) {
            execution.rows.get(0).forEach(name -> columns.addObject().put("Name", name).put("Type", "varchar"));
        }
        if (to < execution.rows.size()) {
            answer.put("NextToken", "row-" + to);
        }
        return answer;
    }

    private Execution find(JsonNode body) {
        Execution execution = executions.get(body.path("QueryExecutionId").asText());
        if (execution == null) {
            throw new InvalidRequest("QueryExecution " + body.path("QueryExecutionId").asText() + " was not found");
        }
        return execution;
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("Message", message);
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        engine.close();
    }

    private static final class InvalidRequest extends RuntimeException {
        InvalidRequest(String message) {
            super(message);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
