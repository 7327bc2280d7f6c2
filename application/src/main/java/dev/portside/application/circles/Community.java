package dev.portside.application.circles;

import dev.portside.domain.kernel.UseCaseObserver;

/**
 * The community circles context, grouped by aggregate: {@link #members()}, {@link #circles()} with their
 * memberships, {@link #stories()} with comments, the {@link #market()} of businesses and resources, and {@link #imports()} of another system's data. Every use
 * case takes a {@link CommunityCommands} record, checks all of it at once and returns {@code Either<Problem, T>};
 * multi-item rules are applied atomically by the repositories, counters are retried on conflict.
 */
public final class Community {

    private final MemberUseCases members;
    private final CircleUseCases circles;
    private final StoryUseCases stories;
    private final MarketUseCases market;
    private final ImportUseCases imports;

    public Community(Ports ports) {
        this(ports, UseCaseObserver.NONE);
    }

    /** The same, with each use case run through {@code observer}. */
    public Community(Ports ports, UseCaseObserver observer) {
        this.members = new MemberUseCases(ports, observer);
        this.circles = new CircleUseCases(ports, members, observer);
        this.stories = new StoryUseCases(ports, members, circles, observer);
        this.market = new MarketUseCases(ports, observer);
        this.imports = new ImportUseCases(ports, circles, stories, market);
    }

    public MemberUseCases members() {
        return members;
    }

    public CircleUseCases circles() {
        return circles;
    }

    public StoryUseCases stories() {
        return stories;
    }

    public MarketUseCases market() {
        return market;
    }

    /** Imports of what another system stored (times, flags, counters kept as facts), one atomic write per item. */
    public ImportUseCases imports() {
        return imports;
    }
}
