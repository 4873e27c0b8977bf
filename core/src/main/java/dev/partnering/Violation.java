package dev.partnering;

import java.util.Objects;

/**
 * One broken rule found while building a value: where ({@link #path()}), what was rejected
 * ({@link #value()}) and which rule it broke ({@link #rule()}).
 * <p>
 * The path uses property names and list indexes as in the builder, for example
 * {@code governance.roles[3].counterpart}. The rule is a sentence in the domain's words that names
 * the thing and the value, for example
 * {@code kpi 'ticket-response': minimum 95 must be below target 90 for a HIGHER_IS_BETTER kpi}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Violation {

    private final String path;
    private final String value;
    private final String rule;

    private Violation(String path, String value, String rule) {
        this.path = Objects.requireNonNull(path, "path");
        this.value = value;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * Obtains a violation.
     *
     * @param path  the path of the offending property, not null (may be empty for the value as a whole)
     * @param value  the rejected value, rendered with {@link String#valueOf(Object)}; may be null
     * @param rule  the rule that was broken, as a sentence that names the thing and the value, not null
     * @return the violation, never null
     */
    public static Violation of(String path, Object value, String rule) {
        return new Violation(path, value == null ? null : String.valueOf(value), rule);
    }

    /**
     * Returns a copy of this violation with its path prefixed, used when a nested value is
     * checked as part of an enclosing one.
     *
     * @param prefix  the path of the enclosing property, not null
     * @return the prefixed violation, never null
     */
    public Violation prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        return new Violation(path.isEmpty() ? prefix : prefix + "." + path, value, rule);
    }

    /** @return the path of the offending property, never null, empty for the value as a whole */
    public String path() {
        return path;
    }

    /** @return the rejected value as text, null when the rejected value was null */
    public String value() {
        return value;
    }

    /** @return the broken rule as a sentence, never null */
    public String rule() {
        return rule;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v
                && path.equals(v.path) && Objects.equals(value, v.value) && rule.equals(v.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, value, rule);
    }

    /** @return {@code path: rule}, or the rule alone when the path is empty */
    @Override
    public String toString() {
        return path.isEmpty() ? rule : path + ": " + rule;
    }
}
