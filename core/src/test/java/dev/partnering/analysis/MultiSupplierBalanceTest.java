package dev.partnering.analysis;

import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.MultiSupplierFixtures.NETCO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.MultiSupplierFixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;

class MultiSupplierBalanceTest {

    /** The three suppliers' schemes and a joint bonus of 0 to 1,000.00 split 50/30/20. */
    static Agreement boundedJoint() {
        Agreement a = MultiSupplierFixtures.withIncentives();
        JointArrangement joint = JointArrangement.builder()
                .jointScheme(IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "0", "1000")).build())
                .share(LEAD_SUPPLIER, new BigDecimal("50")).share(SUPPLIER, new BigDecimal("30"))
                .share(NETCO, new BigDecimal("20")).build();
        return a.withSupplierSchemes(a.supplierSchemes(), Optional.of(joint));
    }

    @Test
    void perSupplierOwnPlusShareOfJointAndTheWhole() {
        // fee 250,000.00 per month
        // acme: own curve −1,000..1,000 → up 1,000.00, down 1,000.00; + 50 % of the joint 0..1,000 → up 1,500.00, down 1,000.00
        // globex: pool 10 % × 250,000.00 = 25,000.00, 20 % allocated → at most 5,000.00 credited; + 30 % of joint → up 300.00, down 5,000.00
        // netco: own curve 0..3,000 → up 3,000.00, down 0; + 20 % of joint → up 3,200.00, down 0
        // whole: up 1,000 + 0 + 3,000 + 1,000 (joint) = 5,000.00; down 1,000 + 5,000 + 0 + 0 = 6,000.00
        MultiSupplierBalance b = BalanceAnalyzer.analyzeSuppliers(boundedJoint(), sek("250000.00"), 12);
        assertEquals(new Exposure(Optional.of(sek("1500.00")), Optional.of(sek("1000.00"))), b.supplier(LEAD_SUPPLIER).get());
        assertEquals(new Exposure(Optional.of(sek("300.00")), Optional.of(sek("5000.00"))), b.supplier(SUPPLIER).get());
        assertEquals(new Exposure(Optional.of(sek("3200.00")), Optional.of(sek("0"))), b.supplier(NETCO).get());
        assertEquals(new Exposure(Optional.of(sek("5000.00")), Optional.of(sek("6000.00"))), b.whole());
        assertEquals(3, b.own().size());
        assertEquals(Optional.of(sek("1000.00")), b.joint().orElseThrow().upsidePerPeriod());
        assertTrue(b.own().get(SUPPLIER).warnings().stream().anyMatch(w -> w.contains("allocations sum below 100 %")),
                b.own().get(SUPPLIER).warnings().toString());
        String text = b.explanation().toText();
        assertTrue(text.contains("supplier " + NETCO + ": own scheme + 20 % of the joint scheme → upside 3200.00 SEK"), text);
    }

    @Test
    void anUnboundedJointGainShareLeavesEveryUpsideUnbounded() {
        // the fixture's joint gain share pays 50 % of any saving: no upside bound for the joint scheme
        MultiSupplierBalance b = BalanceAnalyzer.analyzeSuppliers(MultiSupplierFixtures.withIncentives(), sek("250000.00"), 12);
        assertEquals(Optional.empty(), b.joint().orElseThrow().upsidePerPeriod());
        assertEquals(Optional.empty(), b.supplier(NETCO).get().upside());
        assertEquals(Optional.empty(), b.whole().upside());
    }

    @Test
    void anAgreementWithoutPerSupplierSchemesIsRefused() {
        assertThrows(ValidationException.class, () -> BalanceAnalyzer.analyzeSuppliers(MultiSupplierFixtures.agreement(),
                sek("250000.00"), 12));
    }
}
