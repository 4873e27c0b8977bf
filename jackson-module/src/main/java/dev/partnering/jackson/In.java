package dev.partnering.jackson;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnering.ValidationException;

/**
 * A JSON value being read, with its path: typed access to its fields and elements that records a
 * problem instead of failing on the first one, and {@link #build} that turns the fields read into
 * a value only when nothing went wrong below it. Not thread-safe; part of one {@link Reading}.
 */
final class In {

    final Reading reading;
    final JsonNode node;
    // the path is written only when a problem needs it: a parent and this value's field name or index
    private final In parent;
    private final String name;
    private final int index;
    private String path;
    private final int problemsAtStart;
    // the fields read, in order, without repeats: a list, as objects have few fields
    private final List<String> consumed = new ArrayList<>(8);
    private Set<String> consumedSet; // beside the list once an object has more than a few fields

    In(Reading reading, JsonNode node, String path) {
        this(reading, node, null, null, -1);
        this.path = path;
    }

    private In(Reading reading, JsonNode node, In parent, String name, int index) {
        this.reading = reading;
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.problemsAtStart = reading.problemCount();
    }

    /** @return the JSON path of this value, e.g. {@code $.agreement.kpis[2]} */
    String path() {
        if (path == null) {
            path = name != null ? JsonPaths.field(parent.path(), name) : JsonPaths.index(parent.path(), index);
        }
        return path;
    }

    private void markConsumed(String field) {
        if (!isConsumed(field)) {
            consumed.add(field);
            if (consumedSet != null) {
                consumedSet.add(field);
            } else if (consumed.size() > 8) {
                consumedSet = new java.util.HashSet<>(consumed);
            }
        }
    }

    private boolean isConsumed(String field) {
        return consumedSet != null ? consumedSet.contains(field) : consumed.contains(field);
    }

    // ---------------------------------------------------------------- problems

    /**
     * Records a problem with this value.
     *
     * @param message  the problem, naming the value
     * @return the abort to throw, never null
     */
    Reading.Abort fail(String message) {
        reading.problem(path(), message);
        return Reading.Abort.INSTANCE;
    }

    /** @return e.g. {@code a string "abc"}, {@code an object}, for messages */
    static String describe(JsonNode n) {
        switch (n.getNodeType()) {
            case STRING:
                return "the string \"" + JsonTree.abbreviate(n.textValue()) + "\"";
            case NUMBER:
                return "the number " + JsonTree.abbreviate(n.asText());
            case BOOLEAN:
                return n.booleanValue() ? "true" : "false";
            case NULL:
                return "null";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return n.getNodeType().toString().toLowerCase();
        }
    }

    // ---------------------------------------------------------------- shape

    /**
     * Requires this value to be an object.
     *
     * @param what  what the object is, e.g. {@code "an agreement"}
     * @return this
     */
    In object(String what) {
        if (!node.isObject()) {
            throw fail("expected " + what + " as a JSON object, found " + describe(node));
        }
        return this;
    }

    /** Marks a field as read without reading it. */
    void consume(String name) {
        markConsumed(name);
    }

    private In child(String name, JsonNode value) {
        return new In(reading, value, this, name, -1);
    }

    private JsonNode field(String name) {
        markConsumed(name);
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    // ---------------------------------------------------------------- fields

    /** @return the required field read, or null if it is missing or a problem was recorded */
    <T> T req(String name, ValueReader<T> reader) {
        JsonNode v = field(name);
        if (v == null) {
            reading.problem(JsonPaths.field(path(), name), "required field '" + name + "' is missing");
            return null;
        }
        try {
            return reader.read(child(name, v));
        } catch (Reading.Abort e) {
            return null;
        }
    }

    /** Reads a required field into a builder; the setter is not called if the field has a problem. */
    <T> void req(String name, ValueReader<T> reader, Consumer<? super T> setter) {
        T value = req(name, reader);
        if (value != null) {
            setter.accept(value);
        }
    }

    /** @return the optional field read; empty if absent, null, or if a problem was recorded */
    <T> Optional<T> opt(String name, ValueReader<T> reader) {
        JsonNode v = field(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(child(name, v)));
        } catch (Reading.Abort e) {
            return Optional.empty();
        }
    }

    /** Reads an optional field into a builder, if present and without a problem. */
    <T> void opt(String name, ValueReader<T> reader, Consumer<? super T> setter) {
        opt(name, reader).ifPresent(setter);
    }

    /** @return the array field read element by element; empty if absent, every good element if some have problems */
    <T> List<T> list(String name, ValueReader<T> reader) {
        JsonNode v = field(name);
        if (v == null) {
            return List.of();
        }
        try {
            return child(name, v).elements(reader);
        } catch (Reading.Abort e) {
            return List.of();
        }
    }

    /** Reads an array field into a builder's {@code addAllX}. */
    <T> void list(String name, ValueReader<T> reader, Consumer<? super List<T>> setter) {
        setter.accept(list(name, reader));
    }

    /** @return the object field read as a map by field name, in document order; empty if absent */
    <T> Map<String, T> map(String name, ValueReader<T> reader) {
        JsonNode v = field(name);
        if (v == null) {
            return Map.of();
        }
        try {
            return child(name, v).entries(reader);
        } catch (Reading.Abort e) {
            return Map.of();
        }
    }

    /** @return the object field read as a map whose keys are enum constant names, in document order; empty if absent */
    <E extends Enum<E>, V> Map<E, V> enumMap(String name, Class<E> keys, ValueReader<V> reader) {
        JsonNode v = field(name);
        if (v == null) {
            return Map.of();
        }
        try {
            return child(name, v).enumEntries(keys, reader);
        } catch (Reading.Abort e) {
            return Map.of();
        }
    }

    /** @return this object's fields read as a map whose keys are enum constant names, in document order */
    <E extends Enum<E>, V> Map<E, V> enumEntries(Class<E> keys, ValueReader<V> reader) {
        Map<String, V> raw = entries(reader);
        Map<E, V> result = new LinkedHashMap<>();
        for (Map.Entry<String, V> e : raw.entrySet()) {
            E key = null;
            for (E k : keys.getEnumConstants()) {
                if (k.name().equals(e.getKey())) {
                    key = k;
                }
            }
            if (key == null) {
                reading.problem(JsonPaths.field(path(), e.getKey()), "\"" + JsonTree.abbreviate(e.getKey())
                        + "\" is not one of " + Arrays.stream(keys.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            } else {
                result.put(key, e.getValue());
            }
        }
        return result;
    }

    /** @return this array's elements read, every good one; records a problem per bad one */
    <T> List<T> elements(ValueReader<T> reader) {
        if (!node.isArray()) {
            throw fail("expected an array, found " + describe(node));
        }
        List<T> result = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            In in = new In(reading, e, this, null, i);
            if (e.isNull()) {
                in.fail("null is not allowed in a list");
                continue;
            }
            try {
                result.add(reader.read(in));
            } catch (Reading.Abort x) {
                // recorded; go on with the next element
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** @return this object's fields read as a map by name, in document order */
    <T> Map<String, T> entries(ValueReader<T> reader) {
        if (!node.isObject()) {
            throw fail("expected an object, found " + describe(node));
        }
        Map<String, T> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            markConsumed(e.getKey());
            In in = child(e.getKey(), e.getValue());
            if (e.getValue().isNull()) {
                in.fail("null is not allowed as a value here");
                continue;
            }
            try {
                result.put(e.getKey(), reader.read(in));
            } catch (Reading.Abort x) {
                // recorded; go on with the next entry
            }
        }
        return Collections.unmodifiableMap(result);
    }

    // ---------------------------------------------------------------- scalars of this value

    /** @return this value as a string */
    String text() {
        if (!node.isTextual()) {
            throw fail("expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    /**
     * @return this value as an exact decimal: a string such as {@code "1.50"} or a JSON number,
     *         never through {@code double}, within the module's decimal limits
     */
    BigDecimal decimal() {
        BigDecimal v;
        if (node.isTextual()) {
            String s = node.textValue();
            if (s.length() > PartneringJson.MAX_DECIMAL_TEXT_LENGTH) {
                throw fail("a decimal of " + s.length() + " characters is longer than the "
                        + PartneringJson.MAX_DECIMAL_TEXT_LENGTH + " allowed");
            }
            try {
                v = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw fail("\"" + JsonTree.abbreviate(s) + "\" is not a decimal number");
            }
        } else if (node.isBigDecimal() || node.isIntegralNumber()) {
            v = node.decimalValue();
        } else if (node.isFloatingPointNumber() && Double.isFinite(node.doubleValue())) {
            // only from a parser that already holds doubles (e.g. a tree built elsewhere)
            v = node.decimalValue();
        } else {
            throw fail("expected a decimal number as a string (\"1.5\") or a number, found " + describe(node));
        }
        if (v.precision() > PartneringJson.MAX_DECIMAL_DIGITS || Math.abs((long) v.scale()) > PartneringJson.MAX_DECIMAL_SCALE) {
            throw fail("decimal " + JsonTree.abbreviate(v.toString()) + " is beyond the limits: at most "
                    + PartneringJson.MAX_DECIMAL_DIGITS + " significant digits and a scale from -"
                    + PartneringJson.MAX_DECIMAL_SCALE + " to " + PartneringJson.MAX_DECIMAL_SCALE);
        }
        return v;
    }

    /** @return this value as an int: a JSON whole number within the int range */
    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fail("expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", found "
                    + describe(node));
        }
        return node.intValue();
    }

    /** @return this value as a boolean: JSON true or false */
    boolean bool() {
        if (!node.isBoolean()) {
            throw fail("expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** @return this value as the enum constant with that exact name (UPPER_SNAKE) */
    <E extends Enum<E>> E enumOf(Class<E> type) {
        String s = text();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw fail("\"" + JsonTree.abbreviate(s) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * Parses this string value.
     *
     * @param what  what the text must be, e.g. {@code "an ISO-8601 date such as 2026-03-31"}
     * @param parser  the parser; may throw {@link ValidationException}, {@link DateTimeException}
     *        or {@link IllegalArgumentException}
     * @return the parsed value, never null
     */
    <T> T parse(String what, Function<String, T> parser) {
        String s = text();
        try {
            return parser.apply(s);
        } catch (ValidationException e) {
            reading.violations(path(), e, false);
            throw Reading.Abort.INSTANCE;
        } catch (DateTimeException | IllegalArgumentException e) {
            throw fail("\"" + JsonTree.abbreviate(s) + "\" is not " + what);
        }
    }

    // ---------------------------------------------------------------- building

    /**
     * Builds the value from the fields read, unless a problem was recorded while reading them (or
     * an unknown field is found): then nothing is built. Violations of the domain's rules become
     * problems whose paths are this object's path and the violations' own paths.
     *
     * @param builder  builds the value, e.g. {@code b::build}
     * @return the value, never null
     */
    <T> T build(Supplier<T> builder) {
        checkUnknownFields();
        if (reading.problemCount() > problemsAtStart) {
            throw Reading.Abort.INSTANCE;
        }
        try {
            T value = builder.get();
            if (value == null) {
                throw fail("no value could be built");
            }
            return value;
        } catch (ValidationException e) {
            reading.violations(path(), e, true);
            throw Reading.Abort.INSTANCE;
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void checkUnknownFields() {
        if (!node.isObject() || !reading.config.failOnUnknownFields()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!isConsumed(name)) {
                reading.problem(JsonPaths.field(path(), name), "unknown field '" + JsonTree.abbreviate(name)
                        + "'; the fields here are " + String.join(", ", consumed));
            }
        }
    }
}
