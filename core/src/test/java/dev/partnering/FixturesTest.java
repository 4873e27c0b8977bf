package dev.partnering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;

/** The shared fixture is what its Javadoc promises, so tests built on it can rely on that. */
class FixturesTest {

    private final Agreement agreement = Fixtures.agreement();

    @Test
    void hasOneCustomerAndTwoSuppliersOfWhichOneLeads() {
        assertEquals(List.of(Fixtures.CUSTOMER), ids(agreement.customers()));
        assertEquals(List.of(Fixtures.LEAD_SUPPLIER, Fixtures.SUPPLIER), ids(agreement.suppliers()));
        assertEquals(Fixtures.LEAD_SUPPLIER, agreement.leadSupplier().orElseThrow().id());
    }

    @Test
    void isAThreePlusOnePlusOneTermFrom2026() {
        // 2026-01-01 + 3 years - 1 day = 2028-12-31; + 1 + 1 years = 2030-12-31
        assertEquals(LocalDate.of(2028, 12, 31), agreement.term().initialEndDate());
        assertEquals(LocalDate.of(2030, 12, 31), agreement.term().latestEndDate());
        assertEquals(2, agreement.term().extensionOptions().size());
    }

    @Test
    void everyRoleIsMirroredOnTheOtherSideAtTheSameLevel() {
        assertEquals(9, agreement.governance().roles().size());
        for (Role r : agreement.governance().roles()) {
            Role c = agreement.governance().role(r.counterpart().orElseThrow()).orElseThrow();
            PartyKind side = agreement.party(r.party()).orElseThrow().kind();
            PartyKind otherSide = agreement.party(c.party()).orElseThrow().kind();
            assertEquals(r.level(), c.level(), r.id());
            assertNotEquals(side, otherSide, r.id());
        }
    }

    @Test
    void hasAForumAtEveryLevel() {
        for (GovernanceLevel level : GovernanceLevel.values()) {
            assertEquals(1, agreement.governance().forumsAt(level).size(), level.label());
            assertEquals(3, agreement.governance().rolesAt(level).size(), level.label());
        }
    }

    @Test
    void hasTheThreeKpisAndMonthlySekFeesForTheInitialTerm() {
        assertEquals(List.of(Fixtures.AVAILABILITY, Fixtures.INCIDENT_RESPONSE, Fixtures.TICKET_SLA), agreement.kpiIds());
        assertEquals(36, agreement.feeSchedule().fees().size());
        assertEquals(Fixtures.SEK, agreement.feeSchedule().currency().orElseThrow());
        // 12 × 250,000.00 = 3,000,000.00
        assertEquals(Money.of("3000000.00", "SEK"), agreement.feeSchedule().feeFor(ReportingPeriod.year(2027)).orElseThrow());
    }

    @Test
    void measurementHelpersBuildValidMeasurements() {
        assertTrue(Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "180", "200").isRatio());
        assertEquals("99.7", Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.7")
                .value().orElseThrow().toPlainString());
    }

    private static List<String> ids(List<Party> parties) {
        return parties.stream().map(Party::id).toList();
    }
}
