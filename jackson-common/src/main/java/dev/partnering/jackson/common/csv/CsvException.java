package dev.partnering.jackson.common.csv;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a CSV file cannot be read in full: it cannot be opened or decoded, its header lacks
 * a required column, a line is malformed, or rows break the domain's rules. Carries every
 * {@link CsvProblem} found, up to the reader's problem limit, each naming the file, the line, the
 * column and the rule.
 * <p>
 * The message reads, for one problem, {@code m.csv line 3, column 'kpi_id': unknown kpi 'uptime'; ...},
 * and for several
 * <pre>
 * 2 problems:
 *   - m.csv line 5, column 'value': 'high' is not a decimal number (use digits and a point, e.g. 99.5)
 *   - m.csv line 9, column 'recorded_at': is empty; when the value was recorded is required
 * </pre>
 * with {@code (stopped reading after 20)} after the count when the limit stopped the read.
 *
 * @since 0.1.0
 */
public final class CsvException extends RuntimeException {

    /** The serialisation version of this exception. */
    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;
    /** Whether reading stopped before the end of the file because there were too many problems. */
    private final boolean truncated;

    /**
     * @param problems  the problems, not empty, not null
     * @param truncated  true if reading stopped before the end of the file because there were too many
     */
    public CsvException(List<CsvProblem> problems, boolean truncated) {
        super(render(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** @return the problems found, in file order, never empty */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** @return true if reading stopped at the problem limit, before the end of the file */
    public boolean truncated() {
        return truncated;
    }

    private static String render(List<CsvProblem> problems, boolean truncated) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CsvException needs at least one problem");
        }
        if (problems.size() == 1 && !truncated) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems" + (truncated ? " (stopped reading after " + problems.size() + ")" : "")
                + ":\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
