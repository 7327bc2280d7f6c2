package dev.portside.adapters.inmemory.support;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A thread-safe table of immutable aggregates per tenant with the revision rules of every real store:
 * create refuses an existing id ({@link Problem.AlreadyExists}) and stores revision 1, save and delete
 * write only at the stored revision (else {@link Problem.Conflict} with both revisions), reads never
 * cross tenants. Stores that change several tables at once hold their own lock around the calls.
 */
public final class RevisionedWrites<T> {

    /** What a save or delete of an id that is not stored is told. */
    public enum Absent {
        NOT_FOUND, CONFLICT
    }

    private final String kind;
    private final Function<T, TenantId> tenant;
    private final Function<T, String> id;
    private final Function<T, Revision> revision;
    private final BiFunction<T, Revision, T> withRevision;
    private final Absent absent;
    private final boolean stampCreate;
    private final Map<TenantId, TreeMap<String, T>> rows = new HashMap<>();

    private RevisionedWrites(String kind, Function<T, TenantId> tenant, Function<T, String> id,
                             Function<T, Revision> revision, BiFunction<T, Revision, T> withRevision, Absent absent,
                             boolean stampCreate) {
        this.kind = kind;
        this.tenant = tenant;
        this.id = id;
        this.revision = revision;
        this.withRevision = withRevision;
        this.absent = absent;
        this.stampCreate = stampCreate;
    }

    /** A table of {@code kind} whose create stores revision 1 and whose writes to a missing id are NotFound. */
    public static <T> RevisionedWrites<T> of(String kind, Function<T, TenantId> tenant, Function<T, String> id,
                                             Function<T, Revision> revision, BiFunction<T, Revision, T> withRevision) {
        return new RevisionedWrites<>(kind, tenant, id, revision, withRevision, Absent.NOT_FOUND, true);
    }

    /** A table of create-once values without revisions: each is stored as given and never replaced. */
    public static <T> RevisionedWrites<T> createOnce(String kind, Function<T, TenantId> tenant,
                                                     Function<T, String> id) {
        return new RevisionedWrites<>(kind, tenant, id, item -> Revision.INITIAL, (item, r) -> item,
                Absent.NOT_FOUND, false);
    }

    /** The same (empty) table, answering a write to a missing id as {@code answer} says. */
    public RevisionedWrites<T> whenAbsent(Absent answer) {
        return new RevisionedWrites<>(kind, tenant, id, revision, withRevision, answer, stampCreate);
    }

    /** The same (empty) table, keeping on create the revision the item carries. */
    public RevisionedWrites<T> createAsGiven() {
        return new RevisionedWrites<>(kind, tenant, id, revision, withRevision, absent, false);
    }

    public String id(T item) {
        return id.apply(item);
    }

    /** Right(the item as it would be created) when its id is free, else AlreadyExists; writes nothing. */
    public synchronized Either<Problem, T> checkCreate(T item) {
        String key = id.apply(item);
        if (table(tenant.apply(item)).containsKey(key)) {
            return Either.left(new Problem.AlreadyExists(kind, key));
        }
        return Either.right(stampCreate ? withRevision.apply(item, Revision.INITIAL) : item);
    }

    /** Right(the stored item) when the item's revision is the stored one, else NotFound or Conflict; writes nothing. */
    public synchronized Either<Problem, T> checkRevision(T item) {
        return checkRevision(tenant.apply(item), id.apply(item), revision.apply(item));
    }

    private Either<Problem, T> checkRevision(TenantId owner, String key, Revision expected) {
        T stored = table(owner).get(key);
        if (stored == null) {
            return Either.left(absent == Absent.NOT_FOUND ? new Problem.NotFound(kind, key)
                    : new Problem.Conflict(kind, key, expected, null));
        }
        if (!revision.apply(stored).equals(expected)) {
            return Either.left(new Problem.Conflict(kind, key, expected, revision.apply(stored)));
        }
        return Either.right(stored);
    }

    /** Stores a new item; AlreadyExists when its id is taken. */
    public synchronized Either<Problem, T> create(T item) {
        return checkCreate(item).peek(this::put);
    }

    /** Stores the item with the next revision when its revision is the stored one. */
    public synchronized Either<Problem, T> save(T item) {
        return checkRevision(item).map(stored -> put(withRevision.apply(item, revision.apply(item).next())));
    }

    /** Removes the item when its revision is the stored one; Right(the stored item). */
    public synchronized Either<Problem, T> delete(T item) {
        return delete(tenant.apply(item), id.apply(item), revision.apply(item));
    }

    /** Removes {@code key} of {@code owner} when it is stored at {@code expected}; Right(the stored item). */
    public synchronized Either<Problem, T> delete(TenantId owner, String key, Revision expected) {
        return checkRevision(owner, key, expected).peek(stored -> table(owner).remove(key));
    }

    /** Applies a change to the stored item regardless of the caller's revision and stores it at the next one. */
    public synchronized Either<Problem, T> update(TenantId owner, String key, UnaryOperator<T> change) {
        T stored = table(owner).get(key);
        if (stored == null) {
            return Either.left(new Problem.NotFound(kind, key));
        }
        return Either.right(put(withRevision.apply(change.apply(stored), revision.apply(stored).next())));
    }

    /** Stores the item exactly as given, replacing whatever was stored (imports). */
    public synchronized T overwrite(T item) {
        return put(item);
    }

    /** Creates each item of the batch; an item of another tenant is refused as Invalid, a taken id as AlreadyExists. */
    public synchronized BatchOutcome createAll(TenantId batchTenant, List<T> items) {
        return createAll(batchTenant, items, this::create);
    }

    /** As {@link #createAll(TenantId, List)}, creating each item of the batch's tenant with {@code creator}. */
    public synchronized BatchOutcome createAll(TenantId batchTenant, List<T> items,
                                               Function<T, Either<Problem, T>> creator) {
        List<String> written = new ArrayList<>();
        Map<String, Problem> refused = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            Either<Problem, T> outcome = tenant.apply(item).equals(batchTenant) ? creator.apply(item)
                    : Either.left(Problem.Invalid.of(kind + " tenant", tenant.apply(item).value(),
                            "must be the tenant of the batch"));
            outcome.fold(problem -> refused.put(key, problem), created -> written.add(key));
        }
        return new BatchOutcome(written, refused);
    }

    public synchronized Option<T> get(TenantId owner, String key) {
        return Option.of(table(owner).get(key));
    }

    /** The tenant's items in id order (a copy). */
    public synchronized List<T> all(TenantId owner) {
        return List.copyOf(table(owner).values());
    }

    private T put(T item) {
        table(tenant.apply(item)).put(id.apply(item), item);
        return item;
    }

    private TreeMap<String, T> table(TenantId owner) {
        return rows.computeIfAbsent(owner, t -> new TreeMap<>());
    }
}
