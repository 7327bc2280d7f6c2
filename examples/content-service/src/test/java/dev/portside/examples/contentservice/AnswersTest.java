package dev.portside.examples.contentservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The status and headers each kind of Problem is answered with, including the kinds HTTP tests cannot provoke. */
class AnswersTest {

    @Test
    void a_retriable_unavailable_is_503_with_retry_after() {
        ResponseEntity<ProblemDetail> answer = Answers.problem(new Problem.Unavailable("postgres", true, "no answer in time"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getProperties()).containsEntry("retriable", true);
    }

    @Test
    void an_unavailable_that_a_retry_cannot_help_has_no_retry_after() {
        ResponseEntity<ProblemDetail> answer = Answers.problem(new Problem.Unavailable("postgres", false, "access denied"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().containsHeader("Retry-After")).isFalse();
    }

    @Test
    void a_conflict_without_if_match_is_409_and_with_it_412() {
        Problem conflict = new Problem.Conflict("content", "SAA/guide-1", new Revision(1), new Revision(3));
        assertThat(Answers.problem(conflict).getStatusCode().value()).isEqualTo(409);
        ResponseEntity<ProblemDetail> precondition = Answers.precondition(conflict);
        assertThat(precondition.getStatusCode().value()).isEqualTo(412);
        assertThat(precondition.getHeaders().getETag()).isEqualTo("\"3\"");
        assertThat(precondition.getBody().getProperties()).containsEntry("expectedRevision", 1L).containsEntry("currentRevision", 3L);
    }

    @Test
    void if_match_reads_strong_weak_and_star_tags() {
        assertThat(Answers.ifMatch("\"4\"")).contains(4L);
        assertThat(Answers.ifMatch("W/\"4\"")).contains(4L);
        assertThat(Answers.ifMatch("*")).isEmpty();
        assertThat(Answers.ifMatch(null)).isEmpty();
        assertThat(Answers.unmatchable(Answers.ifMatch("\"abc\""))).isTrue();
    }
}
