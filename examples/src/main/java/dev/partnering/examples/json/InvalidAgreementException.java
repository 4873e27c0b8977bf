package dev.partnering.examples.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** @return every violation, never empty */
    public List<Violation> violations() {
        return cause.violations();
    }

    /** @return the SDK's validation exception, never null */
    public ValidationException validationException() {
        return cause;
    }
}
