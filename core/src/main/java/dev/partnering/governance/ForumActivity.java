package dev.partnering.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.internal.Decimals;

/**
 * How one forum met in a reporting period, against its cadence.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param forum  the forum, not null
 * @param scheduled  the meetings its cadence schedules in the period, not negative
 * @param held  the meetings held in the period, not negative
 * @param cancelled  the meetings cancelled in the period, not negative
 * @param lastHeld  the last day it met, up to the end of the period, if ever
 * @param isOverdue  true if it has not met within twice its cadence before the end of the period
 * @since 0.1.0
 */
public record ForumActivity(Forum forum, int scheduled, int held, int cancelled, Optional<LocalDate> lastHeld,
        boolean isOverdue) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param forum  the forum, not null
     * @param scheduled  the meetings its cadence schedules in the period, not negative
     * @param held  the meetings held in the period, not negative
     * @param cancelled  the meetings cancelled in the period, not negative
     * @param lastHeld  the last day it met, up to the end of the period, if ever
     * @param isOverdue  true if it has not met within twice its cadence before the end of the period
     */
    public ForumActivity {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(lastHeld, "lastHeld");
    }

    /** @return the meetings held that count against the schedule: held, but at most scheduled */
    public int heldAsScheduled() {
        return Math.min(held, scheduled);
    }

    /** @return {@link #heldAsScheduled()} / scheduled, from 0 to 1, empty when none is scheduled */
    public Optional<BigDecimal> heldShare() {
        return Decimals.ratio(BigDecimal.valueOf(heldAsScheduled()), BigDecimal.valueOf(scheduled));
    }
}
