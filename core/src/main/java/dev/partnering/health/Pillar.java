package dev.partnering.health;

/**
 * One of the things relationship health is built on.
 *
 * @since 0.1.0
 */
public enum Pillar {
    /** Delivery against the KPIs: the scorecard score as 0 to 100. */
    PERFORMANCE("performance"),
    /** The trust index, 0 to 100. */
    TRUST("trust index"),
    /** Governance in operation: the governance score, 0 to 100. */
    GOVERNANCE("governance score"),
    /**
     * Relationship management, 0 to 100: actions done on time, risks reviewed and mitigated, and
     * improvement proposals decided in time (see {@link HealthInputs.Builder#management}).
     *
     * @since 0.1.0
     */
    MANAGEMENT("relationship management");

    private final String label;

    Pillar(String label) {
        this.label = label;
    }

    /** @return the pillar in words, e.g. {@code trust index}, never null */
    public String label() {
        return label;
    }
}
