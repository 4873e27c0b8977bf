package dev.partnering.incentive;

import static dev.partnering.Refusals.assertNames;
import static dev.partnering.Refusals.assertPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.money.Money;

class SupplierSchemesTest {

    @Test
    void theAgreementHoldsOneSchemePerSupplierAndTheJointArrangement() {
        Agreement a = MultiSupplierFixtures.withIncentives();
        assertEquals(MultiSupplierFixtures.netcoScheme(), a.supplierScheme(MultiSupplierFixtures.NETCO).get());
        assertEquals(MultiSupplierFixtures.joint(), a.jointArrangement().get());
    }

    @Test
    void aSupplierSchemeReadsOnlyTheKpisItsSupplierAnswersFor() {
        // globex answers for availability, not for the joint end-user satisfaction nor acme's ticket SLA
        IncentiveScheme greedy = IncentiveScheme.builder().supplier(Fixtures.SUPPLIER)
                .addComponents(AtRiskPool.builder().id("p").atRiskPercent(BigDecimal.TEN)
                        .allocate(MultiSupplierFixtures.END_USER, BigDecimal.TEN).allocate(Fixtures.TICKET_SLA, BigDecimal.TEN).build())
                .build();
        assertPaths(() -> MultiSupplierFixtures.agreementBuilder().addSupplierSchemes(greedy).build(),
                "supplierSchemes[0]", "supplierSchemes[0]");
    }

    @Test
    void eachSchemeNamesADistinctSupplierAndTheSingleSchemeIsNotMixedIn() {
        IncentiveScheme unnamed = IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("x", "0", "1")).build();
        assertNames(() -> MultiSupplierFixtures.agreementBuilder()
                        .addSupplierSchemes(MultiSupplierFixtures.netcoScheme(), MultiSupplierFixtures.netcoScheme(), unnamed)
                        .incentiveScheme(MultiSupplierFixtures.acmeScheme()).build(),
                "supplierSchemes[1].supplier", "supplierSchemes[2].supplier", "supplierSchemes", "supplierSchemes[1].components");
    }

    @Test
    void theJointSchemeReadsOnlyJointKpisAndTheSharesCoverEverySupplier() {
        JointArrangement j = JointArrangement.builder()
                .jointScheme(IncentiveScheme.builder().addComponents(AtRiskPool.builder().id("p").atRiskPercent(BigDecimal.TEN)
                        .allocate(Fixtures.AVAILABILITY, BigDecimal.TEN).build()).build())
                .share(Fixtures.LEAD_SUPPLIER, new BigDecimal("60")).share("stranger", new BigDecimal("40")).build();
        assertPaths(() -> MultiSupplierFixtures.agreementBuilder().jointArrangement(j).build(),
                "jointArrangement.jointScheme", "jointArrangement.sharesPercent.stranger", "jointArrangement.sharesPercent",
                "jointArrangement.sharesPercent");
    }

    @Test
    void sharesAddUpToAHundredAndAreNotNegative() {
        assertPaths(() -> JointArrangement.builder().leadPassThrough(true).share("a", new BigDecimal("-10"))
                .share("b", new BigDecimal("90")).share("c", new BigDecimal("10")).build(), "sharesPercent.a", "sharesPercent");
        assertPaths(() -> JointArrangement.builder().build(), "jointScheme");
        assertPaths(() -> JointArrangement.builder().jointScheme(MultiSupplierFixtures.netcoScheme()).build(), "sharesPercent");
    }

    @Test
    void passThroughNeedsALead() {
        Agreement.Builder noLead = Fixtures.agreementBuilder().addParties(Fixtures.customer(), Fixtures.supplier(),
                        dev.partnering.party.Party.supplier("other", "Other"))
                .governance(dev.partnering.governance.Governance.builder().addLevels(dev.partnering.governance.GovernanceLevel.values())
                        .escalationPolicy(Fixtures.escalationPolicy()).build())
                .currency(Fixtures.SEK).jointArrangement(JointArrangement.builder().leadPassThrough(true).build());
        assertPaths(noLead::build, "jointArrangement.leadPassThrough");
    }

    @Test
    void theSplitIsExactWithTiesToTheEarlierListedSupplier() {
        // 0.01 split 50/50: 0.5 öre each, remainders tie → the earlier-listed (b) gets the öre
        JointArrangement j = JointArrangement.builder().leadPassThrough(true).share("a", new BigDecimal("50"))
                .share("b", new BigDecimal("50")).build();
        Map<String, Money> parts = j.split(Fixtures.sek("0.01"), java.util.List.of("b", "a"));
        assertEquals(Map.of("b", Fixtures.sek("0.01"), "a", Fixtures.sek("0.00")), parts);
    }
}
