package dev.partnering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.function.Executable;

/** Assertions on the paths an invalid value is refused with, for tests in every package. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Asserts that the action throws a ValidationException whose violations name exactly these
     * paths, in any order, each with a rule.
     */
    public static ValidationException assertPaths(Executable action, String... paths) {
        ValidationException e = assertThrows(ValidationException.class, action);
        List<String> found = e.violations().stream().map(Violation::path).sorted().toList();
        assertEquals(Arrays.stream(paths).sorted().toList(), found, e::getMessage);
        e.violations().forEach(v -> assertTrue(!v.rule().isBlank(), e::getMessage));
        return e;
    }

    /** Asserts that the action throws a ValidationException naming at least these paths. */
    public static ValidationException assertNames(Executable action, String... paths) {
        ValidationException e = assertThrows(ValidationException.class, action);
        List<String> found = e.violations().stream().map(Violation::path).toList();
        for (String p : paths) {
            assertTrue(found.contains(p), () -> "no violation at " + p + " in " + e.getMessage());
        }
        return e;
    }
}
