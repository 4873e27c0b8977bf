package dev.partnering.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.internal.Decimals;
import dev.partnering.party.PartyKind;

/**
 * How one governance level worked in a reporting period: its forums against their cadence and
 * the escalations raised, resolved and overdue at the level.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param level  the level, not null
 * @param forums  the activity of each of the level's forums, not null
 * @param lastHeld  the last day any forum of the level met, up to the end of the period, if ever
 * @param isStale  true if no forum of the level met within twice the level's shortest cadence
 *        before the end of the period (counted from the start of the contract at the earliest)
 * @param attendance  the people present per side, summed over the held meetings with attendance, not null
 * @param heldWithoutBothSides  held meetings whose recorded attendance lacks one side
 * @param raised  escalations raised at this level in the period
 * @param resolved  escalations resolved at this level (their final level) in the period
 * @param resolvedWhereRaised  of the escalations raised at this level and resolved in the period,
 *        those resolved without being handed up
 * @param resolvedAfterRaisedHere  escalations raised at this level and resolved in the period
 * @param meanDaysToResolve  for the escalations resolved at this level in the period, the mean
 *        number of days from reaching the level to resolution; empty if none
 * @param overdue  open escalations stuck at this level past their deadline at the end of the period, not null
 * @since 0.1.0
 */
public record LevelActivity(GovernanceLevel level, List<ForumActivity> forums, Optional<LocalDate> lastHeld,
        boolean isStale, Map<PartyKind, Integer> attendance, int heldWithoutBothSides, int raised, int resolved,
        int resolvedWhereRaised, int resolvedAfterRaisedHere, Optional<BigDecimal> meanDaysToResolve,
        List<OverdueEscalation> overdue) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param level  the level, not null
     * @param forums  the activity of each of the level's forums, not null
     * @param lastHeld  the last day any forum of the level met, up to the end of the period, if ever
     * @param isStale  true if no forum of the level met within twice the level's shortest cadence
     *        before the end of the period (counted from the start of the contract at the earliest)
     * @param attendance  the people present per side, summed over the held meetings with attendance, not null
     * @param heldWithoutBothSides  held meetings whose recorded attendance lacks one side
     * @param raised  escalations raised at this level in the period
     * @param resolved  escalations resolved at this level (their final level) in the period
     * @param resolvedWhereRaised  of the escalations raised at this level and resolved in the period,
     *        those resolved without being handed up
     * @param resolvedAfterRaisedHere  escalations raised at this level and resolved in the period
     * @param meanDaysToResolve  for the escalations resolved at this level in the period, the mean
     *        number of days from reaching the level to resolution; empty if none
     * @param overdue  open escalations stuck at this level past their deadline at the end of the period, not null
     */
    public LevelActivity {
        Objects.requireNonNull(level, "level");
        forums = List.copyOf(forums);
        Objects.requireNonNull(lastHeld, "lastHeld");
        attendance = Map.copyOf(attendance);
        Objects.requireNonNull(meanDaysToResolve, "meanDaysToResolve");
        overdue = List.copyOf(overdue);
    }

    /** @return the meetings the level's forums scheduled in the period */
    public int scheduled() {
        return forums.stream().mapToInt(ForumActivity::scheduled).sum();
    }

    /** @return the meetings held that count against the schedule, at most {@link #scheduled()} */
    public int heldAsScheduled() {
        return forums.stream().mapToInt(ForumActivity::heldAsScheduled).sum();
    }

    /** @return the share of scheduled meetings held, from 0 to 1, empty when none is scheduled */
    public Optional<BigDecimal> heldShare() {
        return Decimals.ratio(BigDecimal.valueOf(heldAsScheduled()), BigDecimal.valueOf(scheduled()));
    }

    /**
     * @return the share of the escalations raised here and resolved in the period that were
     *         resolved here, from 0 to 1, empty if none
     */
    public Optional<BigDecimal> resolvedWhereRaisedShare() {
        return Decimals.ratio(BigDecimal.valueOf(resolvedWhereRaised), BigDecimal.valueOf(resolvedAfterRaisedHere));
    }

    /**
     * @return when the level is stale, the flag in words, e.g. {@code level B forum not held since
     *         2026-01} (the month it last met) or {@code level B forum not held at all}; otherwise empty
     */
    public Optional<String> staleness() {
        if (!isStale) {
            return Optional.empty();
        }
        return Optional.of("level " + level.letter() + " forum not held "
                + lastHeld.map(d -> "since " + YearMonth.from(d)).orElse("at all"));
    }
}
