package dev.partnering.improvement;

/**
 * What an initiative is, by the level that decides it.
 *
 * @since 0.1.0
 */
public enum InitiativeKind {
    /** Continuous improvement: decided and prioritised by level B (TACTICAL). */
    CONTINUOUS_IMPROVEMENT,
    /** Transformation: a larger change decided by level A (STRATEGIC). */
    TRANSFORMATION
}
