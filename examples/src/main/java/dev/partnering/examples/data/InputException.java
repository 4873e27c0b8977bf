package dev.partnering.examples.data;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input file cannot be used: it is missing, unreadable, malformed, or names
 * something the agreement does not have. Carries every {@link InputProblem} found (up to a limit),
 * each naming the file, the line and the field.
 * <p>
 * The message is meant for the person who produced the file; it never needs a stack trace.
 *
 * @since 0.1.0
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    /**
     * @param problems  the problems, not empty, not null
     * @param truncated  true if reading stopped before the end because there were too many
     */
    public InputException(List<InputProblem> problems, boolean truncated) {
        super(render(problems, truncated));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param message  the message, not null
     * @param problems  the problems the message tells of, not empty, not null
     */
    protected InputException(String message, List<InputProblem> problems) {
        super(Objects.requireNonNull(message, "message"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problem  the problem, not null
     */
    public InputException(InputProblem problem) {
        this(List.of(problem), false);
    }

    /** @return the problems found, never empty */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String render(List<InputProblem> problems, boolean truncated) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        if (problems.size() == 1 && !truncated) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems" + (truncated ? " (stopped reading after " + problems.size() + ")" : "")
                + ":\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
