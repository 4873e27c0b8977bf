package dev.partnering.analysis;

import dev.partnering.incentive.IncentiveStatement;

import java.util.List;
import java.util.Objects;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * A proposed scheme evaluated on past periods beside the scheme that was in force: per period,
 * what the supplier would have received (and the customer side paid) under each, and the
 * difference.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rows  one row per period, in order
 * @param current  the statement under the scheme in force
 * @param proposed  the statement under the proposed scheme
 * @param explanation  the comparison in words
 * @since 0.1.0
 */
public record BackTest(List<Row> rows, IncentiveStatement current, IncentiveStatement proposed, Explanation explanation) {

    /**
     * One period of a back-test.
     *
     * @param period  the period
     * @param currentNet  the supplier's net adjustment under the scheme in force
     * @param proposedNet  the supplier's net adjustment under the proposed scheme
     */
    public record Row(ReportingPeriod period, Money currentNet, Money proposedNet) {
        /**
         * Checks for nulls.
         *
         * @param period  the period
         * @param currentNet  the supplier's net adjustment under the scheme in force
         * @param proposedNet  the supplier's net adjustment under the proposed scheme
         */
        public Row {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(currentNet, "currentNet");
            Objects.requireNonNull(proposedNet, "proposedNet");
        }

        /** @return proposed − current: what the supplier would gain (positive) or lose under the proposal */
        public Money difference() {
            return proposedNet.minus(currentNet);
        }
    }

    /**
     * Copies the list; checks for nulls.
     *
     * @param rows  the value of {@link #rows()}
     * @param current  the value of {@link #current()}
     * @param proposed  the value of {@link #proposed()}
     * @param explanation  the value of {@link #explanation()}
     */
    public BackTest {
        rows = List.copyOf(rows);
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** @return Σ of the differences, never null */
    public Money totalDifference() {
        return proposed.totalNet().minus(current.totalNet());
    }
}
