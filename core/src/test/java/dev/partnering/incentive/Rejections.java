package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.function.Executable;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/** Assertions on the violations an invalid value is refused with. */
public final class Rejections {

    private Rejections() {
    }

    /** Asserts that the action is refused with exactly this one violation. */
    public static ValidationException assertOnly(Executable action, String path, Object value, String rule) {
        ValidationException e = assertThrows(ValidationException.class, action);
        assertEquals(List.of(Violation.of(path, value, rule)), e.violations(), e::getMessage);
        return e;
    }

    /** Asserts that the action is refused with exactly these violations, in this order. */
    public static ValidationException assertViolations(Executable action, Violation... expected) {
        ValidationException e = assertThrows(ValidationException.class, action);
        assertEquals(List.of(expected), e.violations(), e::getMessage);
        return e;
    }
}
