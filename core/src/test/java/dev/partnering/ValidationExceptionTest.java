package dev.partnering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    private static final String NL = System.lineSeparator();

    @Test
    void listsEveryViolationWithItsPathInOneMessage() {
        ValidationException e = new ValidationException("Agreement 'x'", List.of(
                Violation.of("title", " ", "agreement 'x': title must not be blank"),
                Violation.of("parties", List.of("c"), "an agreement needs at least one supplier")));
        assertEquals("Agreement 'x' is invalid (2 violations):" + NL
                + "  - title: agreement 'x': title must not be blank" + NL
                + "  - parties: an agreement needs at least one supplier", e.getMessage());
        assertEquals("Agreement 'x'", e.subject());
        assertEquals(2, e.violations().size());
        assertEquals("[c]", e.violations().get(1).value());
    }

    @Test
    void singleViolationSaysViolationInTheSingular() {
        ValidationException e = new ValidationException("Party 'a'",
                List.of(Violation.of("name", "", "party 'a': name must not be blank")));
        assertEquals("Party 'a' is invalid (1 violation):" + NL + "  - name: party 'a': name must not be blank",
                e.getMessage());
    }

    @Test
    void aViolationOfTheWholeValueIsItsRuleAlone() {
        ValidationException e = new ValidationException("Cannot build Agreement, some of required attributes are not set [id]");
        assertEquals("Cannot build Agreement, some of required attributes are not set [id]", e.getMessage());
        assertEquals("", e.violations().get(0).path());
        assertNull(e.violations().get(0).value());
    }

    @Test
    void needsAtLeastOneViolation() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException("x", List.of()));
    }

    @Test
    void isAnIllegalArgumentException() {
        assertEquals(IllegalArgumentException.class, ValidationException.class.getSuperclass());
    }

    @Test
    void violationsAreACopy() {
        List<Violation> list = new java.util.ArrayList<>(List.of(Violation.of("a", 1, "r")));
        ValidationException e = new ValidationException("x", list);
        list.clear();
        assertEquals(1, e.violations().size());
        assertThrows(UnsupportedOperationException.class, () -> e.violations().clear());
    }
}
