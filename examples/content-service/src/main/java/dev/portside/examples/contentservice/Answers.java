package dev.portside.examples.contentservice;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the service answers: a result as JSON, a revision as an {@code ETag}, a page with a {@code next} link,
 * and every {@link Problem} as RFC 9457 {@code application/problem+json} with the status that fits its kind.
 */
final class Answers {

    /** Retry-After, in seconds, on a retriable Unavailable. */
    static final int RETRY_AFTER_SECONDS = 1;

    private Answers() {
    }

    /** 200 with the body, or the problem. */
    static <T> ResponseEntity<?> ok(Either<Problem, T> result, Function<T, ?> body) {
        return result.fold(Answers::problem, value -> ResponseEntity.ok(body.apply(value)));
    }

    /** 200 with the body and the revision as ETag, or the problem (a failed If-Match as 412). */
    static <T> ResponseEntity<?> revisioned(Either<Problem, T> result, Function<T, Revision> revision, Function<T, ?> body,
                                            boolean preconditioned) {
        return result.fold(problem -> preconditioned ? precondition(problem) : problem(problem),
                value -> ResponseEntity.ok().eTag(etag(revision.apply(value))).body(body.apply(value)));
    }

    static <T> ResponseEntity<?> created(Either<Problem, T> result, Function<T, Revision> revision, Function<T, URI> location,
                                         Function<T, ?> body) {
        return result.fold(Answers::problem, value -> ResponseEntity.created(location.apply(value))
                .eTag(etag(revision.apply(value))).body(body.apply(value)));
    }

    /** A page: its items, and a {@code next} link (also a {@code Link} header) when there is more. */
    static <T> ResponseEntity<?> page(Either<Problem, Page<T>> result, UriComponentsBuilder self, Function<T, ?> item) {
        return result.fold(Answers::problem, page -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", page.items().stream().map(item).toList());
            Optional<String> next = page.next().toJavaOptional()
                    .map(cursor -> self.cloneBuilder().replaceQueryParam("after", cursor.token()).build().encode().toUriString());
            next.ifPresent(link -> body.put("next", link));
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
            next.ifPresent(link -> answer.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\""));
            return answer.body(body);
        });
    }

    static Cursor cursor(String after) {
        return after == null || after.isEmpty() ? null : new Cursor(after);
    }

    static String etag(Revision revision) {
        return "\"" + revision.value() + "\"";
    }

    /**
     * The revision an {@code If-Match} header holds: empty for none or {@code *}; a tag that is no revision this
     * service issued can match nothing, so it is answered 412 by {@link #unmatchable}.
     */
    static Optional<Long> ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    static boolean unmatchable(Optional<Long> expected) {
        return expected.isPresent() && expected.get() < 1;
    }

    static ResponseEntity<ProblemDetail> unmatchedTag() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "If-Match names no revision of this resource");
        detail.setType(type("precondition-failed"));
        detail.setTitle("Precondition failed");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(detail);
    }

    /** A Conflict answering an If-Match is 412 with both revisions; anything else as {@link #problem}. */
    static ResponseEntity<ProblemDetail> precondition(Problem problem) {
        if (problem instanceof Problem.Conflict conflict) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, conflict.message());
            detail.setType(type("precondition-failed"));
            detail.setTitle("Precondition failed");
            detail.setProperty("expectedRevision", conflict.expected().value());
            detail.setProperty("currentRevision", conflict.actual() == null ? null : conflict.actual().value());
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
            if (conflict.actual() != null) {
                answer.eTag(etag(conflict.actual()));
            }
            return answer.body(detail);
        }
        return problem(problem);
    }

    static ResponseEntity<ProblemDetail> problem(Problem problem) {
        HttpStatus status;
        String kind;
        String title;
        Map<String, Object> more = new LinkedHashMap<>();
        HttpHeaders headers = new HttpHeaders();
        if (problem instanceof Problem.Invalid invalid) {
            status = HttpStatus.BAD_REQUEST;
            kind = "invalid";
            title = "Invalid input";
            more.put("violations", invalid.violations().stream()
                    .map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
        } else if (problem instanceof Problem.NotFound) {
            status = HttpStatus.NOT_FOUND;
            kind = "not-found";
            title = "Not found";
        } else if (problem instanceof Problem.AlreadyExists) {
            status = HttpStatus.CONFLICT;
            kind = "already-exists";
            title = "Already exists";
        } else if (problem instanceof Problem.Conflict conflict) {
            status = HttpStatus.CONFLICT;
            kind = "conflict";
            title = "Changed concurrently";
            more.put("expectedRevision", conflict.expected().value());
            more.put("currentRevision", conflict.actual() == null ? null : conflict.actual().value());
        } else if (problem instanceof Problem.Rejected rejected) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            kind = "rejected";
            title = "Rejected by a rule";
            more.put("rule", rejected.rule());
        } else {
            Problem.Unavailable unavailable = (Problem.Unavailable) problem;
            status = HttpStatus.SERVICE_UNAVAILABLE;
            kind = "unavailable";
            title = "Backend unavailable";
            more.put("retriable", unavailable.retriable());
            if (unavailable.retriable()) {
                headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            }
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problem.message());
        detail.setType(type(kind));
        detail.setTitle(title);
        more.forEach(detail::setProperty);
        return ResponseEntity.status(status).headers(headers).body(detail);
    }

    private static URI type(String kind) {
        return URI.create("urn:portside:problem:" + kind);
    }
}
