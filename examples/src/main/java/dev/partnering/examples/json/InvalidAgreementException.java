package dev.partnering.examples.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.InputProblem;

/**
 * A document was read, but the agreement it describes breaks rules of the domain. Carries every
 * violation (path, rejected value, rule) as the SDK reported it.
 *
 * @since 0.1.0
 */
public final class InvalidAgreementException extends InputException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationException cause;

    /**
     * @param file  the document's name, not null
     * @param location  where in the document, e.g. a JSON path, if known
     * @param cause  the SDK's validation exception, not null
     */
    public InvalidAgreementException(String file, Optional<String> location, ValidationException cause) {
        super(new InputProblem(file, 0, location, Objects.requireNonNull(cause, "cause").getMessage()));
        this.cause = cause;
        initCause(cause);
    }

    /**
     * For a document whose violations were located in it: the message names the file once and
     * then each violation with its line and JSON path, e.g.
     * {@code broken.json: the agreement is invalid (2 violations):} followed by
     * {@code   - line 129, field '$.agreement.parties[1].id': party id 'charity' is used more than once [value: charity]}.
     *
     * @param file  the document's name, not null
     * @param problems  one problem per violation, with its line and JSON path, not empty, not null
     * @param cause  the SDK's validation exception with the same violations, not null
     */
    public InvalidAgreementException(String file, List<InputProblem> problems, ValidationException cause) {
        super(render(file, problems), problems);
        this.cause = Objects.requireNonNull(cause, "cause");
        initCause(cause);
    }

    private static String render(String file, List<InputProblem> problems) {
        return file + ": the agreement is invalid (" + problems.size() + (problems.size() == 1 ? " violation" : " violations")
                + "):\n" + problems.stream().map(p -> "  - " + p.toString().substring(file.length() + 1))
                        .collect(Collectors.joining("\n"));
    }

    /** @return every violation, never empty */
    public List<Violation> violations() {
        return cause.violations();
    }

    /** @return the SDK's validation exception, never null */
    public ValidationException validationException() {
        return cause;
    }
}
