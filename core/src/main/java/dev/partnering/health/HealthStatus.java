package dev.partnering.health;

/**
 * The colour of a relationship's health. Declared from worst to best.
 *
 * @since 0.1.0
 */
public enum HealthStatus {
    /** Needs action now. */
    RED,
    /** Needs attention. */
    AMBER,
    /** Healthy. */
    GREEN;

    /**
     * @param other  another status, not null
     * @return the worse of the two, never null
     */
    public HealthStatus worst(HealthStatus other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
