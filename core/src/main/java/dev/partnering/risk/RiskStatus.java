package dev.partnering.risk;

/**
 * Whether a risk is still watched.
 *
 * @since 0.1.0
 */
public enum RiskStatus {
    /** Watched: reviewed, rated and mitigated. */
    OPEN,
    /** No longer a risk: passed, or fully mitigated and closed by the forum that owns the register. */
    CLOSED
}
