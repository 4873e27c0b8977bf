package dev.partnering.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class RoleTest {

    private static Role.Builder role() {
        return Role.builder().id("acme-B").title("Delivery manager").party("acme")
                .level(GovernanceLevel.TACTICAL).mandate("Delivery quality");
    }

    @Test
    void buildsWithOptionalCounterpartAndHolder() {
        Role r = role().counterpart("region-B").holder("Kim Berg").build();
        assertEquals(Optional.of("region-B"), r.counterpart());
        assertEquals(Optional.of("Kim Berg"), r.holder());
        assertEquals(Optional.empty(), role().build().counterpart());
    }

    @Test
    void cannotBeItsOwnCounterpart() {
        ValidationException e = assertThrows(ValidationException.class, () -> role().counterpart("acme-B").build());
        assertEquals(List.of(Violation.of("counterpart", "acme-B", "role 'acme-B' cannot be its own counterpart")),
                e.violations());
    }

    @Test
    void rejectsBlankTitleAndMandateAndABadIdAllAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> Role.builder().id("acme B").title("")
                .party("acme").level(GovernanceLevel.TACTICAL).mandate(" ").build());
        assertEquals(List.of("id", "title", "mandate"), e.violations().stream().map(Violation::path).toList());
        assertEquals("role 'acme B': title must not be blank", e.violations().get(1).rule());
        assertEquals("role 'acme B': mandate must not be blank", e.violations().get(2).rule());
    }

    @Test
    void requiresPartyAndLevel() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Role.builder().id("r").title("t").mandate("m").build());
        assertEquals(List.of("party", "level"), e.violations().stream().map(dev.partnering.Violation::path).toList(),
                e.getMessage());
    }
}
