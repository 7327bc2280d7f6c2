package dev.portside.adapters.sql.support;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * How often and how long the {@link Guard} reruns a call that failed for a reason a rerun can help: at most
 * {@code attempts} runs, each rerun after a full-jitter exponential backoff ({@code base * 2^n}, capped at
 * {@code cap}), and none that would start after {@code deadline} from the first run. The retries of a backend are
 * configured once on its {@link Jdbi} ({@link #configure}; {@link #STANDARD} when not), and every guard over it uses them.
 */
public record Retries(int attempts, Duration base, Duration cap, Duration deadline) {

    /** Five runs within five seconds, backing off from 20 ms up to 500 ms. */
    public static final Retries STANDARD = new Retries(5, Duration.ofMillis(20), Duration.ofMillis(500),
            Duration.ofSeconds(5));
    /** One run, no rerun. */
    public static final Retries NONE = new Retries(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public Retries {
        if (attempts < 1 || base.isNegative() || cap.isNegative() || deadline.isNegative()) {
            throw new IllegalArgumentException("retries need at least one attempt and non-negative durations");
        }
    }

    /** Makes {@code retries} those of every guard over {@code jdbi}; returns {@code jdbi}. */
    public static Jdbi configure(Jdbi jdbi, Retries retries) {
        jdbi.getConfig(Setting.class).retries = retries;
        return jdbi;
    }

    /** The retries configured on {@code jdbi}. */
    public static Retries of(Jdbi jdbi) {
        return jdbi.getConfig(Setting.class).retries;
    }

    /** The retries as a JDBI configuration entry. */
    public static final class Setting implements JdbiConfig<Setting> {
        private Retries retries = STANDARD;

        public Setting() {
        }

        private Setting(Setting other) {
            this.retries = other.retries;
        }

        @Override
        public Setting createCopy() {
            return new Setting(this);
        }
    }

    /**
     * The pause before run {@code next} (2 for the first rerun) of a call that started {@code elapsed} ago, or
     * {@code null} when no further run is allowed.
     */
    Duration pause(int next, Duration elapsed) {
        if (next > attempts) {
            return null;
        }
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(20, next - 2));
        Duration pause = Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
        return elapsed.plus(pause).compareTo(deadline) < 0 ? pause : null;
    }
}
