package dev.partnering.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class EscalationPolicyTest {

    @Test
    void givesTheTimeAllowedPerLevel() {
        EscalationPolicy p = EscalationPolicy.builder()
                .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(5))
                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(20))
                .build();
        assertEquals(Optional.of(Duration.ofDays(5)), p.timeAllowedAt(GovernanceLevel.OPERATIONAL));
        assertEquals(Optional.empty(), p.timeAllowedAt(GovernanceLevel.TACTICAL));
    }

    @Test
    void needsAtLeastOneLevel() {
        ValidationException e = assertThrows(ValidationException.class, () -> EscalationPolicy.builder().build());
        assertEquals(List.of(Violation.of("timeAllowed", "{}",
                "the escalation policy must give the time allowed for at least one level")), e.violations());
    }

    @Test
    void timesMustBePositiveAndEveryBadOneIsReported() {
        ValidationException e = assertThrows(ValidationException.class, () -> EscalationPolicy.builder()
                .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(-1))
                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofHours(1))
                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ZERO)
                .build());
        // reported from A down, whatever order they were put in
        assertEquals(List.of(
                Violation.of("timeAllowed.STRATEGIC", Duration.ZERO, "time allowed at level A (STRATEGIC) must be positive, was PT0S"),
                Violation.of("timeAllowed.OPERATIONAL", Duration.ofDays(-1),
                        "time allowed at level C (OPERATIONAL) must be positive, was PT-24H")), e.violations());
    }

    @Test
    void theShortestPositiveTimeIsFine() {
        EscalationPolicy p = EscalationPolicy.builder().putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofNanos(1)).build();
        assertEquals(Optional.of(Duration.ofNanos(1)), p.timeAllowedAt(GovernanceLevel.STRATEGIC));
    }
}
