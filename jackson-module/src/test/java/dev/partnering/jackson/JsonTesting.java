package dev.partnering.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Mappers and helpers shared by the module's tests. */
final class JsonTesting {

    /** A mapper as {@link PartneringJson#mapper()} makes it. */
    static final ObjectMapper MAPPER = PartneringJson.mapper();

    /** A plain mapper with the module registered and Jackson's default limits. */
    static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new PartneringModule());

    /** A mapper that reads JSON text into trees, to compare documents as trees. */
    private static final ObjectMapper TREES = new ObjectMapper();

    private JsonTesting() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the value written by the module and parsed as a plain tree */
    static JsonNode tree(Object value) {
        return tree(write(value));
    }

    static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a value is written as an object with exactly the given fields, in this order,
     * each holding its expected value as the format writes it: decimals as strings (plain, or
     * E-notation at a negative scale), enums by their names, dates, periods and text as strings,
     * numbers and booleans as such, lists as arrays, maps as objects (in any order), an empty {@code Optional} as no field at all,
     * and any other value as it is written on its own.
     *
     * @param value  the value written
     * @param namesAndValues  field name, expected value, field name, expected value, …
     */
    static void assertWritten(Object value, Object... namesAndValues) {
        JsonNode written = tree(value);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object expected = namesAndValues[i + 1];
            if (expected instanceof java.util.Optional<?> o && o.isEmpty()) {
                continue;
            }
            names.add(name);
            org.junit.jupiter.api.Assertions.assertEquals(expected(expected), written.get(name),
                    name + " of " + value.getClass().getSimpleName() + " in " + written);
        }
        org.junit.jupiter.api.Assertions.assertEquals(names, fieldNames(written), "the fields of " + written);
    }

    private static JsonNode expected(Object v) {
        if (v instanceof java.util.Optional<?> o) {
            return expected(o.orElseThrow());
        }
        if (v instanceof java.math.BigDecimal d) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(d.scale() >= 0 ? d.toPlainString() : d.toString());
        }
        if (v instanceof Enum<?> e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(e.name());
        }
        if (v instanceof String || v instanceof java.time.LocalDate || v instanceof java.time.Period) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(v.toString());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return tree(String.valueOf(v));
        }
        if (v instanceof java.util.Map<?, ?> m) {
            com.fasterxml.jackson.databind.node.ObjectNode o = TREES.createObjectNode();
            m.forEach((k, e) -> o.set(k instanceof Enum<?> key ? key.name() : (String) k, expected(e)));
            return o;
        }
        if (v instanceof java.util.Collection<?> c) {
            com.fasterxml.jackson.databind.node.ArrayNode a = TREES.createArrayNode();
            c.forEach(e -> a.add(expected(e)));
            return a;
        }
        return tree(v);
    }

    /** @return the names of an object's fields, in the order written */
    static java.util.List<String> fieldNames(JsonNode object) {
        java.util.List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    /** @return the value written and read back */
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value, Class<? super T> type) {
        try {
            return (T) MAPPER.readValue(write(value), type);
        } catch (IOException e) {
            throw new AssertionError("could not read back " + write(value), e);
        }
    }

    static String resource(String name) {
        try (InputStream in = JsonTesting.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
