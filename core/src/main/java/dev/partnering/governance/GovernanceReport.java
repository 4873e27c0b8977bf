package dev.partnering.governance;

import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.internal.Secret;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.Decimals;
import dev.partnering.period.ReportingPeriod;

/**
 * Governance in operation for one agreement and one reporting period, as computed by the
 * {@link GovernanceCalculator}: per level how the forums met against their cadence and how
 * escalations were handled, and three shares with the governance score built from them.
 * <p>
 * The shares, each from 0 to 1 and absent when there is nothing to count:
 * <ul>
 * <li>forums held: scheduled meetings held, all levels together;</li>
 * <li>resolved where raised: of the escalations resolved in the period, those resolved at the
 * level they were raised at;</li>
 * <li>within deadline: of the escalations resolved in the period or still open past their
 * deadline at its end, those resolved without ever staying at a level longer than the escalation
 * policy allows.</li>
 * </ul>
 * The governance score is the mean of the shares present, times 100, from 0 to 100; absent when
 * none is.
 * <p>
 * A report is computed by {@link GovernanceCalculator} only; the JSON module writes it and never
 * reads it back. Two reports are equal when all their parts are equal.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceReport {

    private final String agreementId;
    private final ReportingPeriod period;
    private final List<LevelActivity> levels;
    private final int resolved;
    private final int withinDeadline;
    private final Explanation explanation;

    private GovernanceReport(String agreementId, ReportingPeriod period, List<LevelActivity> levels, int resolved,
            int withinDeadline, Function<GovernanceReport, Explanation> explain) {
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.period = Objects.requireNonNull(period, "period");
        this.levels = List.copyOf(levels);
        this.resolved = resolved;
        this.withinDeadline = withinDeadline;
        // last: the explanation reads the figures above, which are all set
        this.explanation = Objects.requireNonNull(explain.apply(this), "explanation");
    }

    static {
        // the calculator, in another package, makes reports through the non-exported governance.internal.GovernanceReports
        Secret.GOVERNANCE_REPORT.install(GovernanceReport::fromParts);
    }

    @SuppressWarnings("unchecked") // the parts are put in this order, with these types, by GovernanceReports.of only
    private static GovernanceReport fromParts(Object[] parts) {
        return new GovernanceReport((String) parts[0], (ReportingPeriod) parts[1], (List<LevelActivity>) parts[2],
                (Integer) parts[3], (Integer) parts[4], (Function<GovernanceReport, Explanation>) parts[5]);
    }

    /** @return the id of the agreement, never null */
    public String agreementId() {
        return agreementId;
    }

    /** @return the period, never null */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the day the report looks from: the last day of the period, never null */
    public LocalDate evaluatedOn() {
        return period.end();
    }

    /** @return the activity of each level in use, from A down, never null */
    public List<LevelActivity> levels() {
        return levels;
    }

    /**
     * @param level  a level, not null
     * @return its activity, empty if the governance does not use the level
     */
    public Optional<LevelActivity> level(GovernanceLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** @return the levels none of whose forums met within twice their cadence, from A down, never null */
    public List<LevelActivity> staleLevels() {
        return levels.stream().filter(LevelActivity::isStale).toList();
    }

    /** @return the meetings scheduled in the period, all forums together */
    public int scheduledMeetings() {
        return levels.stream().mapToInt(LevelActivity::scheduled).sum();
    }

    /** @return the meetings held that count against the schedule, all forums together */
    public int heldMeetings() {
        return levels.stream().mapToInt(LevelActivity::heldAsScheduled).sum();
    }

    /** @return the share of scheduled meetings held, from 0 to 1, empty when none is scheduled */
    public Optional<BigDecimal> heldShare() {
        return Decimals.ratio(BigDecimal.valueOf(heldMeetings()), BigDecimal.valueOf(scheduledMeetings()));
    }

    /** @return the escalations resolved in the period */
    public int resolvedEscalations() {
        return resolved;
    }

    /** @return the escalations resolved in the period at the level they were raised at */
    public int resolvedWhereRaised() {
        return levels.stream().mapToInt(LevelActivity::resolvedWhereRaised).sum();
    }

    /** @return the share resolved where raised, from 0 to 1, empty when none was resolved */
    public Optional<BigDecimal> resolvedWhereRaisedShare() {
        return Decimals.ratio(BigDecimal.valueOf(resolvedWhereRaised()), BigDecimal.valueOf(resolved));
    }

    /** @return every open escalation past its deadline at the end of the period, from level A down, never null */
    public List<OverdueEscalation> overdue() {
        List<OverdueEscalation> all = new ArrayList<>();
        levels.forEach(l -> all.addAll(l.overdue()));
        return List.copyOf(all);
    }

    /** @return the escalations judged against their deadlines: resolved in the period, or open and overdue */
    public int judgedAgainstDeadline() {
        return resolved + overdue().size();
    }

    /** @return the escalations resolved in the period without staying at any level too long */
    public int withinDeadline() {
        return withinDeadline;
    }

    /** @return the share within deadline, from 0 to 1, empty when no escalation was judged */
    public Optional<BigDecimal> withinDeadlineShare() {
        return Decimals.ratio(BigDecimal.valueOf(withinDeadline), BigDecimal.valueOf(judgedAgainstDeadline()));
    }

    /**
     * @return the mean of the shares present (each at 6 decimals) times 100, from 0 to 100, its exact
     *         value rounded once to 6 decimals; empty when no share is present
     */
    public Optional<BigDecimal> score() {
        List<BigDecimal> shares = new ArrayList<>();
        heldShare().ifPresent(shares::add);
        resolvedWhereRaisedShare().ifPresent(shares::add);
        withinDeadlineShare().ifPresent(shares::add);
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Decimals.quotient(sum.multiply(Decimals.HUNDRED), BigDecimal.valueOf(shares.size()),
                Decimals.DEFAULT_DECIMALS));
    }

    /** @return how the report was computed, never null */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Compares every part of the reports: agreement id, period, levels, escalations resolved and
     * within deadline, and explanation.
     *
     * @param other  the other object, may be null
     * @return true if the other object is a report with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof GovernanceReport r && agreementId.equals(r.agreementId) && period.equals(r.period)
                && levels.equals(r.levels) && resolved == r.resolved && withinDeadline == r.withinDeadline
                && explanation.equals(r.explanation);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(agreementId, period, levels, resolved, withinDeadline, explanation);
    }

    /** @return the explanation as plain text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
