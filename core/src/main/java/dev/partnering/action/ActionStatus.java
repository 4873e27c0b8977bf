package dev.partnering.action;

/**
 * Where an action stands.
 *
 * @since 0.1.0
 */
public enum ActionStatus {
    /** Agreed and not yet done. */
    OPEN,
    /** Done, on its closing date. */
    DONE,
    /** Dropped: no longer needed. */
    CANCELLED
}
