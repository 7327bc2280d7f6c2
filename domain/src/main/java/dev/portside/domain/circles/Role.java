package dev.portside.domain.circles;

/** A member's role in a circle, ordered by authority: OWNER > ADMIN > MODERATOR > MEMBER. */
public enum Role {
    MEMBER, MODERATOR, ADMIN, OWNER;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
