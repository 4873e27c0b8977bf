package dev.partnering.party;

import static dev.partnering.Refusals.assertPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;

class AccountabilityTest {

    private static KpiDefinition kpi(String id, Accountability a) {
        return KpiDefinition.builder().id(id).name(id).unit("%").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(BigDecimal.ONE, BigDecimal.TEN).effectiveFrom(Fixtures.START).accountability(a).build();
    }

    @Test
    void namedAccountabilityIsKeptPerKpi() {
        Agreement a = MultiSupplierFixtures.agreement();
        assertEquals(Optional.of(Accountability.supplier(Fixtures.SUPPLIER)),
                a.accountabilityOf(a.kpiVersions(Fixtures.AVAILABILITY).get(0)));
        assertEquals(Optional.of(Accountability.joint()), a.accountabilityOf(a.kpiVersions(MultiSupplierFixtures.END_USER).get(0)));
        assertEquals(Optional.of(Accountability.customerSide()),
                a.accountabilityOf(a.kpiVersions(MultiSupplierFixtures.DECISIONS).get(0)));
    }

    @Test
    void theSingleSupplierIsImpliedWhenNoneIsNamed() {
        Agreement a = Fixtures.agreementBuilder().addParties(Fixtures.customer(), Fixtures.supplier())
                .governance(dev.partnering.governance.Governance.builder().addLevels(dev.partnering.governance.GovernanceLevel.values()).escalationPolicy(Fixtures.escalationPolicy()).build()).addKpis(Fixtures.availability())
                .currency(Fixtures.SEK).build();
        assertEquals(Optional.of(Accountability.supplier(Fixtures.SUPPLIER)), a.accountabilityOf(Fixtures.availability()));
    }

    @Test
    void withSeveralSuppliersTheLeadIsImpliedAndWithoutALeadNoOne() {
        // the fixture agreement has acme (lead) and globex and names no one: the lead answers
        Agreement a = Fixtures.agreement();
        assertEquals(Optional.of(Accountability.supplier(Fixtures.LEAD_SUPPLIER)), a.accountabilityOf(Fixtures.availability()));
        List<Party> noLead = List.of(Party.supplier("a", "A"), Party.supplier("b", "B"));
        assertEquals(Optional.empty(), Accountability.implied(Optional.empty(), noLead));
    }

    @Test
    void aNamedPartyMustBeASupplierOfTheAgreement() {
        assertPaths(() -> MultiSupplierFixtures.agreementBuilder()
                        .addKpis(kpi("unknown-party", Accountability.supplier("nobody")),
                                kpi("customer-as-supplier", Accountability.supplier(Fixtures.CUSTOMER)))
                        .build(),
                "kpis[5].accountability", "kpis[6].accountability");
    }

    @Test
    void aJointKpiNeedsAtLeastTwoSuppliers() {
        assertPaths(() -> Fixtures.agreementBuilder().addParties(Fixtures.customer(), Fixtures.supplier())
                        .governance(dev.partnering.governance.Governance.builder().addLevels(dev.partnering.governance.GovernanceLevel.values()).escalationPolicy(Fixtures.escalationPolicy()).build())
                        .addKpis(kpi("joint", Accountability.joint())).currency(Fixtures.SEK).build(),
                "kpis[0].accountability");
    }

    @Test
    void aSupplierIdMustBeAValidId() {
        assertPaths(() -> Accountability.supplier("not valid"), "partyId");
        assertPaths(() -> Accountability.supplier(null), "partyId");
    }

    @Test
    void includesTellsWhoAnswers() {
        Party customer = Fixtures.customer();
        Party globex = Fixtures.supplier();
        assertTrue(Accountability.supplier(Fixtures.SUPPLIER).includes(globex));
        assertFalse(Accountability.supplier(Fixtures.SUPPLIER).includes(Fixtures.leadSupplier()));
        assertTrue(Accountability.customerSide().includes(customer));
        assertFalse(Accountability.customerSide().includes(globex));
        assertTrue(Accountability.joint().includes(globex));
        assertFalse(Accountability.joint().includes(customer));
    }
}
