package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.party.Party;

/** Edges the brief names. */
class StatementEdgeTest {

    @Test
    void theSupplierCannotAlsoBeACustomer() {
        assertThrows(ValidationException.class, () -> Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addParties(Party.customer(Fixtures.LEAD_SUPPLIER, "Acme as a customer"))
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .incentiveScheme(IncentiveFixtures.noIncentives()).build());
    }
}
