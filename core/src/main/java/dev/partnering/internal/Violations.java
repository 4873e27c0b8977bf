package dev.partnering.internal;

import java.util.function.Supplier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * Collects the violations of one value while it is checked, then throws them all at once.
 * Not thread-safe; use one instance per check.
 */
public final class Violations {

    private final String subject;
    private final List<Violation> found = new ArrayList<>();

    private Violations(String subject) {
        this.subject = subject;
    }

    /**
     * @param subject  what is being checked, e.g. {@code "KpiDefinition 'availability'"}
     * @return an empty collector
     */
    public static Violations of(String subject) {
        return new Violations(subject);
    }

    /** Records a violation unless {@code ok}. */
    public Violations require(boolean ok, String path, Object value, String rule) {
        if (!ok) {
            found.add(Violation.of(path, value, rule));
        }
        return this;
    }

    /** Records a violation unless {@code ok}; the rule is formatted only if it is read. */
    public Violations require(boolean ok, String path, Object value, Supplier<String> rule) {
        if (!ok) {
            found.add(Violation.of(path, value, rule));
        }
        return this;
    }

    /** Records a violation whose rule is formatted only if it is read. */
    public Violations add(String path, Object value, Supplier<String> rule) {
        found.add(Violation.of(path, value, rule));
        return this;
    }

    /**
     * Records a violation if a required value is null.
     *
     * @return true if the value is present
     */
    public boolean required(String path, Object value) {
        if (value == null) {
            found.add(Violation.of(path, null, () -> path + " is required: null is not allowed"));
            return false;
        }
        return true;
    }

    /**
     * Records a violation if a required decimal is null or out of the {@linkplain Limits bounds}.
     *
     * @param path  the path of the decimal, not null
     * @param x  the decimal, may be null (a violation)
     * @return true if the decimal is present and within bounds
     */
    public boolean decimal(String path, BigDecimal x) {
        return required(path, x) && Limits.check(this, path, x);
    }

    /**
     * Records a violation if a required collection is null, and one for each null element, at
     * {@code path[i]} in iteration order.
     *
     * @param path  the path of the collection, not null
     * @param xs  the collection, may be null (a violation)
     * @return true if the collection and all its elements are present
     */
    public boolean requiredAll(String path, Collection<?> xs) {
        if (!required(path, xs)) {
            return false;
        }
        boolean ok = true;
        int i = 0;
        for (Object x : xs) {
            ok &= required(path + "[" + i++ + "]", x);
        }
        return ok;
    }

    /**
     * Records a violation if a required map is null, one at {@code "path key"} for each null key,
     * one at {@code path[key]} for each null value, and one for each decimal value out of the
     * {@linkplain Limits bounds}.
     *
     * @param path  the path of the map, not null
     * @param map  the map, may be null (a violation)
     * @return true if the map, its keys and values are present and its decimal values within bounds
     */
    public boolean requiredEntries(String path, Map<?, ?> map) {
        if (!required(path, map)) {
            return false;
        }
        boolean ok = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object x = e.getValue();
            if (e.getKey() != null && x != null && (!(x instanceof BigDecimal d) || Limits.within(d))) {
                continue; // the common case, without writing the entry's path
            }
            String p = path + "[" + Limits.show(e.getKey()) + "]";
            ok &= required(path + " key", e.getKey());
            ok &= x instanceof BigDecimal d ? Limits.check(this, p, d) : required(p, x);
        }
        return ok;
    }

    /**
     * Checks the parameters of a factory or record constructor: each must be present, and each
     * decimal within the SDK's bounds.
     *
     * @param subject  what is being built, not null
     * @param namesAndValues  pairs of a parameter's name and its value
     * @throws ValidationException naming every null or out-of-bounds parameter
     */
    public static void requirePresent(String subject, Object... namesAndValues) {
        boolean ok = true;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object x = namesAndValues[i + 1];
            ok &= x != null && (!(x instanceof java.math.BigDecimal d) || Limits.within(d));
        }
        if (ok) {
            return;
        }
        Violations v = of(subject);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object x = namesAndValues[i + 1];
            if (v.required(name, x) && x instanceof java.math.BigDecimal d) {
                Limits.check(v, name, d);
            }
        }
        v.throwIfAny();
    }

    /** Records a violation. */
    public Violations add(String path, Object value, String rule) {
        found.add(Violation.of(path, value, rule));
        return this;
    }

    /** Records the violations of a nested value under a path prefix. */
    public Violations addAll(String prefix, List<Violation> nested) {
        for (Violation v : nested) {
            found.add(v.prefixed(prefix));
        }
        return this;
    }

    /** @return true if no violation was recorded */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return the violations recorded so far, a copy */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** @throws ValidationException listing every violation, if any was recorded */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(subject, found);
        }
    }
}
