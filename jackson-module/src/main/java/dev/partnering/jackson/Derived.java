package dev.partnering.jackson;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The derived fields of a result that is read by recomputing it from its inputs, e.g. a term
 * status from its term and day: such a field may be left out, and when given it must agree with
 * the recomputed value (decimals by value, so {@code "75.0"} agrees with {@code 75}). Not
 * thread-safe; part of one read.
 */
final class Derived {

    private final In in;
    private final Map<String, Optional<?>> given = new LinkedHashMap<>();

    private Derived(In in) {
        this.in = in;
    }

    /**
     * @param in  the object being read, not null
     * @return the derived fields of the object, none read yet
     */
    static Derived of(In in) {
        return new Derived(in);
    }

    /**
     * Reads a derived field if it is given.
     *
     * @param name  the field's name, not null
     * @param reader  its reader, not null
     * @return this
     */
    <T> Derived field(String name, ValueReader<T> reader) {
        boolean present = in.has(name);
        Optional<T> value = in.opt(name, reader);
        if (present) {
            given.put(name, value);
        }
        return this;
    }

    /**
     * Builds the value from its inputs and checks the derived fields given against it.
     *
     * @param builder  recomputes the value, e.g. {@code () -> ContractTermCalculator.status(term, asOf)}
     * @param derived  the value's derived fields by name, as {@link #values} makes them; an absent
     *        optional field is null
     * @param source  what the value is recomputed from, for the message, e.g. {@code "the term as of 2029-03-15"}
     * @return the value, never null
     */
    <T> T build(Supplier<T> builder, Function<? super T, Map<String, Object>> derived, String source) {
        Object[] computed = new Object[1];
        T value = in.build(() -> {
            T v = builder.get();
            computed[0] = derived.apply(v);
            return v;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) computed[0];
        agree(values, source);
        return value;
    }

    /**
     * @param namesAndValues  name, value, name, value, …; a value may be null (absent)
     * @return the derived values by name, in order, never null
     */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private void agree(Map<String, Object> computed, String source) {
        boolean mismatch = false;
        for (Map.Entry<String, Optional<?>> g : given.entrySet()) {
            Object expected = computed.get(g.getKey());
            Object actual = g.getValue().orElse(null);
            if (!same(expected, actual)) {
                in.reading.problem(JsonPaths.field(in.path(), g.getKey()), g.getKey() + " is " + (actual == null ? "absent" : actual)
                        + ", but " + source + " gives " + (expected == null ? "none" : expected));
                mismatch = true;
            }
        }
        if (mismatch) {
            throw Reading.Abort.INSTANCE;
        }
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
            return e.compareTo(a) == 0;
        }
        return Objects.equals(expected, actual);
    }
}
