package dev.partnering.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.period.ReportingPeriod;

/**
 * A condition under which a KPI's value for a period is meaningful. When it does not hold, the
 * KPI is NOT_DETERMINED for that period: it earns no credit, costs nothing, is left out of the
 * scorecard's weighting, and the scorecard says why.
 * <p>
 * A closed family: {@link #minimumVolume(BigDecimal)} (e.g. at least 20 tickets in the period)
 * and {@link #outOfScope(List, String)} (periods the customer declared out of scope).
 * All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface QualifyingCondition {

    /**
     * The period needs at least this volume: for a ratio KPI the sum of the denominators (e.g.
     * tickets), otherwise the number of measurements that were not excluded.
     *
     * @param minimum  the least volume, greater than 0, not null
     * @return the condition, never null
     */
    static QualifyingCondition minimumVolume(BigDecimal minimum) {
        return new MinimumVolume(minimum);
    }

    /**
     * The listed periods are out of scope: the KPI is not determined for any period that overlaps one.
     *
     * @param periods  the out-of-scope periods, not empty, not null
     * @param reason  why, e.g. "office move, declared by the customer", not blank
     * @return the condition, never null
     */
    static QualifyingCondition outOfScope(List<ReportingPeriod> periods, String reason) {
        return new OutOfScope(new TreeSet<>(periods), reason);
    }

    /**
     * Tests the condition.
     *
     * @param period  the period evaluated, not null
     * @param aggregation  the period's aggregation, not null
     * @return why the value is not meaningful, or empty if the condition holds
     */
    Optional<String> unmetReason(ReportingPeriod period, Aggregation aggregation);

    /**
     * At least a minimum volume in the period.
     *
     * @param minimum  the least volume, greater than 0
     */
    record MinimumVolume(BigDecimal minimum) implements QualifyingCondition {
        /**
         * @param minimum  the least volume, greater than 0, not null
         * @throws ValidationException if not positive
         */
        public MinimumVolume {
            dev.partnering.internal.Violations.requirePresent("MinimumVolume", "minimum", minimum);
            if (minimum.signum() <= 0) {
                throw new ValidationException("QualifyingCondition", List.of(Violation.of("minimum",
                        minimum.toPlainString(), "minimum volume " + minimum.toPlainString() + " must be greater than 0")));
            }
        }

        @Override
        public Optional<String> unmetReason(ReportingPeriod period, Aggregation aggregation) {
            BigDecimal volume = aggregation.volume();
            if (volume.compareTo(minimum) >= 0) {
                return Optional.empty();
            }
            return Optional.of("volume " + volume.toPlainString() + " in " + period + " is below the minimum volume "
                    + minimum.toPlainString() + " needed to judge the kpi");
        }

        @Override
        public String toString() {
            return "minimum volume " + minimum.toPlainString();
        }
    }

    /**
     * Periods declared out of scope.
     *
     * @param periods  the periods, not empty
     * @param reason  why they are out of scope
     */
    record OutOfScope(SortedSet<ReportingPeriod> periods, String reason) implements QualifyingCondition {
        /**
         * @param periods  the periods, not empty, not null
         * @param reason  why, not blank, not null
         * @throws ValidationException if empty or blank
         */
        public OutOfScope {
            dev.partnering.internal.Violations.requirePresent("OutOfScope", "periods", periods, "reason", reason);
            periods = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(periods));
            if (periods.isEmpty() || reason.isBlank()) {
                throw new ValidationException("QualifyingCondition", List.of(Violation.of("periods", periods,
                        "an out-of-scope condition needs at least one period and a reason")));
            }
        }

        @Override
        public Optional<String> unmetReason(ReportingPeriod period, Aggregation aggregation) {
            for (ReportingPeriod p : periods) {
                if (!p.end().isBefore(period.start()) && !p.start().isAfter(period.end())) {
                    return Optional.of(p + " was declared out of scope: " + reason);
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "out of scope " + periods + ": " + reason;
        }
    }
}
