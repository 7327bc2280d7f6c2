package dev.portside.domain.circles;

/** Counters of a member's activity; only ever incremented by commutative, retried changes. */
public record MemberStats(long storiesShared, long helpfulVotes, long circlesJoined, long comments) {

    public static final MemberStats ZERO = new MemberStats(0, 0, 0, 0);

    public MemberStats plus(MemberStats d) {
        return new MemberStats(storiesShared + d.storiesShared, helpfulVotes + d.helpfulVotes,
                Math.max(0, circlesJoined + d.circlesJoined), comments + d.comments);
    }
}
