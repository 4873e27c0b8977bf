package dev.partnering.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * The violations a builder's helper methods found (a cap of 150 %), kept until
 * {@code build()} so that they are reported together with every other problem of the value.
 * Not thread-safe, like the builder that holds it.
 */
public final class Pending {

    private final String subject;
    private final List<Violation> found = new ArrayList<>();

    /** @param subject  what the builder builds, e.g. {@code "KpiDefinition"}, not null */
    public Pending(String subject) {
        this.subject = subject;
    }

    /** Keeps the violations of an exception until build, their paths under a prefix. */
    public void add(String prefix, ValidationException e) {
        e.violations().forEach(v -> found.add(v.prefixed(prefix)));
    }

    /** @return true if the path, or an attribute inside it, is already blamed (an empty list after a rejected entry) */
    private static boolean blamedBy(Set<String> blamed, String path) {
        for (String b : blamed) {
            if (b.equals(path) || b.startsWith(path + ".") || b.startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the value, reporting the kept violations together with the value's own; a value's
     * violation at a path already blamed by a kept one, or enclosing it (e.g. "minimum is required"
     * after "minimum 'x' is not a decimal number", "needs at least one allocation" after a rejected
     * allocation), is left out.
     *
     * @param build  builds the value, not null
     * @param <T>  the type of the value
     * @return the value, if nothing was kept and it builds
     * @throws ValidationException listing every violation
     */
    public <T> T build(Supplier<T> build) {
        if (found.isEmpty()) {
            return build.get();
        }
        List<Violation> all = new ArrayList<>(found);
        Set<String> blamed = new HashSet<>();
        found.forEach(v -> blamed.add(v.path()));
        try {
            build.get();
        } catch (ValidationException e) {
            e.violations().stream().filter(v -> !blamedBy(blamed, v.path())).forEach(all::add);
        }
        throw new ValidationException(subject, all);
    }
}
