package dev.portside.examples.contentservice;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.ListContentByCertification;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.RetireContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The content catalog over HTTP: publish, read, revise (If-Match), retire (If-Match) and list by certification. */
@RestController
@RequestMapping("/tenants/{tenant}/content")
class ContentController {

    /** A new item; {@code version} is optional (1.0). */
    record Publish(String contentId, String certification, String title, String contentType, String category,
                   String subcategory, String difficulty, List<String> tags, Integer chunkCount, Integer questionCount,
                   String version) {
    }

    /** The fields to change (absent ones stay) and the version bump ({@code PATCH} when absent). */
    record Revise(String title, String contentType, String category, String subcategory, String difficulty,
                  List<String> tags, Integer chunkCount, Integer questionCount, String bump) {
    }

    private final ContentCatalog catalog;

    ContentController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    ResponseEntity<?> publish(@PathVariable String tenant, @RequestBody Publish body) {
        ContentDraft draft = ContentDraft.builder().title(body.title()).contentType(body.contentType())
                .category(body.category()).subcategory(body.subcategory()).difficulty(body.difficulty())
                .tags(body.tags()).chunkCount(body.chunkCount()).questionCount(body.questionCount()).build();
        return Answers.created(catalog.publish(new PublishContent(tenant, body.contentId(), body.certification(), draft,
                        body.version())), ContentItem::revision,
                item -> ServletUriComponentsBuilder.fromCurrentRequest().path("/{certification}/{id}")
                        .buildAndExpand(item.certification().name(), item.id().value()).toUri(),
                ContentController::json);
    }

    @GetMapping("/{certification}/{contentId}")
    ResponseEntity<?> get(@PathVariable String tenant, @PathVariable String certification, @PathVariable String contentId) {
        return Answers.revisioned(catalog.get(new GetContent(tenant, contentId, certification)), ContentItem::revision,
                ContentController::json, false);
    }

    @PatchMapping("/{certification}/{contentId}")
    ResponseEntity<?> revise(@PathVariable String tenant, @PathVariable String certification, @PathVariable String contentId,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Revise body) {
        Optional<Long> expected = Answers.ifMatch(ifMatch);
        if (Answers.unmatchable(expected)) {
            return Answers.unmatchedTag();
        }
        ContentChanges changes = ContentChanges.builder().title(body.title()).contentType(body.contentType())
                .category(body.category()).subcategory(body.subcategory()).difficulty(body.difficulty())
                .tags(body.tags()).chunkCount(body.chunkCount()).questionCount(body.questionCount()).build();
        return Answers.revisioned(catalog.revise(new ReviseContent(tenant, contentId, certification, changes, body.bump(),
                expected.orElse(null))), ContentItem::revision, ContentController::json, expected.isPresent());
    }

    @DeleteMapping("/{certification}/{contentId}")
    ResponseEntity<?> retire(@PathVariable String tenant, @PathVariable String certification, @PathVariable String contentId,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Optional<Long> expected = Answers.ifMatch(ifMatch);
        if (Answers.unmatchable(expected)) {
            return Answers.unmatchedTag();
        }
        return Answers.revisioned(catalog.retire(new RetireContent(tenant, contentId, certification, expected.orElse(null))),
                ContentItem::revision, ContentController::json, expected.isPresent());
    }

    @GetMapping
    ResponseEntity<?> list(@PathVariable String tenant, @RequestParam String certification,
                           @RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String after) {
        UriComponentsBuilder self = ServletUriComponentsBuilder.fromCurrentRequest();
        return Answers.page(catalog.listByCertification(new ListContentByCertification(tenant, certification, limit,
                Answers.cursor(after))), self, ContentController::json);
    }

    static Map<String, Object> json(ContentItem item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contentId", item.id().value());
        out.put("certification", item.certification().name());
        out.put("title", item.details().title());
        out.put("contentType", item.details().contentType().name());
        out.put("category", item.details().category());
        out.put("subcategory", item.details().subcategory());
        out.put("difficulty", item.details().difficulty().name());
        out.put("tags", List.copyOf(item.details().tags()));
        out.put("chunkCount", item.details().chunkCount());
        out.put("questionCount", item.details().questionCount());
        out.put("version", item.version().toString());
        out.put("active", item.active());
        out.put("createdAt", item.createdAt().toString());
        out.put("updatedAt", item.updatedAt().toString());
        out.put("revision", item.revision().value());
        return out;
    }
}
