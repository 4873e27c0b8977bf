package dev.partnering.health;

/**
 * One of the three things relationship health is built on.
 *
 * @since 0.1.0
 */
public enum Pillar {
    /** Delivery against the KPIs: the scorecard score as 0 to 100. */
    PERFORMANCE("performance"),
    /** The trust index, 0 to 100. */
    TRUST("trust index"),
    /** Governance in operation: the governance score, 0 to 100. */
    GOVERNANCE("governance score");

    private final String label;

    Pillar(String label) {
        this.label = label;
    }

    /** @return the pillar in words, e.g. {@code trust index}, never null */
    public String label() {
        return label;
    }
}
