package dev.partnering.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class GovernanceLevelTest {

    @Test
    void escalatesFromCToBToA() {
        assertEquals(Optional.of(GovernanceLevel.TACTICAL), GovernanceLevel.OPERATIONAL.higher());
        assertEquals(Optional.of(GovernanceLevel.STRATEGIC), GovernanceLevel.TACTICAL.higher());
        assertEquals(Optional.empty(), GovernanceLevel.STRATEGIC.higher());
    }

    @Test
    void aIsAboveBIsAboveC() {
        assertTrue(GovernanceLevel.STRATEGIC.isAbove(GovernanceLevel.TACTICAL));
        assertTrue(GovernanceLevel.TACTICAL.isAbove(GovernanceLevel.OPERATIONAL));
        assertFalse(GovernanceLevel.OPERATIONAL.isAbove(GovernanceLevel.STRATEGIC));
        assertFalse(GovernanceLevel.TACTICAL.isAbove(GovernanceLevel.TACTICAL));
    }

    @Test
    void labels() {
        assertEquals("A (STRATEGIC)", GovernanceLevel.STRATEGIC.label());
        assertEquals("C", GovernanceLevel.OPERATIONAL.letter());
    }
}
