package dev.partnering.trust;

/**
 * Why a figure of a {@link TrustReport} is not shown.
 *
 * @since 0.1.0
 */
public enum SuppressionReason {
    /** The group has fewer respondents than the minimum group size. */
    BELOW_MINIMUM,
    /**
     * The group is large enough, but together with the figures shown it would let the figure of
     * a group below the minimum be worked out by subtraction (complementary suppression).
     */
    COMPLEMENTARY,
    /**
     * The group is large enough, but together with the figures shown and the ends of the scale it
     * would narrow down the answers of a group below the minimum: a mean at or near an end of the
     * scale tells that every answer in it, a suppressed one included, is at or near that end.
     */
    BOUNDS;

    /**
     * @param minimumGroupSize  the minimum group size in force
     * @return the reason in words, e.g. {@code fewer than 3 respondents}, never null
     */
    public String describe(int minimumGroupSize) {
        if (this == BELOW_MINIMUM) {
            return "fewer than " + minimumGroupSize + " respondents";
        }
        if (this == BOUNDS) {
            return "hidden so that the figures shown and the ends of the scale cannot narrow down the answers of a group"
                    + " of fewer than " + minimumGroupSize + " respondents";
        }
        return "hidden so that a group of fewer than " + minimumGroupSize
                + " respondents cannot be worked out by subtraction from the figures shown";
    }
}
