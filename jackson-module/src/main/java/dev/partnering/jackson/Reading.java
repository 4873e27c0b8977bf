package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * One read of one value: reads the JSON into a tree, hands it to the value's reader, collects the
 * problems the reader finds and, if there are any, throws them all in one
 * {@link PartneringJsonException}, each problem and violation located at the line and column of
 * the field its path points at. Not thread-safe; one instance per read.
 */
final class Reading {

    /** The most problems one exception lists; the rest are counted. */
    static final int MAX_PROBLEMS = 100;

    /**
     * Thrown by a reader after it recorded a problem, to stop building the value it was reading;
     * caught by the enclosing reader (which goes on with the next field) and finally by
     * {@link #read}. Carries no message or stack trace.
     */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        static final Abort INSTANCE = new Abort();

        private Abort() {
            super(null, null, false, false);
        }
    }

    final JsonParser parser;
    final ModuleConfig config;
    private final List<PartneringJsonException.Problem> problems = new ArrayList<>();
    private int dropped;
    private final String base;
    private final Locations locations = new Locations();
    private JsonNode tree;

    private Reading(JsonParser parser, ModuleConfig config, String base) {
        this.parser = parser;
        this.config = config;
        this.base = base;
    }

    /**
     * Refuses JSON {@code null} where a value of the SDK is read at the root of the input: Jackson
     * would otherwise return null from {@code readValue}.
     *
     * @param p  the parser, on the null, not null
     * @param what  the name of the type read
     * @return the exception to throw, never null
     */
    static PartneringJsonException nullValue(JsonParser p, String what) {
        JsonLocation at = p.currentTokenLocation();
        String path = JsonPaths.ofPosition(p);
        Reading r = new Reading(p, null, path);
        r.add(new PartneringJsonException.Problem(path, "expected " + Families.article(what) + " " + what
                + ", found null", List.of(), at));
        return r.exception(at, what, path, null);
    }

    /**
     * Reads the value the parser is positioned on.
     *
     * @param p  the parser, on the value's first token, not null
     * @param config  the module's configuration, not null
     * @param what  the name of the type read, for the message
     * @param reader  the value's reader, not null
     * @return the value, complete and valid, never null
     * @throws PartneringJsonException listing every problem found
     * @throws IOException only if the source itself fails
     */
    static <T> T read(JsonParser p, ModuleConfig config, String what, ValueReader<T> reader)
            throws IOException {
        JsonLocation start = p.currentTokenLocation();
        String base = JsonPaths.ofCurrentValue(p);
        Reading r = new Reading(p, config, base);
        try {
            r.tree = JsonTree.read(p, PartneringJson.MAX_NESTING_DEPTH, r.locations);
        } catch (JsonTree.TreeProblem e) {
            // malformed JSON inside the value, a broken StreamReadConstraints limit, too deep, a duplicate
            r.add(new PartneringJsonException.Problem(e.path(), e.getMessage(), List.of(), e.location()));
            throw r.exception(start, what, base, e.getCause());
        }
        T value = null;
        try {
            value = reader.read(new In(r, r.tree, base));
        } catch (Abort e) {
            // the problems are recorded
        }
        if (!r.problems.isEmpty() || value == null) {
            if (r.problems.isEmpty()) {
                r.problem(base, "no value could be read");
            }
            throw r.exception(start, what, base, null);
        }
        return value;
    }

    /** @return how many problems have been recorded so far */
    int problemCount() {
        return problems.size() + dropped;
    }

    /** Records a problem that is not a broken domain rule. */
    void problem(String path, String message) {
        add(new PartneringJsonException.Problem(path, message, List.of()));
    }

    /** Records the violations of a domain rule, their paths relative to the object at {@code path}. */
    void violations(String path, ValidationException e, boolean relative) {
        List<Violation> absolute = new ArrayList<>();
        for (Violation v : e.violations()) {
            String where = relative ? JsonPaths.append(path, v.path()) : path;
            absolute.add(Violation.of(where, v.value(), v.rule()));
        }
        if (absolute.size() == 1) {
            add(new PartneringJsonException.Problem(absolute.get(0).path(), absolute.get(0).rule(), absolute));
        } else {
            add(new PartneringJsonException.Problem(path, e.subject() + " is invalid (" + absolute.size() + " violations):",
                    absolute));
        }
    }

    private void add(PartneringJsonException.Problem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new PartneringJsonException.Problem(p.jsonPath(), JsonTree.abbreviateWords(p.message()),
                    p.violations(), p.location()));
        } else {
            dropped++;
        }
    }

    /** @return where the value at the path is in the text: the field or element it points at, or the nearest it reaches */
    private JsonLocation locate(String path) {
        return locations.locate(tree, base, path);
    }

    private PartneringJsonException exception(JsonLocation start, String what, String base, Throwable cause) {
        List<PartneringJsonException.Problem> all = new ArrayList<>();
        Map<String, JsonLocation> where = new HashMap<>();
        for (PartneringJsonException.Problem p : problems) {
            JsonLocation l = p.location().getLineNr() > 0 ? p.location() : locate(p.jsonPath());
            all.add(new PartneringJsonException.Problem(p.jsonPath(), p.message(), p.violations(), l));
            where.putIfAbsent(p.jsonPath(), l);
            for (Violation v : p.violations()) {
                where.putIfAbsent(v.path(), v.path().equals(p.jsonPath()) ? l : locate(v.path()));
            }
        }
        if (dropped > 0) {
            all.add(new PartneringJsonException.Problem(base, dropped + " more problems not listed", List.of(), start));
        }
        JsonLocation first = all.get(0).location().getLineNr() > 0 ? all.get(0).location() : start;
        return new PartneringJsonException(parser, first, what, base, all, where, cause);
    }
}
