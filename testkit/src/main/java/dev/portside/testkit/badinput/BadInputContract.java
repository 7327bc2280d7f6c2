package dev.portside.testkit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.brands.BrandCommands.GetFeedback;
import dev.portside.application.brands.BrandCommands.SubmitFeedback;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.GetProgress;
import dev.portside.application.progress.ProgressCommands.ListProgressByCertification;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.application.records.RecordCommands.FindRecordsByModelVersion;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordVault;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import dev.portside.testkit.content.ContentFixtures;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad input is refused the same way on every profile: text no store keeps (a NUL character, a lone UTF-16
 * surrogate) and instants outside {@link Checks#EARLIEST}..{@link Checks#LATEST} get {@link Problem.Invalid} naming
 * the field, from the domain, before any write; the message never carries the text. A profile gives the facades it
 * stores (the others are none and their property has nothing to check).
 */
public abstract class BadInputContract {

    private static final String SECRET = "Private";
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    protected Option<ContentCatalog> content() {
        return Option.none();
    }

    /** The tracker and the catalog its content directory reads. */
    protected Option<ProgressTracker> progress() {
        return Option.none();
    }

    protected Option<Community> community() {
        return Option.none();
    }

    protected Option<RecordVault> records() {
        return Option.none();
    }

    protected Option<BrandRegistry> brands() {
        return Option.none();
    }

    /** A distinct tenant per try, so nothing one try stores shows in another. */
    private static String tenant() {
        return ContentFixtures.freshTenant().value();
    }

    @Property(tries = 20)
    public void content_with_unstorable_text_is_invalid_and_not_stored(@ForAll("unstorable") String text) {
        for (ContentCatalog catalog : content()) {
            String tenant = tenant();
            expectInvalid(catalog.publish(new PublishContent(tenant, "lab-1", "SAA",
                    ContentFixtures.draft(text, "LAB", "Compute"), null)), "title");
            assertThat(catalog.get(new GetContent(tenant, "lab-1", "SAA")).getLeft()).isInstanceOf(Problem.NotFound.class);
        }
    }

    @Property(tries = 20)
    public void progress_with_an_unstorable_session_or_window_is_invalid_and_not_stored(
            @ForAll("unstorable") String text, @ForAll("outOfRange") Instant at) {
        for (ProgressTracker tracker : progress()) {
            String tenant = tenant();
            expectInvalid(tracker.record(new RecordProgress(tenant, Event.builder().userId("u1").contentId("lab-1")
                    .certification("SAA").state("COMPLETED").sessionId(text).build())), "sessionId");
            expectInvalid(tracker.listByCertification(new ListProgressByCertification(tenant, "SAA", at, Instant.MAX,
                    10, null)), "from");
            assertThat(tracker.get(new GetProgress(tenant, "u1", "lab-1", "SAA")).getLeft())
                    .isInstanceOf(Problem.NotFound.class);
        }
    }

    @Property(tries = 20)
    public void a_bio_or_story_with_unstorable_text_is_invalid_and_not_stored(@ForAll("unstorable") String text) {
        for (Community community : community()) {
            String tenant = tenant();
            expectInvalid(community.members().register(new RegisterMember(tenant, "m1",
                    MemberForm.builder("m1@example.com", "Member").bio(text).build())), "bio");
            assertThat(community.members().get(new GetMember(tenant, "m1")).getLeft())
                    .isInstanceOf(Problem.NotFound.class);
            community.members().register(new RegisterMember(tenant, "m2", MemberForm.basic("m2@example.com", "M"))).get();
            expectInvalid(community.stories().share(new ShareStory(tenant, "s1", "m2", null, "Title", text, List.of())),
                    "body");
            assertThat(community.stories().get(new GetStory(tenant, "s1")).getLeft()).isInstanceOf(Problem.NotFound.class);
        }
    }

    @Property(tries = 20)
    public void a_record_with_unstorable_data_or_instants_is_invalid_and_archived_nowhere(
            @ForAll("unstorable") String text, @ForAll("outOfRange") Instant at) {
        for (RecordVault vault : records()) {
            String tenant = tenant();
            expectInvalid(vault.write(new WriteRecord(tenant, "r1", text, "{}", "m1", AT, Map.of())), "sourceData");
            expectInvalid(vault.write(new WriteRecord(tenant, "r1", "{}", "{}", "m1", at, Map.of("k", text))),
                    "timestamp");
            expectInvalid(vault.findByModelVersion(new FindRecordsByModelVersion(tenant, "m1", at, Instant.MAX, 10,
                    null)), "from");
            assertThat(vault.read(new ReadRecord(tenant, "r1", false)).getLeft()).isInstanceOf(Problem.NotFound.class);
        }
    }

    @Property(tries = 20)
    public void feedback_with_unstorable_text_is_invalid_and_not_stored(@ForAll("unstorable") String text) {
        for (BrandRegistry registry : brands()) {
            String tenant = tenant();
            expectInvalid(registry.submitFeedback(new SubmitFeedback(tenant, 7, text, null)), "text");
            assertThat(registry.feedbackByCategory(new dev.portside.application.brands.BrandCommands
                    .ListFeedbackByCategory(tenant, "GENERAL", java.time.LocalDate.of(2000, 1, 1),
                    java.time.LocalDate.of(2100, 1, 1), 10, null)).map(page -> page.items()).getOrElse(List.of()))
                    .isEmpty();
        }
    }

    /** Free text around one NUL character or lone surrogate, with a word no message may repeat. */
    @Provide
    public Arbitrary<String> unstorable() {
        Arbitrary<String> around = Arbitraries.strings().alpha().numeric().withChars(' ').ofMaxLength(30);
        return Combinators.combine(around, Arbitraries.of('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'), around)
                .as((before, bad, after) -> SECRET + " " + before + bad + after);
    }

    @Provide
    public Arbitrary<Instant> outOfRange() {
        return Arbitraries.of(Instant.MIN, Instant.parse("-5000-01-01T00:00:00Z"), Checks.EARLIEST.minusMillis(1));
    }

    private static void expectInvalid(Either<Problem, ?> answer, String field) {
        assertThat(answer.isLeft()).as("refused: %s", answer).isTrue();
        assertThat(answer.getLeft()).isInstanceOfSatisfying(Problem.Invalid.class, invalid -> {
            assertThat(invalid.violations()).extracting(Violation::field).anySatisfy(f -> assertThat(f).endsWith(field));
            assertThat(invalid.message()).doesNotContain(SECRET);
        });
    }
}
