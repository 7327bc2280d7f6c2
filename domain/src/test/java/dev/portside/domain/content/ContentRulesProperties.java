package dev.portside.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ContentRulesProperties {

    private static final ContentDraft VALID = ContentDraft.builder().title("Lambda best practices")
            .contentType("study_guide").category("Compute").subcategory("Serverless").difficulty("intermediate")
            .tags(List.of("Lambda", "serverless", "LAMBDA")).source("lambda.pdf", "materials").chunkCount(5)
            .questionCount(10).build();

    @Example
    void a_valid_draft_is_normalised() {
        ContentDetails details = ContentRules.details(VALID).get();
        assertThat(details.contentType()).isEqualTo(ContentType.STUDY_GUIDE);
        assertThat(details.tags()).containsExactly("lambda", "serverless");
        assertThat(details.source().get()).isEqualTo(new ContentSource("lambda.pdf", "materials"));
    }

    @Example
    void changes_applied_to_the_draft_of_some_details_keep_every_field_not_given() {
        ContentDetails details = ContentRules.details(VALID).get();
        ContentChanges changes = ContentChanges.builder().title("New title").chunkCount(7).build();
        assertThat(ContentRules.changes(changes).get()).isEqualTo(changes);
        ContentDetails revised = ContentRules.details(changes.applyTo(ContentDraft.of(details))).get();
        assertThat(revised.title()).isEqualTo("New title");
        assertThat(revised.chunkCount()).isEqualTo(7);
        assertThat(revised.tags()).isEqualTo(details.tags());
        assertThat(ContentRules.details(ContentDraft.of(details)).get()).isEqualTo(details);
    }

    @Property
    void every_broken_field_is_reported_at_once_and_nothing_throws(@ForAll("breakages") Set<Breakage> breakages) {
        ContentDraft draft = VALID;
        for (Breakage b : breakages) {
            draft = b.apply(draft);
        }
        Either<Problem, ContentDetails> result = ContentRules.details(draft);
        if (breakages.isEmpty()) {
            assertThat(result.isRight()).isTrue();
            return;
        }
        assertThat(result.getLeft()).isInstanceOf(Problem.Invalid.class);
        List<String> fields = ((Problem.Invalid) result.getLeft()).violations().stream().map(Violation::field).toList();
        for (Breakage b : breakages) {
            assertThat(fields).anyMatch(f -> f.startsWith(b.field));
        }
    }

    @Provide
    Arbitrary<Set<Breakage>> breakages() {
        return Arbitraries.of(Breakage.values()).set();
    }

    enum Breakage {
        BLANK_TITLE("title") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 0, "   ");
            }
        },
        LONG_TITLE("title") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 0, "t".repeat(301));
            }
        },
        BAD_TYPE("contentType") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 1, "PODCAST");
            }
        },
        MISSING_CATEGORY("category") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 2, null);
            }
        },
        CONTROL_SUBCATEGORY("subcategory") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 3, "a\u0000b");
            }
        },
        BAD_DIFFICULTY("difficulty") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 4, "impossible");
            }
        },
        HUGE_TAG("tags[") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 5, List.of("ok", "x".repeat(10_000)));
            }
        },
        NEGATIVE_CHUNKS("chunkCount") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 8, -1);
            }
        },
        NEGATIVE_QUESTIONS("questionCount") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 9, -5);
            }
        },
        HALF_SOURCE("sourceBucket") {
            ContentDraft apply(ContentDraft d) {
                return with(d, 7, " ");
            }
        };

        final String field;

        Breakage(String field) {
            this.field = field;
        }

        abstract ContentDraft apply(ContentDraft d);

        static ContentDraft with(ContentDraft d, int index, Object value) {
            List<Object> v = new ArrayList<>(java.util.Arrays.asList(d.title(), d.contentType(), d.category(),
                    d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(),
                    d.questionCount()));
            v.set(index, value);
            @SuppressWarnings("unchecked")
            java.util.Collection<String> tags = (java.util.Collection<String>) v.get(5);
            return new ContentDraft((String) v.get(0), (String) v.get(1), (String) v.get(2), (String) v.get(3),
                    (String) v.get(4), tags, (String) v.get(6), (String) v.get(7), (Integer) v.get(8),
                    (Integer) v.get(9));
        }
    }

    @Example
    void a_change_set_is_checked_on_the_fields_it_gives_only() {
        Problem refused = ContentRules.changes(ContentChanges.builder().title(" ").chunkCount(-1).build()).getLeft();
        assertThat(((Problem.Invalid) refused).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("title", "chunkCount");
        assertThat(ContentRules.changes(ContentChanges.none()).isRight()).isTrue();
    }

    @Example
    void more_than_fifty_distinct_tags_are_refused() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tags.add("tag" + i);
        }
        ContentDraft draft = VALID.toBuilder().tags(tags).build();
        assertThat(ContentRules.details(draft).getLeft().message()).contains("at most 50 tags");
    }
}
