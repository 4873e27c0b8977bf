package dev.partnering.jackson;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import dev.partnering.Violation;
import dev.partnering.jackson.common.internal.Locator;
import dev.partnering.jackson.common.internal.ProblemLog;
import dev.partnering.jackson.common.internal.ProblemText;

/**
 * Thrown when JSON cannot be read as a value of the partnering SDK: it is not well-formed inside
 * the value, breaks a limit, has a field of the wrong type, lacks a required field, has an unknown
 * or duplicated field, names an unknown type, or describes a value that breaks a rule of the
 * domain. It lists <em>every</em> problem found, not only the first, each with its JSON path and
 * the line and column where it is in the text.
 * <p>
 * This is the only exception the module's deserializers throw. (Problems outside the value —
 * an empty input, trailing content after it, an I/O error of the source — are reported by Jackson
 * itself before or after the module is involved.) The message reads, for example:
 * <pre>
 * Cannot read PartneringDocument at $ (2 problems):
 *   - $.agreement.kpis[0]: KpiDefinition 'availability' is invalid (2 violations):
 *       - $.agreement.kpis[0].minimum: kpi 'availability': minimum 99.9 must be below target 99.5 for a HIGHER_IS_BETTER kpi [value: 99.9] (line 40, column 9)
 *       - $.agreement.kpis[0].weight: kpi 'availability': weight 0 must be greater than 0 [value: 0] (line 43, column 9)
 *   - $.agreement.currency: currency 'SEKK' is not an ISO-4217 currency code [value: SEKK] (line 5, column 5)
 * </pre>
 * The paths are JSON paths from the root of the document ({@code $}); a violation's path is its
 * domain path appended to the JSON path of the object that broke the rule.
 * <p>
 * Locations: each problem has the line and column of the offending token ({@link Problem#location()}):
 * the field name of an object member, the first token of an array element, the token the parser
 * failed on. A broken domain rule, found after the value was built, is located at the field its
 * path points at ({@link #locationOf(String)}), or at the nearest enclosing field the path reaches
 * when the domain's path names no field of the JSON (a missing field is located at its object).
 * {@link #getLocation()} is the location of the first problem. Locations are as the parser counts
 * them (1-based lines and columns); they are unknown ({@link JsonLocation#NA}) for a value read
 * from a tree rather than from text.
 * <p>
 * Values are echoed abbreviated: a rejected value, or a word of a message, longer than 40
 * characters is cut there and its length given ({@code "aaaa…" (5000000 characters)}), and a
 * problem's message is cut at 1,000 characters, so that no input makes a message large.
 * <p>
 * This class is immutable and thread-safe in its own state (Jackson may add path references to
 * it while it propagates through enclosing deserializers).
 *
 * @since 0.1.0
 */
public final class PartneringJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the first problem, e.g. {@code $.agreement.parties[0].kind}. */
    private final String jsonPath;
    private final transient List<Problem> problems;
    private final transient Map<String, JsonLocation> locations;

    /** How the shared problem text reads a location. */
    static final Locator<JsonLocation> LOCATOR = new Locator<>(JsonLocation::getLineNr, JsonLocation::getColumnNr,
            JsonLocation.NA);

    PartneringJsonException(JsonParser parser, JsonLocation location, String what, String jsonPath,
            List<Problem> problems, Map<String, JsonLocation> locations, Throwable cause) {
        super(ProblemText.render(what, jsonPath, problems.stream().map(Problem::entry).toList(), locations, LOCATOR),
                location, cause);
        this._processor = parser;
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.problems = List.copyOf(problems);
        this.locations = Map.copyOf(locations);
    }

    /**
     * One problem found while reading: where, what, and — for a broken rule of the domain — the
     * domain's own violations.
     *
     * @param jsonPath  the JSON path of the offending value, e.g. {@code $.agreement.kpis[0].minimum}, not null
     * @param message  the problem in words, naming the thing and the value, not null
     * @param violations  the domain's violations with their paths made absolute JSON paths;
     *        empty when the problem is not a broken domain rule (a wrong type, a missing field), not null
     * @param location  where in the text the offending token is, {@link JsonLocation#NA} if unknown, not null
     * @since 0.1.0
     */
    public record Problem(String jsonPath, String message, List<Violation> violations, JsonLocation location) {

        /**
         * Creates a problem.
         *
         * @param jsonPath  the JSON path, not null
         * @param message  the message, not null
         * @param violations  the violations, not null
         * @param location  the location, not null
         */
        public Problem {
            Objects.requireNonNull(jsonPath, "jsonPath");
            Objects.requireNonNull(message, "message");
            violations = List.copyOf(violations);
            Objects.requireNonNull(location, "location");
        }

        /**
         * Creates a problem whose location is unknown.
         *
         * @param jsonPath  the JSON path, not null
         * @param message  the message, not null
         * @param violations  the violations, not null
         */
        public Problem(String jsonPath, String message, List<Violation> violations) {
            this(jsonPath, message, violations, JsonLocation.NA);
        }

        /** @return {@code path: message (line L, column C)}, with the violations on the following lines */
        @Override
        public String toString() {
            return ProblemText.of(entry(), LOCATOR);
        }

        private ProblemLog.Entry<JsonLocation> entry() {
            return new ProblemLog.Entry<>(jsonPath, message, violations, location);
        }
    }

    /**
     * @return the JSON path of the value that was being read, e.g. {@code $.agreement} or {@code $}
     *         for the root of the document, never null
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * Finds where in the text the value at a JSON path of a problem or a violation is.
     *
     * @param jsonPath  the JSON path of one of {@link #problems()} or {@link #violations()}, not null
     * @return its location, empty if the path is none of theirs or its location is unknown, never null
     */
    public Optional<JsonLocation> locationOf(String jsonPath) {
        Objects.requireNonNull(jsonPath, "jsonPath");
        JsonLocation l = locations == null ? null : locations.get(jsonPath);
        return l == null || l.getLineNr() <= 0 ? Optional.empty() : Optional.of(l);
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
