package dev.partnering.jackson3;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

import dev.partnering.Violation;
import dev.partnering.jackson.common.internal.Locator;
import dev.partnering.jackson.common.internal.ProblemLog;
import dev.partnering.jackson.common.internal.ProblemText;

/**
 * Thrown when JSON cannot be read as a value of the partnering SDK with Jackson 3: it is not
 * well-formed inside the value, breaks a limit, has a field of the wrong type, lacks a required
 * field, has an unknown or duplicated field, names an unknown type, or describes a value that
 * breaks a rule of the domain. It lists <em>every</em> problem found, each with its JSON path from
 * the root of the document ({@code $.measurements[2].value}) and the line and column where it is in
 * the text — the same problems, paths and messages as the Jackson 2 module's exception of the same
 * name. The message reads, for example:
 * <pre>
 * Cannot read PartneringDocument at $ (2 problems):
 *   - $.measurements[0].period: "2026-13" is not a reporting period such as 2026-03, 2026-Q1 or 2026 (line 3, column 38)
 *   - $.measurements[1]: unknown field 'valu'; the fields here are kpiId, period, value, … (line 4, column 39)
 * </pre>
 * <p>
 * This class is immutable and thread-safe in its own state.
 *
 * @since 0.1.0
 */
public final class PartneringJsonException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the value that was being read, e.g. {@code $.measurements}. */
    private final String jsonPath;
    private final transient List<Problem> problems;
    private final transient Map<String, TokenStreamLocation> locations;

    /** How the shared problem text reads a location. */
    static final Locator<TokenStreamLocation> LOCATOR = new Locator<>(TokenStreamLocation::getLineNr,
            TokenStreamLocation::getColumnNr, TokenStreamLocation.NA);

    PartneringJsonException(JsonParser parser, TokenStreamLocation location, String what, String jsonPath,
            List<Problem> problems, Map<String, TokenStreamLocation> locations, Throwable cause) {
        super(parser, ProblemText.render(what, jsonPath, problems.stream().map(Problem::entry).toList(), locations,
                LOCATOR), location, cause);
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.problems = List.copyOf(problems);
        this.locations = Map.copyOf(locations);
    }

    /**
     * One problem found while reading: where, what, and — for a broken rule of the domain — the
     * domain's own violations.
     *
     * @param jsonPath  the JSON path of the offending value, e.g. {@code $.measurements[0].value}, not null
     * @param message  the problem in words, naming the thing and the value, not null
     * @param violations  the domain's violations with their paths made absolute JSON paths;
     *        empty when the problem is not a broken domain rule, not null
     * @param location  where in the text the offending token is, {@link TokenStreamLocation#NA} if unknown, not null
     * @since 0.1.0
     */
    public record Problem(String jsonPath, String message, List<Violation> violations, TokenStreamLocation location) {

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

        /** @return {@code path: message (line L, column C)}, with the violations on the following lines */
        @Override
        public String toString() {
            return ProblemText.of(entry(), LOCATOR);
        }

        private ProblemLog.Entry<TokenStreamLocation> entry() {
            return new ProblemLog.Entry<>(jsonPath, message, violations, location);
        }
    }

    /**
     * @return the JSON path of the value that was being read, e.g. {@code $.measurements} or {@code $}
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
    public Optional<TokenStreamLocation> locationOf(String jsonPath) {
        Objects.requireNonNull(jsonPath, "jsonPath");
        TokenStreamLocation l = locations == null ? null : locations.get(jsonPath);
        return l == null || l.getLineNr() <= 0 ? Optional.empty() : Optional.of(l);
    }

    /** @return every problem found, in document order, at least one, never null */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * @return every violation of a domain rule among the problems, its path an absolute JSON path,
     *         in document order; empty if no domain rule was broken, never null
     */
    public List<Violation> violations() {
        return problems().stream().flatMap(p -> p.violations().stream()).collect(Collectors.toUnmodifiableList());
    }
}
