package dev.partnering.term;

/**
 * Where a date stands relative to a contract term with the options exercised by then.
 *
 * @since 0.1.0
 */
public enum TermState {
    /** The date is before the term's start date. */
    NOT_STARTED,
    /** The date is within the term: on or after the start and on or before the current end. */
    IN_FORCE,
    /** The date is after the current end date: the term has ended. */
    ENDED
}
