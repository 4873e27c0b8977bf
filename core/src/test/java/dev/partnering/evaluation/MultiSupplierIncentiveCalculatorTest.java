package dev.partnering.evaluation;

import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.MultiSupplierFixtures.NETCO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class MultiSupplierIncentiveCalculatorTest {

    static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    static MultiSupplierStatement march() {
        return MultiSupplierIncentiveCalculator.standard().calculate(MultiSupplierFixtures.withIncentives(), List.of(MARCH),
                PartyScorecardCalculatorTest.march(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(sek("10000.02")))));
    }

    // Scores (PartyScorecardCalculatorTest): acme 0.6, globex 0.5 (availability below target), netco 1, joint 0.5.
    // acme own: bonus −1000 + 0.6 × 2000 = 200.00
    // globex own: pool 10 % × 250,000.00 = 25,000.00; availability missed → credit 20 % × 25,000.00 = −5,000.00
    // netco own: bonus 1 × 3,000 = 3,000.00
    // joint: gain share 50 % × 10,000.02 = 5,000.01 = 500,001 öre → 50/30/20 = 250,000.5 / 150,000.3 / 100,000.2
    //        floors 250,000 + 150,000 + 100,000 = 500,000, 1 öre left → largest remainder (0.5) → acme: 2,500.01 / 1,500.00 / 1,000.00
    //        joint bonus 0.5 × 1,000 = 500.00 → 250.00 / 150.00 / 100.00
    // nets: acme 200.00 + 2,750.01 = 2,950.01; globex −5,000.00 + 1,650.00 = −3,350.00; netco 3,000.00 + 1,100.00 = 4,100.00
    // customer: −(2,950.01 − 3,350.00 + 4,100.00) = −3,700.01
    // relayed by acme, every relayed payment once, both directions: globex's own 5,000.00 (globex → acme → customer)
    //        + globex's joint 1,650.00 + netco's own 3,000.00 + netco's joint 1,100.00 (customer → acme → supplier) = 10,750.00

    @Test
    void eachSupplierEarnsOnItsOwnSchemeAndItsShareOfTheJointOne() {
        MultiSupplierStatement s = march();
        SupplierPeriod acme = s.supplier(LEAD_SUPPLIER).get().period(MARCH).get();
        SupplierPeriod globex = s.supplier(SUPPLIER).get().period(MARCH).get();
        SupplierPeriod netco = s.supplier(NETCO).get().period(MARCH).get();
        assertEquals(sek("2500.01"), acme.jointParts().get("shared-gain"));
        assertEquals(sek("1500.00"), globex.jointParts().get("shared-gain"));
        assertEquals(sek("1000.00"), netco.jointParts().get("shared-gain"));
        assertEquals(sek("2750.01"), acme.jointShare());
        assertEquals(sek("2950.01"), acme.net());
        assertEquals(sek("-3350.00"), globex.net());
        assertEquals(sek("1650.00"), globex.earned());
        assertEquals(sek("5000.00"), globex.bore());
        assertEquals(sek("0"), globex.limits());
        assertEquals(sek("4100.00"), netco.net());
        assertEquals(sek("0"), acme.passedThrough());
        assertEquals(sek("-3350.00"), globex.passedThrough());
        assertEquals(sek("4100.00"), netco.passedThrough());
    }

    @Test
    void theConsolidatedPeriodShowsEveryPartyAndAddsUpToZero() {
        ConsolidatedPeriod c = march().period(MARCH).get();
        assertEquals(Map.of(Fixtures.CUSTOMER, sek("-3700.01"), LEAD_SUPPLIER, sek("2950.01"), SUPPLIER, sek("-3350.00"),
                NETCO, sek("4100.00")), c.netByParty());
        assertEquals(sek("0"), c.netByParty().values().stream().reduce(Money::plus).orElseThrow());
        assertEquals(sek("10750.00"), c.passedThroughLead());
    }

    @Test
    void theLeadRelaysWhatTheOthersEarnAndBear() {
        List<Payment> payments = march().period(MARCH).get().payments();
        // globex bears 5,000.00 on its own scheme: globex → acme → customer
        assertTrue(payments.contains(new Payment(SUPPLIER, LEAD_SUPPLIER, sek("5000.00"), SUPPLIER, Payment.Basis.OWN_SCHEME, true)));
        assertTrue(payments.contains(new Payment(LEAD_SUPPLIER, Fixtures.CUSTOMER, sek("5000.00"), SUPPLIER,
                Payment.Basis.OWN_SCHEME, true)));
        // netco's joint share 1,100.00: customer → acme → netco
        assertTrue(payments.contains(new Payment(Fixtures.CUSTOMER, LEAD_SUPPLIER, sek("1100.00"), NETCO, Payment.Basis.JOINT_SHARE, true)));
        assertTrue(payments.contains(new Payment(LEAD_SUPPLIER, NETCO, sek("1100.00"), NETCO, Payment.Basis.JOINT_SHARE, true)));
        // the lead's own money goes straight to it
        assertTrue(payments.contains(new Payment(Fixtures.CUSTOMER, LEAD_SUPPLIER, sek("200.00"), LEAD_SUPPLIER,
                Payment.Basis.OWN_SCHEME, false)));
        assertEquals(10, payments.size());
    }

    @Test
    void theSupplierStatementsAddUpToTheConsolidatedOne() {
        MultiSupplierStatement s = march();
        s.suppliers().forEach((id, st) -> assertEquals(s.totalByParty().get(id), st.totalNet(), id));
    }

    @Test
    void theExplanationShowsTheSplitAndTheNets() {
        String text = march().explanation().toText();
        assertTrue(text.contains("joint amounts split by shares acme 50 %, globex 30 %, netco 20 %"), text);
        assertTrue(text.contains("earned 1650.00 SEK, bore 5000.00 SEK, floors and caps 0.00 SEK: net = own -5000.00 SEK"
                + " + joint 1650.00 SEK = -3350.00 SEK, relayed by acme"), text);
    }

    @Test
    void aRemedyNamesTheSupplierItIsAgainstAndAJointBreachNamesAll() {
        // availability 98.9 < minimum 99.0 (globex's trigger); end-user satisfaction 2.5 < minimum 3 (the joint trigger)
        dev.partnering.incentive.IncentiveScheme globex = dev.partnering.incentive.IncentiveScheme.builder().supplier(SUPPLIER)
                .addComponents(MultiSupplierFixtures.curve("globex-bonus", "0", "100"))
                .addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.consecutiveBelowMinimum(Fixtures.AVAILABILITY, 1,
                        dev.partnering.incentive.Remedy.REMEDIATION_PLAN)).build();
        dev.partnering.incentive.JointArrangement joint = dev.partnering.incentive.JointArrangement.builder()
                .jointScheme(dev.partnering.incentive.IncentiveScheme.builder()
                        .addComponents(MultiSupplierFixtures.curve("joint-bonus", "0", "100"))
                        .addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.consecutiveBelowMinimum(MultiSupplierFixtures.END_USER,
                                1, dev.partnering.incentive.Remedy.STEP_IN)).build())
                .share(LEAD_SUPPLIER, new java.math.BigDecimal("50")).share(SUPPLIER, new java.math.BigDecimal("30"))
                .share(NETCO, new java.math.BigDecimal("20")).build();
        var agreement = MultiSupplierFixtures.agreementBuilder().addSupplierSchemes(globex).jointArrangement(joint).build();
        var remedies = MultiSupplierIncentiveCalculator.standard().calculate(agreement, List.of(MARCH),
                List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "98.9"),
                        Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "2.5")), List.of(), Map.of())
                .period(MARCH).get().remedies();
        assertEquals(2, remedies.size());
        assertEquals(dev.partnering.incentive.Remedy.REMEDIATION_PLAN, remedies.get(0).finding().remedy());
        assertEquals(List.of(SUPPLIER), remedies.get(0).against());
        assertEquals(dev.partnering.incentive.Remedy.STEP_IN, remedies.get(1).finding().remedy());
        assertEquals(List.of(LEAD_SUPPLIER, SUPPLIER, NETCO), remedies.get(1).against());
    }
}
