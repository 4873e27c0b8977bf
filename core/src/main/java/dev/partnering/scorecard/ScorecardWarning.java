package dev.partnering.scorecard;

import java.util.Objects;

/**
 * A warning on a scorecard. Transparency: a KPI whose data source or measurement method is not
 * stated, or that has not been revised within the review interval (everyone must know which data
 * and method underlie a measurement, and KPIs need revision after a while). Completeness (since
 * 0.2.0): a KPI without data in the period, a period without any data, a period outside the term, a
 * period before a KPI's first version; incomplete data is never silent.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kpiId  the KPI concerned; empty text for a warning about the whole period (NO_INPUT, OUTSIDE_TERM)
 * @param kind  what is wrong
 * @param message  the warning in words
 * @since 0.1.0
 */
public record ScorecardWarning(String kpiId, Kind kind, String message) {

    /** What a warning is about. */
    public enum Kind {
        /** The KPI states no data source. */
        NO_DATA_SOURCE,
        /** The KPI states no measurement method. */
        NO_MEASUREMENT_METHOD,
        /** The KPI's version in force is older than the review interval. */
        NOT_REVISED,
        /**
         * The KPI has no usable measurement in the period (status MISSING): the missing-data policy
         * decided what it counts as. Incomplete data.
         *
         * @since 0.1.0
         */
        NO_DATA,
        /**
         * No KPI has any usable measurement in the period: the period's input was empty. Incomplete data.
         *
         * @since 0.1.0
         */
        NO_INPUT,
        /**
         * The period lies wholly or partly outside the contract term (before its start or after its
         * current end). Incomplete data: nothing is owed for days outside the term.
         *
         * @since 0.1.0
         */
        OUTSIDE_TERM,
        /**
         * The period starts before the KPI's first version is in force: the KPI is not determined
         * (no credit, no cost). Not incomplete data, but said on the scorecard's face.
         *
         * @since 0.1.0
         */
        NOT_IN_FORCE;

        /**
         * @return true if the warning says the period's data are incomplete (NO_DATA, NO_INPUT,
         *         OUTSIDE_TERM): a strict incentive calculation refuses to compute money for the period
         * @since 0.1.0
         */
        public boolean isIncomplete() {
            return this == NO_DATA || this == NO_INPUT || this == OUTSIDE_TERM;
        }
    }

    /**
     * Checks for nulls.
     *
     * @param kpiId  the KPI concerned
     * @param kind  what is wrong
     * @param message  the warning in words
     */
    public ScorecardWarning {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
