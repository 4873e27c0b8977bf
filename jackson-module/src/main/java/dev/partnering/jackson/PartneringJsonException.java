package dev.partnering.jackson;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import dev.partnering.Violation;

/**
 * Thrown when JSON cannot be read as a value of the partnering SDK: it is not well-formed inside
 * the value, breaks a limit, has a field of the wrong type, lacks a required field, has an unknown
 * or duplicated field, names an unknown type, or describes a value that breaks a rule of the
 * domain. It lists <em>every</em> problem found, not only the first, each with its JSON path.
 * <p>
 * This is the only exception the module's deserializers throw. (Problems outside the value —
 * an empty input, trailing content after it, an I/O error of the source — are reported by Jackson
 * itself before or after the module is involved.) The message reads, for example:
 * <pre>
 * Cannot read PartneringDocument at $ (2 problems):
 *   - $.agreement.kpis[0]: KpiDefinition 'availability' is invalid (2 violations):
 *       - $.agreement.kpis[0].minimum: kpi 'availability': minimum 99.9 must be below target 99.5 for a HIGHER_IS_BETTER kpi [value: 99.9]
 *       - $.agreement.kpis[0].weight: kpi 'availability': weight 0 must be greater than 0 [value: 0]
 *   - $.agreement.currency: currency 'SEKK' is not an ISO-4217 currency code [value: SEKK]
 * </pre>
 * The paths are JSON paths from the root of the document ({@code $}); a violation's path is its
 * domain path appended to the JSON path of the object that broke the rule.
 * <p>
 * This class is immutable and thread-safe in its own state (Jackson may add path references to
 * it while it propagates through enclosing deserializers).
 *
 * @since 0.1.0
 */
public final class PartneringJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final transient List<Problem> problems;

    PartneringJsonException(JsonParser parser, JsonLocation location, String what, String jsonPath,
            List<Problem> problems, Throwable cause) {
        super(render(what, jsonPath, problems), location, cause);
        this._processor = parser;
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.problems = List.copyOf(problems);
    }

    /**
     * One problem found while reading: where, what, and — for a broken rule of the domain — the
     * domain's own violations.
     *
     * @param jsonPath  the JSON path of the offending value, e.g. {@code $.agreement.kpis[0].minimum}, not null
     * @param message  the problem in words, naming the thing and the value, not null
     * @param violations  the domain's violations with their paths made absolute JSON paths;
     *        empty when the problem is not a broken domain rule (a wrong type, a missing field), not null
     * @since 0.1.0
     */
    public record Problem(String jsonPath, String message, List<Violation> violations) {

        /**
         * Creates a problem.
         *
         * @param jsonPath  the JSON path, not null
         * @param message  the message, not null
         * @param violations  the violations, not null
         */
        public Problem {
            Objects.requireNonNull(jsonPath, "jsonPath");
            Objects.requireNonNull(message, "message");
            violations = List.copyOf(violations);
        }

        /** @return {@code path: message}, with the violations on the following lines */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            append(sb, "", this);
            return sb.toString();
        }
    }

    private static String render(String what, String jsonPath, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("Cannot read ").append(what).append(" at ").append(jsonPath).append(" (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (Problem p : problems) {
            sb.append('\n');
            append(sb, "  - ", p);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String bullet, Problem p) {
        List<Violation> vs = p.violations();
        if (vs.size() == 1 && vs.get(0).path().equals(p.jsonPath())) {
            appendViolation(sb.append(bullet), vs.get(0));
            return;
        }
        sb.append(bullet).append(p.jsonPath()).append(": ").append(p.message());
        String nested = bullet.isEmpty() ? "  - " : " ".repeat(bullet.length() + 2) + "- ";
        for (Violation v : vs) {
            appendViolation(sb.append('\n').append(nested), v);
        }
    }

    private static void appendViolation(StringBuilder sb, Violation v) {
        sb.append(v.path()).append(": ").append(v.rule());
        if (v.value() != null) {
            sb.append(" [value: ").append(abbreviate(v.value())).append(']');
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "… (" + value.length() + " characters)";
    }

    /**
     * @return the JSON path of the value that was being read, e.g. {@code $.agreement} or {@code $}
     *         for the root of the document, never null
     */
    public String jsonPath() {
        return jsonPath;
    }

    /** @return every problem found, in document order, at least one, never null */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * @return every violation of a domain rule among the problems, its path an absolute JSON path,
     *         in document order; empty if no domain rule was broken (only wrong types, missing or
     *         unknown fields), never null
     */
    public List<Violation> violations() {
        return problems().stream().flatMap(p -> p.violations().stream()).collect(java.util.stream.Collectors.toUnmodifiableList());
    }
}
