package dev.portside.application.progress;

import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.progress.ProgressEvent;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressState;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A validated {@link Event} whose certification may still have to be detected. */
record ParsedEvent(UserId user, ContentId content, Option<CertificationType> certification, ProgressState state,
                   Option<BigDecimal> score, Duration timeSpent, Option<String> sessionId, Instant at) {

    static final long MAX_SECONDS = Duration.ofDays(7).toSeconds();
    static final int MAX_SESSION = 128;

    /** The parsed event, or every violation, each field name prefixed with {@code prefix}. */
    static Either<List<Violation>, ParsedEvent> parse(String prefix, Event in, Instant now) {
        Checks checks = Checks.start();
        if (in == null) {
            return Either.left(List.of(Violation.of(prefix.isEmpty() ? "event" : prefix.substring(0, prefix.length() - 1),
                    null, "is required")));
        }
        UserId user = checks.take(UserId.of(in.userId()));
        ContentId content = checks.take(ContentId.of(in.contentId()));
        Option<CertificationType> cert = checks.optionalEnum("certification", in.certification(), CertificationType.class);
        ProgressState state = checks.enumValue("state", in.state(), ProgressState.class);
        Option<BigDecimal> score = in.score() == null ? Option.none()
                : Option.of(checks.decimal("score", in.score(), BigDecimal.ZERO, new BigDecimal(100), 2));
        long seconds = in.timeSpentSeconds() == null ? 0 : checks.range("timeSpentSeconds", in.timeSpentSeconds(), 0,
                MAX_SECONDS);
        Option<String> session = Option.of(checks.optionalText("sessionId", in.sessionId(), 1, MAX_SESSION));
        Instant at = in.at() == null ? now : checks.instant("at", in.at());
        if (!checks.ok()) {
            return Either.left(checks.violations().stream()
                    .map(v -> new Violation(prefix + v.field(), v.rejectedValue(), v.reason())).toList());
        }
        return Either.right(new ParsedEvent(user, content, cert, state, score, Duration.ofSeconds(seconds), session, at));
    }

    ProgressEvent resolve(CertificationType chosen) {
        return new ProgressEvent(new ProgressKey(user, content, chosen), state, score, timeSpent, sessionId, at);
    }
}
