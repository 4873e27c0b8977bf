package dev.partnering.lifecycle;

/**
 * What is returned at exit.
 *
 * @since 0.1.0
 */
public enum ReturnKind {
    /** Data: records, databases, logs, measurements, in an agreed format. */
    DATA,
    /** Documentation: operating procedures, configurations, designs, contracts with third parties. */
    DOCUMENTATION
}
