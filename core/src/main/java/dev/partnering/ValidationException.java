package dev.partnering;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value of the SDK cannot be built because it breaks one or more rules of the
 * domain. It lists <em>every</em> violation found, not only the first, each with its path, the
 * rejected value and the rule.
 * <p>
 * The message reads, for example:
 * <pre>
 * Agreement 'it-partnering' is invalid (2 violations):
 *   - governance.roles[3].counterpart: role 'sup-ops' has no counterpart on the customer side at level OPERATIONAL
 *   - responsibilityAreas[0].owner: area 'servers' is owned by 'acme', which is not a party of the agreement
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What was validated, e.g. {@code Agreement 'it-partnering'}. */
    private final String subject;
    private final transient List<Violation> violations;

    /**
     * Creates an exception for the given violations.
     *
     * @param subject  what was being built, e.g. {@code "Agreement 'it-partnering'"}, not null
     * @param violations  the violations, not null, not empty
     */
    public ValidationException(String subject, List<Violation> violations) {
        super(render(subject, violations));
        this.subject = subject;
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates an exception with one violation. This constructor is also what generated builders
     * use when null is passed for an attribute: a message that is just an attribute name (a Java
     * identifier, optionally followed by {@code " element"}, {@code " key"} or {@code " value"})
     * becomes a violation at that path with the rule "required"; any other message is a violation
     * of the value as a whole.
     *
     * @param message  the rule that was broken, or the name of a required attribute that was null, not null
     */
    public ValidationException(String message) {
        this("value", List.of(violationOf(Objects.requireNonNull(message, "message"))));
    }

    private static Violation violationOf(String message) {
        java.util.regex.Matcher m = ATTRIBUTE.matcher(message);
        if (!m.matches()) {
            return Violation.of("", null, message);
        }
        String name = m.group(1);
        String part = m.group(2) == null ? "" : " " + m.group(2);
        return Violation.of(name, null, name + part + " is required: null is not allowed");
    }

    private static final java.util.regex.Pattern ATTRIBUTE =
            java.util.regex.Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]{0,63})(?: (element|key|value))?");

    private static String render(String subject, List<Violation> violations) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        if (violations.size() == 1 && violations.get(0).path().isEmpty()) {
            return violations.get(0).rule();
        }
        StringBuilder sb = new StringBuilder(subject).append(" is invalid (").append(violations.size())
                .append(violations.size() == 1 ? " violation):" : " violations):");
        for (Violation v : violations) {
            sb.append(System.lineSeparator()).append("  - ").append(v);
        }
        return sb.toString();
    }

    /** @return what was being built, never null */
    public String subject() {
        return subject;
    }

    /** @return every violation found, in the order they were found, never null or empty */
    public List<Violation> violations() {
        return violations;
    }
}
