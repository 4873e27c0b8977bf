package dev.partnering.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ForumTest {

    private static Forum.Builder forum() {
        return Forum.builder().id("delivery-board").name("Delivery board")
                .level(GovernanceLevel.TACTICAL).cadence(Cadence.MONTHLY);
    }

    @Test
    void buildsWithParticipantsInOrder() {
        Forum f = forum().addParticipants("region-B", "acme-B").build();
        assertEquals(List.of("region-B", "acme-B"), f.participants());
    }

    @Test
    void needsAtLeastOneParticipant() {
        ValidationException e = assertThrows(ValidationException.class, () -> forum().build());
        assertEquals(List.of(Violation.of("participants", List.of(),
                "forum 'delivery-board' needs at least one participating role")), e.violations());
    }

    @Test
    void listsEachParticipantOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> forum().addParticipants("region-B", "acme-B", "region-B").build());
        assertEquals(List.of(Violation.of("participants", List.of("region-B", "acme-B", "region-B"),
                "forum 'delivery-board' lists a role more than once: [region-B, acme-B, region-B]")), e.violations());
    }

    @Test
    void rejectsABadIdAndABlankName() {
        ValidationException e = assertThrows(ValidationException.class, () -> Forum.builder().id("").name(" ")
                .level(GovernanceLevel.TACTICAL).cadence(Cadence.MONTHLY).addParticipants("a").build());
        assertEquals(List.of("id", "name"), e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void cadenceIntervals() {
        assertEquals(Period.ofWeeks(1), Cadence.WEEKLY.interval());
        assertEquals(Period.ofWeeks(2), Cadence.BIWEEKLY.interval());
        assertEquals(Period.ofMonths(3), Cadence.QUARTERLY.interval());
        assertEquals(Period.ofYears(1), Cadence.ANNUALLY.interval());
    }
}
