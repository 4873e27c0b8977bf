package dev.partnering.explanation;

/**
 * What a step of an explanation records.
 *
 * @since 0.1.0
 */
public enum StepKind {
    /** A value that went into the calculation. */
    INPUT,
    /** A rule that was applied, e.g. a threshold, a policy or a cap. */
    RULE,
    /** An intermediate computation with its arithmetic. */
    COMPUTATION,
    /** A result of the calculation. */
    RESULT,
    /** Something the reader should look at; it did not stop the calculation. */
    WARNING
}
