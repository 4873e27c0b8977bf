package dev.partnering;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One broken rule found while building a value: where ({@link #path()}), what was rejected
 * ({@link #value()}) and which rule it broke ({@link #rule()}).
 * <p>
 * The path uses property names and list indexes as in the builder, for example
 * {@code governance.roles[3].counterpart}. The rule is a sentence in the domain's words that names
 * the thing and the value, for example
 * {@code kpi 'ticket-response': minimum 95 must be below target 90 for a HIGHER_IS_BETTER kpi}.
 * <p>
 * This class is immutable and thread-safe (its texts are formatted once, when first read, and the
 * formatting is idempotent).
 *
 * @since 0.1.0
 */
public final class Violation {

    private static final int MAX_RULE = 400;

    /** A rejected value longer than this is shown abbreviated. */
    private static final int SHOWN_CHARACTERS = 40;

    /** A decimal whose exponent or digits exceed this is shown in scientific notation, not spelled out. */
    private static final int MAX_PLAIN_DIGITS = 100;

    private final String path;
    private final Object rawValue;
    private final Supplier<String> ruleText;
    private String value;
    private String rule;

    private Violation(String path, Object rawValue, Supplier<String> ruleText) {
        this.path = Objects.requireNonNull(path, "path");
        this.rawValue = rawValue;
        this.ruleText = Objects.requireNonNull(ruleText, "rule");
    }

    /**
     * Obtains a violation.
     *
     * @param path  the path of the offending property, not null (may be empty for the value as a whole)
     * @param value  the rejected value, rendered when first read (see {@link #value()}); may be null
     * @param rule  the rule that was broken, as a sentence that names the thing and the value, not null
     * @return the violation, never null
     */
    public static Violation of(String path, Object value, String rule) {
        Objects.requireNonNull(rule, "rule");
        return new Violation(path, value, () -> rule);
    }

    /**
     * Obtains a violation whose rule is formatted only when it is first read, so that checking a
     * valid value never formats a message.
     *
     * @param path  the path of the offending property, not null (may be empty for the value as a whole)
     * @param value  the rejected value, rendered when first read (see {@link #value()}); may be null
     * @param rule  formats the rule that was broken when first read; not null, and must not return null
     * @return the violation, never null
     * @since 0.1.0
     */
    public static Violation of(String path, Object value, Supplier<String> rule) {
        return new Violation(path, value, rule);
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
        return new Violation(path.isEmpty() ? prefix : prefix + "." + path, rawValue, this::rule);
    }

    /** @return the path of the offending property, never null, empty for the value as a whole */
    public String path() {
        return path;
    }

    /**
     * Returns the rejected value as text: a decimal in plain notation (in scientific notation when
     * its exponent or digits pass 100, e.g. {@code 1E+999999999}), anything else as
     * {@link String#valueOf(Object)}; a text longer than 40 characters is
     * abbreviated to its first 40 and its length, e.g. {@code "1111111111111111111111111111111111111111… (5000000 characters)"}.
     *
     * @return the rejected value as text, null when the rejected value was null
     */
    public String value() {
        String v = value;
        if (v == null && rawValue != null) {
            v = show(rawValue);
            value = v;
        }
        return v;
    }

    /**
     * Returns the broken rule as a sentence. Rules name values abbreviated like {@link #value()};
     * as a last guard a rule longer than 400 characters is cut to its first 400 and its length.
     *
     * @return the broken rule as a sentence, never null
     */
    public String rule() {
        String r = rule;
        if (r == null) {
            r = Objects.requireNonNull(ruleText.get(), "rule");
            if (r.length() > MAX_RULE) {
                r = r.substring(0, MAX_RULE) + "… (" + r.length() + " characters)";
            }
            rule = r;
        }
        return r;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v
                && path.equals(v.path) && Objects.equals(value(), v.value()) && rule().equals(v.rule());
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, value(), rule());
    }

    /** @return {@code path: rule}, or the rule alone when the path is empty */
    @Override
    public String toString() {
        return path.isEmpty() ? rule() : path + ": " + rule();
    }

    private static String show(Object value) {
        String text;
        if (value instanceof BigDecimal d) {
            boolean plain = d.precision() <= MAX_PLAIN_DIGITS && Math.abs((long) d.scale()) <= MAX_PLAIN_DIGITS;
            text = plain ? d.toPlainString() : d.toString();
        } else {
            text = String.valueOf(value);
        }
        return text.length() <= SHOWN_CHARACTERS ? text
                : text.substring(0, SHOWN_CHARACTERS) + "… (" + text.length() + " characters)";
    }
}
