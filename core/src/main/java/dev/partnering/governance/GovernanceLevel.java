package dev.partnering.governance;

import java.util.Optional;

/**
 * A collaboration level. Declared from the highest instance (A) to the level of daily work (C).
 *
 * @since 0.1.0
 */
public enum GovernanceLevel {
    /** Level A, top management: strategic direction, the shared vision, the highest escalation instance. */
    STRATEGIC("A"),
    /** Level B, middle management: delivery quality and its measurement, priorities, continuous innovation. */
    TACTICAL("B"),
    /** Level C, the people doing the work: daily operations, implementing changes. */
    OPERATIONAL("C");

    private final String letter;

    GovernanceLevel(String letter) {
        this.letter = letter;
    }

    /** @return the level's letter as practitioners say it: A, B or C */
    public String letter() {
        return letter;
    }

    /** @return the next higher level an issue escalates to, empty for STRATEGIC (A) */
    public Optional<GovernanceLevel> higher() {
        return this == STRATEGIC ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /**
     * @param other  another level, not null
     * @return true if this level is above (closer to A than) the other
     */
    public boolean isAbove(GovernanceLevel other) {
        return ordinal() < other.ordinal();
    }

    /** @return e.g. {@code A (STRATEGIC)} */
    public String label() {
        return letter + " (" + name() + ")";
    }
}
