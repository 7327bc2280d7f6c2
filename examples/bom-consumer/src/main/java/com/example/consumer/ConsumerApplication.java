package com.example.consumer;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.domain.content.ContentDraft;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A host that knows Portside only through the BOM and the starter. */
@SpringBootApplication
@RestController
public class ConsumerApplication {

    private final ContentCatalog catalog;

    public ConsumerApplication(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    public static void main(String[] args) {
        SpringApplication.run(ConsumerApplication.class, args);
    }

    @PostMapping("/guides/{id}")
    ResponseEntity<String> publish(@PathVariable("id") String id) {
        ContentDraft draft = ContentDraft.builder().title("Guide " + id).contentType("STUDY_GUIDE").category("Compute")
                .subcategory("EC2").difficulty("BEGINNER").build();
        return catalog.publish(new PublishContent("acme", id, "SAA", draft, null))
                .fold(problem -> ResponseEntity.badRequest().body(problem.message()),
                        item -> ResponseEntity.status(201).body(item.details().title()));
    }

    @GetMapping("/guides/{id}")
    ResponseEntity<String> get(@PathVariable("id") String id) {
        return catalog.get(new GetContent("acme", id, "SAA"))
                .fold(problem -> ResponseEntity.status(404).body(problem.message()),
                        item -> ResponseEntity.ok(item.details().title()));
    }
}
