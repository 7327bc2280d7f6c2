package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * Runs one Athena query to completion: StartQueryExecution with ExecutionParameters, then
 * GetQueryExecution polled with exponential backoff until SUCCEEDED, FAILED or CANCELLED or the
 * deadline passes; results are read with GetQueryResults and NextToken. FAILED and CANCELLED carry
 * Athena's reason into the {@link Problem}; SDK exceptions go through the {@link Guard}.
 */
public final class AthenaQueryRunner {

    private static final int MAX_RESULTS = 1000;

    /** One page of rows (header row removed) and Athena's token for the next, if any. */
    public record Rows(List<List<String>> rows, Option<String> nextToken) {
    }

    private final AthenaClient athena;
    private final AthenaSettings settings;

    public AthenaQueryRunner(AthenaClient athena, AthenaSettings settings) {
        this.athena = athena;
        this.settings = settings;
    }

    /** Starts the query and waits for it; Right(query execution id) once it SUCCEEDED. */
    public Either<Problem, String> run(AthenaQuery query) {
        return Guard.ATHENA.call("StartQueryExecution", () -> athena.startQueryExecution(b -> {
            b.queryString(query.sql()).workGroup(settings.workgroup())
                    .queryExecutionContext(c -> c.database(settings.database()));
            if (!query.parameters().isEmpty()) {
                b.executionParameters(query.parameters());
            }
            if (settings.outputLocation() != null && !settings.outputLocation().isBlank()) {
                b.resultConfiguration(r -> r.outputLocation(settings.outputLocation()));
            }
        }).queryExecutionId()).flatMap(this::await);
    }

    private Either<Problem, String> await(String id) {
        long deadline = System.nanoTime() + settings.pollDeadline().toNanos();
        Duration pause = settings.firstPoll();
        while (true) {
            Either<Problem, QueryExecutionStatus> status = Guard.ATHENA.call("GetQueryExecution",
                    () -> athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status());
            if (status.isLeft()) {
                return Either.left(status.getLeft());
            }
            QueryExecutionState state = status.get().state();
            if (state == QueryExecutionState.SUCCEEDED) {
                return Either.right(id);
            }
            if (state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
                String reason = status.get().stateChangeReason();
                return Either.left(new Problem.Unavailable(Guard.ATHENA.backend(), false, "query " + id + " "
                        + state
                        + (reason == null ? "" : ": " + reason)));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                Guard.ATHENA.call("StopQueryExecution", () -> athena.stopQueryExecution(b -> b.queryExecutionId(id)));
                return Either.left(new Problem.Unavailable(Guard.ATHENA.backend(), true, "query " + id
                        + " was still " + state
                        + " after the poll deadline of " + settings.pollDeadline() + "; it was cancelled"));
            }
            sleep(Math.min(pause.toNanos(), left));
            pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2)
                    : pause.multipliedBy(2);
        }
    }

    /** Reads up to {@code max} rows after {@code token}; the first page's header row is dropped. */
    public Either<Problem, Rows> rows(String id, Option<String> token, int max) {
        boolean first = token.isEmpty();
        int asked = Math.min(MAX_RESULTS, first ? max + 1 : max);
        return Guard.ATHENA.call("GetQueryResults", () -> athena.getQueryResults(b -> b.queryExecutionId(id)
                .maxResults(asked).nextToken(token.getOrNull()))).map(response -> toRows(response, first));
    }

    /**
     * Every row of a finished query, the first included: a DDL statement's result ({@code SHOW TABLES},
     * {@code SHOW TBLPROPERTIES}) has no header row. Bounded: past 100 pages the call is a non-retriable Unavailable.
     */
    public Either<Problem, List<List<String>>> allRows(String id) {
        List<List<String>> all = new ArrayList<>();
        Option<String> token = Option.none();
        for (int page = 0; page < 100; page++) {
            Option<String> after = token;
            Either<Problem, GetQueryResultsResponse> response = Guard.ATHENA.call("GetQueryResults",
                    () -> athena.getQueryResults(b -> b.queryExecutionId(id).maxResults(MAX_RESULTS)
                            .nextToken(after.getOrNull())));
            if (response.isLeft()) {
                return Either.left(response.getLeft());
            }
            Rows rows = toRows(response.get(), false);
            all.addAll(rows.rows());
            if (rows.nextToken().isEmpty()) {
                return Either.right(all);
            }
            token = rows.nextToken();
        }
        return Either.left(new Problem.Unavailable(Guard.ATHENA.backend(), false,
                "query " + id + " answered more than 100 pages of rows"));
    }

    private static Rows toRows(GetQueryResultsResponse response, boolean first) {
        List<List<String>> rows = new ArrayList<>();
        List<Row> all = response.resultSet().rows();
        for (int i = first ? 1 : 0; i < all.size(); i++) {
            rows.add(all.get(i).data().stream().map(Datum::varCharValue).toList());
        }
        return new Rows(rows, Option.of(response.nextToken()));
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
