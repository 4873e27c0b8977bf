package dev.partnering.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ResponsibilityAreaTest {

    @Test
    void buildsWithAnOptionalDescription() {
        ResponsibilityArea a = ResponsibilityArea.builder().id("servers").name("Server operations").owner("globex")
                .description("Physical and virtual servers in both data centres").build();
        assertEquals("globex", a.owner());
        assertEquals(Optional.empty(), ResponsibilityArea.of("servers", "Server operations", "globex").description());
    }

    @Test
    void rejectsABadIdAndABlankName() {
        ValidationException e = assertThrows(ValidationException.class, () -> ResponsibilityArea.of("server ops", " ", "globex"));
        assertEquals(List.of(
                Violation.of("id", "server ops", "responsibility area id 'server ops' must be 1 to 64 letters, digits, "
                        + "'-', '_' or '.', starting with a letter or digit"),
                Violation.of("name", " ", "responsibility area 'server ops': name must not be blank")), e.violations());
    }
}
