package dev.portside.testkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.ListContentByCertification;
import dev.portside.application.content.ContentCommands.ListContentHistory;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.PurgeContent;
import dev.portside.application.content.ContentCommands.RestoreContent;
import dev.portside.application.content.ContentCommands.RetireContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.VersionBump;
import dev.portside.domain.kernel.Problem;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * A content item's lifecycle as a jqwik action chain through {@link ContentCatalog}: random sequences of publish,
 * revise (patch, minor or major; sometimes naming a stale revision), retire, restore and purge (sometimes stale) of
 * one item, each answer checked against a model of whether it exists, is active, its version and revision; after
 * every step the item reads back as the model holds it, the certification's listing shows it exactly while it is
 * active, and a purged item leaves no history.
 */
@PropertyDefaults(tries = 60)
public abstract class ContentLifecycleChain {

    protected abstract ContentRepository repository();

    /**
     * The longest chain a try runs. A subclass on a real backend may shorten it, and lower the tries with its own
     * {@code @PropertyDefaults(tries = ...)}, to keep its run time in bounds; the in-memory run keeps these.
     */
    protected int maxSteps() {
        return 25;
    }

    /** The item "item/SAA" as the model sees it, and the catalog under test. */
    static final class World {

        private final ContentCatalog catalog;
        private final String tenant = ContentFixtures.freshTenant().value();
        private boolean exists;
        private boolean active;
        private int major;
        private int minor;
        private int patch;
        private long revision;

        World(ContentCatalog catalog) {
            this.catalog = catalog;
        }

        void publish() {
            Either<Problem, ContentItem> answer = catalog.publish(new PublishContent(tenant, "item", "SAA",
                    ContentFixtures.draft("Item", "STUDY_GUIDE", "Compute"), null));
            if (exists) {
                expect(answer, Problem.AlreadyExists.class);
                return;
            }
            assertThat(answer.isRight()).as("publish: %s", answer).isTrue();
            exists = true;
            active = true;
            major = 1;
            minor = 0;
            patch = 0;
            revision = 1;
        }

        void revise(VersionBump bump, boolean stale) {
            Either<Problem, ContentItem> answer = catalog.revise(new ReviseContent(tenant, "item", "SAA",
                    ContentFixtures.changes("Item " + revision, "STUDY_GUIDE", "Compute"), bump.name(),
                    !exists ? null : stale ? revision + 1 : revision));
            if (!exists) {
                expect(answer, Problem.NotFound.class);
            } else if (stale) {
                expect(answer, Problem.Conflict.class);
            } else if (!active) {
                expect(answer, Problem.Rejected.class);
            } else {
                assertThat(answer.isRight()).as("revise %s: %s", bump, answer).isTrue();
                switch (bump) {
                    case PATCH -> patch++;
                    case MINOR -> {
                        minor++;
                        patch = 0;
                    }
                    case MAJOR -> {
                        major++;
                        minor = 0;
                        patch = 0;
                    }
                }
                revision++;
            }
        }

        void status(boolean toActive) {
            Either<Problem, ContentItem> answer = toActive
                    ? catalog.restore(new RestoreContent(tenant, "item", "SAA", exists ? revision : null))
                    : catalog.retire(new RetireContent(tenant, "item", "SAA", exists ? revision : null));
            if (!exists) {
                expect(answer, Problem.NotFound.class);
                return;
            }
            assertThat(answer.isRight()).as("%s: %s", toActive ? "restore" : "retire", answer).isTrue();
            if (active != toActive) {
                active = toActive;
                revision++;
            }
        }

        void purge(boolean stale) {
            Either<Problem, ?> answer = catalog.purge(new PurgeContent(tenant, "item", "SAA",
                    stale || !exists ? revision + 1 : revision));
            if (!exists || stale) {
                assertThat(answer.isLeft()).as("purge: %s", answer).isTrue();
                assertThat(answer.getLeft()).isInstanceOfAny(Problem.NotFound.class, Problem.Conflict.class);
                return;
            }
            assertThat(answer.isRight()).as("purge: %s", answer).isTrue();
            exists = false;
        }

        /** What holds after every step. */
        void holds() {
            Either<Problem, ContentItem> read = catalog.get(new GetContent(tenant, "item", "SAA"));
            List<ContentItem> listed = ContentFixtures.readAll(3, page -> catalog.listByCertification(
                    new ListContentByCertification(tenant, "SAA", page.limit(), page.after().getOrNull()))).get();
            if (!exists) {
                expect(read, Problem.NotFound.class);
                assertThat(listed).isEmpty();
                Either<Problem, List<ContentItem>> history = ContentFixtures.readAll(3, page -> catalog.history(
                        new ListContentHistory(tenant, "item", "SAA", page.limit(), page.after().getOrNull())));
                List<ContentItem> left = history.getOrElse(List.of());
                assertThat(left).as("history of a purged item").isEmpty();
                return;
            }
            ContentItem item = read.get();
            assertThat(item.active()).isEqualTo(active);
            assertThat(item.revision().value()).isEqualTo(revision);
            assertThat(List.of(item.version().major(), item.version().minor(), item.version().patch()))
                    .containsExactly(major, minor, patch);
            assertThat(listed).extracting(ContentItem::revision).containsExactlyElementsOf(
                    active ? List.of(item.revision()) : List.of());
        }

        private static void expect(Either<Problem, ?> answer, Class<? extends Problem> kind) {
            assertThat(answer.isLeft()).as("expected %s, got %s", kind.getSimpleName(), answer).isTrue();
            assertThat(answer.getLeft()).isInstanceOf(kind);
        }
    }

    private static Action.Independent<World> step(Arbitrary<Transformer<World>> transformers) {
        return () -> transformers;
    }

    private static Arbitrary<Transformer<World>> withStale(String name, BiConsumer<World, Boolean> step) {
        return Arbitraries.integers().between(0, 4).map(i -> i == 0
                ? Transformer.mutate(name + " (stale revision)", w -> step.accept(w, true))
                : Transformer.mutate(name, w -> step.accept(w, false)));
    }

    @Provide
    Arbitrary<ActionChain<World>> lifecycles() {
        return ActionChain.startWith(() -> new World(new ContentCatalog(repository(),
                        MutableClock.stepping(ContentFixtures.T0, Duration.ofSeconds(1)))))
                .withAction(2, Action.just("publish", Transformer.mutate("publish", World::publish)))
                .withAction(4, step(Arbitraries.of(VersionBump.class).flatMap(bump -> withStale("revise " + bump,
                        (w, stale) -> w.revise(bump, stale)))))
                .withAction(2, Action.just("retire", Transformer.mutate("retire", w -> w.status(false))))
                .withAction(2, Action.just("restore", Transformer.mutate("restore", w -> w.status(true))))
                .withAction(1, step(withStale("purge", World::purge)))
                .withMaxTransformations(maxSteps());
    }

    @Property
    void an_item_reads_lists_and_versions_as_its_model_after_any_lifecycle(
            @ForAll("lifecycles") ActionChain<World> chain) {
        chain.withInvariant("reads back as modelled", World::holds).run();
    }
}
