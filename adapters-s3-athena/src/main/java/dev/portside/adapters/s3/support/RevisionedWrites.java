package dev.portside.adapters.s3.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Revision-checked documents on S3: create writes only a new key ({@code If-None-Match: *}, else
 * {@link Problem.AlreadyExists}); a save replaces only the ETag of the revision it expects ({@code If-Match}),
 * remembered from when that revision was last read or written here, else read first ({@link Problem.Conflict}
 * with both revisions when it is not the expected one); a replacement whose ETag is no longer current is a
 * Conflict naming the revision stored now, so of two racing writers exactly one wins.
 */
public final class RevisionedWrites {

    /** A document's kind and id as problems name them, its key, and how to read its revision from the body. */
    public record Document(String kind, String id, String key,
                           Function<S3Objects.Stored, Either<Problem, Revision>> revisionOf) {
    }

    private static final int REMEMBERED = 4096;

    private final S3Objects objects;
    private final Map<String, S3Objects.Stored> seen = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, S3Objects.Stored> eldest) {
            return size() > REMEMBERED;
        }
    };

    public RevisionedWrites(S3Objects objects) {
        this.objects = objects;
    }

    private static String seenKey(String key, Revision revision) {
        return key + "#" + revision.value();
    }

    private synchronized Option<S3Objects.Stored> seen(String key, Revision revision) {
        return Option.of(seen.get(seenKey(key, revision)));
    }

    private synchronized void see(String key, Revision revision, S3Objects.Stored stored) {
        seen.put(seenKey(key, revision), stored);
    }

    private synchronized void forget(String key, Revision revision) {
        seen.remove(seenKey(key, revision));
    }

    /**
     * Writes a new document; Right(its etag), AlreadyExists when the key is taken. Every write stamps an id of
     * its own on the object: a key that carries this write's id was stored by this very call, through an
     * attempt whose reply was lost and which the SDK then sent again (and the server refused, the key being
     * taken by then). That answers Right, not AlreadyExists.
     */
    public Either<Problem, String> create(String kind, String id, String key, byte[] body) {
        String writeId = UUID.randomUUID().toString();
        return objects.create(key, body, writeId).flatMap(etag -> etag.isDefined() ? Either.right(etag.get())
                : objects.get(key).flatMap(found -> found.filter(stored -> stored.writeId().contains(writeId))
                        .map(S3Objects.Stored::etag).toEither(() -> new Problem.AlreadyExists(kind, id))));
    }

    /**
     * The document as it was at {@code expected}: remembered (its ETag decides at {@link #replace}), else read
     * now and Conflict when it is at another revision (actual revision null when absent).
     */
    public Either<Problem, S3Objects.Stored> current(Document document, Revision expected) {
        Option<S3Objects.Stored> remembered = seen(document.key(), expected);
        if (remembered.isDefined()) {
            return Either.right(remembered.get());
        }
        return stored(document).flatMap(found -> {
            Option<Revision> actual = found.map(s -> s._2);
            found.forEach(s -> see(document.key(), s._2, s._1));
            return actual.contains(expected) ? Either.right(found.get()._1)
                    : Either.left(new Problem.Conflict(document.kind(), document.id(), expected, actual.getOrNull()));
        });
    }

    /**
     * Replaces {@code current} (at {@code expected}) with {@code body} if its ETag still is; Right(new etag) or
     * Conflict. A refused replacement that finds its own write id stored is this write, applied by an attempt
     * whose reply was lost: Right, not Conflict.
     */
    public Either<Problem, String> replace(Document document, S3Objects.Stored current, Revision expected,
                                          byte[] body) {
        String writeId = UUID.randomUUID().toString();
        return objects.replace(document.key(), body, current.etag(), writeId).flatMap(etag -> etag.isDefined()
                ? Either.right(etag.get())
                : forgotten(document, expected).flatMap(now -> now.isDefined() && now.get()._1.writeId().contains(writeId)
                        ? Either.right(now.get()._1.etag())
                        : Either.left(new Problem.Conflict(document.kind(), document.id(), expected,
                                now.map(s -> s._2).getOrNull()))));
    }

    /** Puts back the body a replacement overwrote, if the object still carries the replacement's etag. */
    public Either<Problem, Boolean> restore(String key, byte[] previous, String replacementEtag) {
        return objects.replace(key, previous, replacementEtag, UUID.randomUUID().toString()).flatMap(etag -> etag.isDefined() ? Either.right(true)
                : Either.left(new Problem.Unavailable(Guard.S3.backend(), false,
                        "PutObject: the object changed again before it could be restored")));
    }

    /** After a refused replacement: the ETag remembered for {@code expected} is stale; what is stored now. */
    private Either<Problem, Option<io.vavr.Tuple2<S3Objects.Stored, Revision>>> forgotten(Document document,
                                                                                        Revision expected) {
        forget(document.key(), expected);
        return stored(document);
    }

    private Either<Problem, Option<io.vavr.Tuple2<S3Objects.Stored, Revision>>> stored(Document document) {
        return objects.get(document.key()).flatMap(found -> found.isEmpty() ? Either.right(Option.none())
                : document.revisionOf().apply(found.get()).map(r -> Option.some(io.vavr.Tuple.of(found.get(), r))));
    }
}
