package dev.portside.examples.contentservice;

import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.ListProgressByUser;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressCommands.SummarizeProgress;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Learner progress over HTTP: record an event, list a learner's entries, summarise them. */
@RestController
class ProgressController {

    /** One learning event; {@code score}, {@code timeSpentSeconds}, {@code sessionId} and {@code at} are optional. */
    record Recorded(String userId, String contentId, String certification, String state, BigDecimal score,
                    Long timeSpentSeconds, String sessionId, Instant at) {
    }

    private final ProgressTracker progress;

    ProgressController(ProgressTracker progress) {
        this.progress = progress;
    }

    @PostMapping("/tenants/{tenant}/progress")
    ResponseEntity<?> record(@PathVariable String tenant, @RequestBody Recorded body) {
        Event event = Event.builder().userId(body.userId()).contentId(body.contentId()).certification(body.certification())
                .state(body.state()).score(body.score()).timeSpentSeconds(body.timeSpentSeconds())
                .sessionId(body.sessionId()).at(body.at()).build();
        return Answers.revisioned(progress.record(new RecordProgress(tenant, event)), ProgressEntry::revision,
                ProgressController::json, false);
    }

    @GetMapping("/tenants/{tenant}/users/{userId}/progress")
    ResponseEntity<?> list(@PathVariable String tenant, @PathVariable String userId,
                           @RequestParam(required = false) String certification,
                           @RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String after) {
        return Answers.page(progress.listByUser(new ListProgressByUser(tenant, userId, certification, limit,
                Answers.cursor(after))), ServletUriComponentsBuilder.fromCurrentRequest(), ProgressController::json);
    }

    @GetMapping("/tenants/{tenant}/users/{userId}/progress/summary")
    ResponseEntity<?> summary(@PathVariable String tenant, @PathVariable String userId,
                              @RequestParam(required = false) String certification) {
        return Answers.ok(progress.summary(new SummarizeProgress(tenant, userId, certification)), ProgressController::json);
    }

    static Map<String, Object> json(ProgressEntry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("userId", entry.key().user().value());
        out.put("contentId", entry.key().content().value());
        out.put("certification", entry.key().certification().name());
        out.put("state", entry.state().name());
        out.put("bestScore", entry.bestScore().getOrNull());
        out.put("totalTimeSeconds", entry.totalTime().toSeconds());
        out.put("attempts", entry.attempts());
        out.put("firstRecordedAt", entry.firstRecordedAt().toString());
        out.put("lastRecordedAt", entry.lastRecordedAt().toString());
        out.put("revision", entry.revision().value());
        return out;
    }

    static Map<String, Object> json(ProgressSummary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("userId", summary.user().value());
        out.put("certification", summary.certification() == null ? null : summary.certification().name());
        out.put("completedItems", summary.completedItems());
        out.put("activeItems", summary.activeItems());
        out.put("averageBestScore", summary.averageBestScore().getOrNull());
        out.put("totalTimeSeconds", summary.totalTime().toSeconds());
        out.put("entries", summary.entries());
        return out;
    }
}
