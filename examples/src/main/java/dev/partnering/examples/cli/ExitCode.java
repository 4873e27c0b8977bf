package dev.partnering.examples.cli;

/**
 * The command line's exit codes.
 *
 * @since 0.1.0
 */
public enum ExitCode {
    /** Done. */
    OK(0),
    /** The agreement breaks rules of the domain; every violation was printed. */
    INVALID(1),
    /** The command line is wrong: unknown command or option, a missing or malformed option value. */
    USAGE(2),
    /** An input file is missing, unreadable or malformed, or names what the agreement does not have. */
    INPUT(3),
    /** Not supported by this build, or an unexpected error (run with --debug for the stack trace). */
    FAILURE(4),
    /**
     * {@code evaluate --missing-data strict}: the data of a period are incomplete, so no money was
     * computed; every KPI and period without data was printed.
     *
     * @since 0.1.0
     */
    INCOMPLETE(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** @return the process exit code */
    public int code() {
        return code;
    }
}
