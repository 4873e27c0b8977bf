package dev.partnering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void rendersPathAndRule() {
        Violation v = Violation.of("roles[3].counterpart", "x", "role 'r' names counterpart 'x', which is not a role");
        assertEquals("roles[3].counterpart: role 'r' names counterpart 'x', which is not a role", v.toString());
        assertEquals("x", v.value());
    }

    @Test
    void withoutPathRendersTheRuleAlone() {
        assertEquals("the rule", Violation.of("", null, "the rule").toString());
        assertNull(Violation.of("", null, "the rule").value());
    }

    @Test
    void prefixingNestsThePath() {
        Violation v = Violation.of("roles[3].counterpart", "x", "rule");
        assertEquals("governance.roles[3].counterpart", v.prefixed("governance").path());
        assertEquals("governance", Violation.of("", "x", "rule").prefixed("governance").path());
        assertEquals("roles[3].counterpart", v.prefixed("").path());
    }

    @Test
    void equalityIsByPathValueAndRule() {
        assertEquals(Violation.of("a", 1, "r"), Violation.of("a", "1", "r"));
        assertEquals(Violation.of("a", 1, "r").hashCode(), Violation.of("a", "1", "r").hashCode());
        assertNotEquals(Violation.of("a", 1, "r"), Violation.of("b", 1, "r"));
        assertNotEquals(Violation.of("a", 1, "r"), Violation.of("a", 2, "r"));
        assertNotEquals(Violation.of("a", 1, "r"), Violation.of("a", 1, "s"));
    }
}
