package dev.portside.adapters.s3.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * Revision-checked documents on S3: create writes only a new key ({@code If-None-Match: *}, else
 * {@link Problem.AlreadyExists}); a save first reads the stored revision ({@link Problem.Conflict} with both
 * revisions when it is not the expected one), then replaces only the ETag it read ({@code If-Match}); a
 * replacement that loses a race is a Conflict naming the revision stored now.
 */
public final class RevisionedWrites {

    /** A document's kind and id as problems name them, its key, and how to read its revision from the body. */
    public record Document(String kind, String id, String key,
                           Function<S3Objects.Stored, Either<Problem, Revision>> revisionOf) {
    }

    private final S3Objects objects;

    public RevisionedWrites(S3Objects objects) {
        this.objects = objects;
    }

    /** Writes a new document; Right(its etag), AlreadyExists when the key is taken. */
    public Either<Problem, String> create(String kind, String id, String key, byte[] body) {
        return objects.create(key, body).flatMap(etag -> etag.toEither(() -> new Problem.AlreadyExists(kind, id)));
    }

    /** The stored document when it is at {@code expected}; else Conflict (actual revision null when absent). */
    public Either<Problem, S3Objects.Stored> current(Document document, Revision expected) {
        return stored(document).flatMap(found -> {
            Option<Revision> actual = found.map(s -> s._2);
            return actual.contains(expected) ? Either.right(found.get()._1)
                    : Either.left(new Problem.Conflict(document.kind(), document.id(), expected, actual.getOrNull()));
        });
    }

    /** Replaces {@code current} (read at {@code expected}) with {@code body}; Right(new etag) or Conflict. */
    public Either<Problem, String> replace(Document document, S3Objects.Stored current, Revision expected,
                                          byte[] body) {
        return objects.replace(document.key(), body, current.etag()).flatMap(etag -> etag.isDefined()
                ? Either.right(etag.get())
                : stored(document).flatMap(now -> Either.left(new Problem.Conflict(document.kind(), document.id(),
                        expected, now.map(s -> s._2).getOrNull()))));
    }

    /** Puts back the body a replacement overwrote, if the object still carries the replacement's etag. */
    public Either<Problem, Boolean> restore(String key, byte[] previous, String replacementEtag) {
        return objects.replace(key, previous, replacementEtag).flatMap(etag -> etag.isDefined() ? Either.right(true)
                : Either.left(new Problem.Unavailable(Guard.S3.backend(), false,
                        "PutObject: the object changed again before it could be restored")));
    }

    private Either<Problem, Option<io.vavr.Tuple2<S3Objects.Stored, Revision>>> stored(Document document) {
        return objects.get(document.key()).flatMap(found -> found.isEmpty() ? Either.right(Option.none())
                : document.revisionOf().apply(found.get()).map(r -> Option.some(io.vavr.Tuple.of(found.get(), r))));
    }
}
