package dev.partnering.scorecard;

import java.util.Objects;

/**
 * A transparency warning on a scorecard: a KPI whose data source or measurement method is not
 * stated, or that has not been revised within the review interval. Everyone must know which data
 * and method underlie a measurement, and KPIs need revision after a while.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kpiId  the KPI concerned
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
        NOT_REVISED
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
