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
