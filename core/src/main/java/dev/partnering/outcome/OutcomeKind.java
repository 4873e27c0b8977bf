package dev.partnering.outcome;

/**
 * Whether a desired outcome is the shared vision or one of the goals that lead to it.
 *
 * @since 0.1.0
 */
public enum OutcomeKind {
    /** The shared vision: where the partnership wants to be, followed up by level A. */
    VISION,
    /** A goal: a concrete outcome the parties want, on the way to the vision. */
    GOAL
}
