package dev.partnering.trust;

/**
 * Whether the two sides see the relationship alike: in balance when the perception gap of every
 * dimension is at most the threshold.
 *
 * @since 0.1.0
 */
public enum Balance {
    /** Every dimension's perception gap is at most the threshold. */
    IN_BALANCE,
    /** At least one dimension's perception gap is above the threshold. */
    OUT_OF_BALANCE,
    /**
     * No shown gap is above the threshold, but at least one dimension's gap cannot be shown
     * because a side's score is suppressed or missing.
     */
    UNDETERMINED
}
