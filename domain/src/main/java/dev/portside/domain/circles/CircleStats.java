package dev.portside.domain.circles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;

/**
 * A circle's counters. {@code memberCount} (and {@code activeMembers}) always equal the number of ACTIVE
 * memberships; posts are counted per ISO week and per month (UTC) and restart when the period changes;
 * {@code engagementRate} is posts this month per member, 0..1000 with 4 decimals.
 */
public record CircleStats(int memberCount, int activeMembers, int postsThisWeek, int postsThisMonth,
                          BigDecimal engagementRate, LocalDate week, YearMonth month) {

    public static CircleStats start(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new CircleStats(0, 0, 0, 0, BigDecimal.ZERO.setScale(4), weekOf(day), YearMonth.from(day));
    }

    /**
     * Counters another system kept, as of {@code asOf} (the circle's last change): its posts this ISO week and this
     * month, with {@code members} ACTIVE members.
     */
    public static CircleStats imported(int members, int postsThisWeek, int postsThisMonth, Instant asOf) {
        LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        return new CircleStats(members, members, postsThisWeek, postsThisMonth, rate(postsThisMonth, members),
                weekOf(day), YearMonth.from(day));
    }

    public CircleStats withMembers(int delta) {
        int count = memberCount + delta;
        return new CircleStats(count, count, postsThisWeek, postsThisMonth, rate(postsThisMonth, count), week, month);
    }

    public CircleStats withPost(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate w = weekOf(day);
        YearMonth m = YearMonth.from(day);
        int weekPosts = (w.equals(week) ? postsThisWeek : 0) + 1;
        int monthPosts = (m.equals(month) ? postsThisMonth : 0) + 1;
        return new CircleStats(memberCount, activeMembers, weekPosts, monthPosts, rate(monthPosts, memberCount), w, m);
    }

    private static BigDecimal rate(int posts, int members) {
        return members == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(posts).divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_UP);
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
