package dev.partnering.governance;

/**
 * Whether a scheduled forum meeting took place.
 *
 * @since 0.1.0
 */
public enum MeetingStatus {
    /** The meeting took place. */
    HELD,
    /** The meeting was scheduled but did not take place. */
    CANCELLED
}
