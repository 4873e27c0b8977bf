package dev.partnering.evaluation;

import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.MultiSupplierFixtures.NETCO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/** multi-supplier rules. */
class MultiSupplierRulesTest {

    static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    /** netco: own bonus +3,000.00 (network at target); joint bonus −1,000.00 (end users at minimum), split 50/30/20; acme relays. */
    static MultiSupplierStatement ownGainJointLoss() {
        IncentiveScheme netco = IncentiveScheme.builder().supplier(NETCO)
                .addComponents(MultiSupplierFixtures.curve("netco-bonus", "0", "3000")).build();
        JointArrangement joint = JointArrangement.builder()
                .jointScheme(IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "-1000", "1000")).build())
                .share(LEAD_SUPPLIER, new BigDecimal("50")).share(SUPPLIER, new BigDecimal("30"))
                .share(NETCO, new BigDecimal("20")).leadPassThrough(true).build();
        Agreement a = MultiSupplierFixtures.agreementBuilder().addSupplierSchemes(netco).jointArrangement(joint).build();
        return MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH),
                List.of(Fixtures.measurement(MultiSupplierFixtures.NETWORK, "2026-03", "99.8"),
                        Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "3")),
                List.of(), Map.of());
    }

    @Test
    void netsAreAsExpected() {
        MultiSupplierStatement s = ownGainJointLoss();
        SupplierPeriod netco = s.supplier(NETCO).get().period(MARCH).get();
        assertEquals(sek("3000.00"), netco.earned());
        assertEquals(sek("200.00"), netco.bore());
        assertEquals(sek("2800.00"), netco.net());
        ConsolidatedPeriod c = s.periods().get(0);
        assertEquals(Money.zero(Fixtures.SEK), c.netByParty().values().stream().reduce(Money::plus).orElseThrow());
    }

    /**
     * ConsolidatedPeriod#passedThroughLead: "the total the lead relayed for the other suppliers, both directions".
     * The lead relays 3,000.00 to netco and 200.00 from netco, and 300.00 from globex: 3,500.00 both directions.
     */
    @Test
    void passedThroughLeadIsWhatTheLeadRelayedBothDirections() {
        ConsolidatedPeriod c = ownGainJointLoss().periods().get(0);
        Money relayedLegs = c.payments().stream().filter(Payment::relay)
                .filter(p -> !p.supplierId().equals(LEAD_SUPPLIER))
                .filter(p -> p.from().equals(LEAD_SUPPLIER) ? !p.to().equals(Fixtures.customer().id()) : p.to().equals(LEAD_SUPPLIER)
                        && !p.from().equals(Fixtures.customer().id()))
                .map(Payment::amount).reduce(Money::plus).orElseThrow();
        assertEquals(sek("3500.00"), relayedLegs);
        assertEquals(relayedLegs, c.passedThroughLead());
    }

    /** Ties to the earlier-listed party, for a negative amount too (a joint malus of one minor unit). */
    @Test
    void negativeTieGoesToTheEarlierListed() {
        JointArrangement j = JointArrangement.builder()
                .jointScheme(IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "0", "1")).build())
                .share("a", new BigDecimal("50")).share("b", new BigDecimal("50")).build();
        Currency jpy = Currency.getInstance("JPY");
        Map<String, Money> pos = j.split(Money.of(new BigDecimal("1"), jpy), List.of("a", "b"));
        Map<String, Money> neg = j.split(Money.of(new BigDecimal("-1"), jpy), List.of("a", "b"));
        assertEquals(Money.of(BigDecimal.ONE, jpy), pos.get("a"));
        assertEquals(Money.of(BigDecimal.ZERO, jpy), pos.get("b"));
        assertEquals(Money.of(new BigDecimal("-1"), jpy), neg.get("a"));
        assertEquals(Money.of(BigDecimal.ZERO, jpy), neg.get("b"));
        Currency bhd = Currency.getInstance("BHD");
        Map<String, Money> neg3 = j.split(Money.of(new BigDecimal("-0.001"), bhd), List.of("b", "a"));
        assertEquals(Money.of(new BigDecimal("-0.001"), bhd), neg3.get("b"));
    }

    static Agreement.Builder threeSuppliers(String acme, String globex, String netco, IncentiveScheme jointScheme, boolean relay) {
        JointArrangement joint = JointArrangement.builder().jointScheme(jointScheme)
                .share(LEAD_SUPPLIER, new BigDecimal(acme)).share(SUPPLIER, new BigDecimal(globex))
                .share(NETCO, new BigDecimal(netco)).leadPassThrough(relay).build();
        return MultiSupplierFixtures.agreementBuilder().jointArrangement(joint);
    }

    /**
     * JointArrangement: "its net per period is split among the suppliers by declared shares exactly [...] largest remainder".
     * Two joint components of 0.01 each, shares 34/33/33: the joint net 0.02 split by largest remainder is
     * acme 0.01, globex 0.01, netco 0.00; split component by component, acme gets both öre (34 % share, 100 % of the money).
     */
    @org.junit.jupiter.api.Disabled("open: each joint component is split on its own and the parts summed, so the earlier-listed supplier can get up to one minor unit per component beyond a split of the joint net")
    @Test
    void jointShareIsTheLargestRemainderSplitOfTheJointNet() {
        IncentiveScheme js = IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("j1", "0", "0.01"),
                MultiSupplierFixtures.curve("j2", "0", "0.01")).build();
        Agreement a = threeSuppliers("34", "33", "33", js, false).build();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH),
                List.of(Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "4")), List.of(), Map.of());
        ConsolidatedPeriod c = s.periods().get(0);
        assertEquals(sek("0.02"), c.joint().orElseThrow().net());
        Map<String, Money> expected = a.jointArrangement().orElseThrow().split(sek("0.02"), List.of(LEAD_SUPPLIER, SUPPLIER, NETCO));
        assertEquals(sek("0.01"), expected.get(SUPPLIER));
        java.util.Map<String, Money> actual = new java.util.LinkedHashMap<>();
        c.suppliers().forEach((id, sp) -> actual.put(id, sp.jointShare()));
        assertEquals(expected, actual);
    }

    /** Built twice, and with measurements and periods shuffled: equal results. */
    @Test
    void builtTwiceAndShuffledAreEqual() {
        List<ReportingPeriod> periods = List.of(MARCH, ReportingPeriod.parse("2026-04"));
        List<dev.partnering.kpi.Measurement> m = new java.util.ArrayList<>(MultiSupplierFixtures.march());
        m.add(Fixtures.measurement(MultiSupplierFixtures.NETWORK, "2026-04", "99.1"));
        m.add(Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-04", "3.7"));
        m.add(Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "3.9"));
        Map<ReportingPeriod, Map<String, dev.partnering.incentive.CostOutcome>> costs = Map.of(MARCH,
                Map.of("shared-gain", dev.partnering.incentive.CostOutcome.savings(sek("10000.03"))));
        MultiSupplierStatement one = MultiSupplierIncentiveCalculator.standard().calculate(MultiSupplierFixtures.withIncentives(),
                periods, m, List.of(), costs);
        MultiSupplierStatement two = MultiSupplierIncentiveCalculator.standard().calculate(MultiSupplierFixtures.withIncentives(),
                periods, m, List.of(), costs);
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        List<dev.partnering.kpi.Measurement> r = new java.util.ArrayList<>(m);
        java.util.Collections.reverse(r);
        MultiSupplierStatement three = MultiSupplierIncentiveCalculator.standard().calculate(MultiSupplierFixtures.withIncentives(),
                List.of(periods.get(1), periods.get(0)), r, List.of(), costs);
        assertEquals(one.totalByParty(), three.totalByParty());
        assertEquals(one.periods().get(0).payments(), three.periods().get(0).payments());
        assertEquals(one.explanation().toText(), three.explanation().toText());
        assertEquals(one, three);
    }

    /** Yen (no minor digits): joint gain share 50 % of 1,001 = 500.5 → 500 (HALF_EVEN), split 33.34/33.33/33.33 → 167/167/166. */
    @Test
    void yenJointSplit() {
        Currency jpy = Currency.getInstance("JPY");
        IncentiveScheme js = IncentiveScheme.builder().addComponents(dev.partnering.incentive.GainShare.builder().id("shared-gain")
                .tier(Money.zero(jpy), new BigDecimal("50")).build()).build();
        JointArrangement joint = JointArrangement.builder().jointScheme(js)
                .share(LEAD_SUPPLIER, new BigDecimal("33.34")).share(SUPPLIER, new BigDecimal("33.33"))
                .share(NETCO, new BigDecimal("33.33")).leadPassThrough(true).build();
        Agreement a = Fixtures.agreementBuilder().addAllParties(MultiSupplierFixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(MultiSupplierFixtures.kpis()).jointArrangement(joint).currency(jpy)
                .feeSchedule(dev.partnering.agreement.FeeSchedule.monthly(Money.of(new BigDecimal("1000000"), jpy),
                        java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2028, 12))).build();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH), List.of(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", dev.partnering.incentive.CostOutcome.savings(Money.of(new BigDecimal("1001"), jpy)))));
        ConsolidatedPeriod c = s.periods().get(0);
        assertEquals(Money.of(new BigDecimal("167"), jpy), c.suppliers().get(LEAD_SUPPLIER).net());
        assertEquals(Money.of(new BigDecimal("167"), jpy), c.suppliers().get(SUPPLIER).net());
        assertEquals(Money.of(new BigDecimal("166"), jpy), c.suppliers().get(NETCO).net());
        assertEquals(Money.of(new BigDecimal("-500"), jpy), c.netByParty().get(Fixtures.customer().id()));
        assertEquals(Money.of(BigDecimal.ZERO, jpy), c.netByParty().get(LEAD_SUPPLIER).minus(c.suppliers().get(LEAD_SUPPLIER).net()));
    }

    /** The lead listed last, two customers, customer weights on the joint scheme: everything adds up to zero, the lead keeps only its own. */
    @Test
    void leadListedLastTwoCustomers() {
        IncentiveScheme js = IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "-1000.01", "1000.03"))
                .putCustomerWeights(Fixtures.customer().id(), new BigDecimal("2")).putCustomerWeights("region-2", BigDecimal.ONE).build();
        IncentiveScheme netco = IncentiveScheme.builder().supplier(NETCO)
                .addComponents(MultiSupplierFixtures.curve("netco-bonus", "-0.05", "3000.01")).build();
        JointArrangement joint = JointArrangement.builder().jointScheme(js)
                .share(SUPPLIER, new BigDecimal("33.3")).share(NETCO, new BigDecimal("33.3")).share(LEAD_SUPPLIER, new BigDecimal("33.4"))
                .leadPassThrough(true).build();
        Agreement a = Fixtures.agreementBuilder().addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance()).addAllKpis(MultiSupplierFixtures.kpis()).currency(Fixtures.SEK)
                .feeSchedule(Fixtures.feeSchedule()).addAllParties(List.of(Fixtures.customer(), Party.customer("region-2", "Region 2"),
                Fixtures.supplier(), dev.partnering.party.Party.supplier(NETCO, "NetCo"), Fixtures.leadSupplier()))
                .addSupplierSchemes(netco).jointArrangement(joint).build();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH),
                List.of(Fixtures.measurement(MultiSupplierFixtures.NETWORK, "2026-03", "99.37"),
                        Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "3.33")), List.of(), Map.of());
        ConsolidatedPeriod c = s.periods().get(0);
        Money zero = Money.zero(Fixtures.SEK);
        assertEquals(zero, c.netByParty().values().stream().reduce(Money::plus).orElseThrow());
        assertEquals(c.suppliers().get(LEAD_SUPPLIER).net(), c.netByParty().get(LEAD_SUPPLIER));
        assertEquals(c.suppliers().get(SUPPLIER).net(), c.netByParty().get(SUPPLIER));
        assertEquals(c.suppliers().get(NETCO).net(), c.netByParty().get(NETCO));
        Money jointNet = c.joint().orElseThrow().net();
        assertEquals(jointNet, c.suppliers().values().stream().map(SupplierPeriod::jointShare).reduce(Money::plus).orElseThrow());
        for (Payment p : c.payments()) {
            if (!p.supplierId().equals(LEAD_SUPPLIER)) {
                org.junit.jupiter.api.Assertions.assertTrue(p.relay() && (p.from().equals(LEAD_SUPPLIER) || p.to().equals(LEAD_SUPPLIER)), p.toString());
            }
        }
    }

    /**
     * DOMAIN "Incomplete data is never silent": a period in which a KPI has no data says so on its face (a warning naming
     * the KPI and period). Joint scheme only; network uptime (netco's) and decision days (customer side) have no data in March.
     */
    @Test
    void missingKpisOfPartiesWithoutASchemeAreNamed() {
        IncentiveScheme js = IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "0", "1000")).build();
        Agreement a = threeSuppliers("50", "30", "20", js, false).build();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH),
                List.of(Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "4")), List.of(), Map.of());
        String text = s.explanation().toText();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(MultiSupplierFixtures.NETWORK), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(MultiSupplierFixtures.DECISIONS), text);
    }

    /** Control: when netco has its own scheme, its missing KPI is named (so the scorecard warnings do reach a scheme's statement). */
    @Test
    void missingKpiOfASupplierWithASchemeIsNamed() {
        IncentiveScheme js = IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "0", "1000")).build();
        Agreement a = threeSuppliers("50", "30", "20", js, false).addSupplierSchemes(MultiSupplierFixtures.netcoScheme()).build();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH),
                List.of(Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "4")), List.of(), Map.of());
        String text = s.explanation().toText();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(MultiSupplierFixtures.NETWORK), text);
        org.junit.jupiter.api.Assertions.assertFalse(s.periods().get(0).suppliers().get(NETCO).own().orElseThrow().warnings().isEmpty());
    }

    /** Javadoc of calculate: periods "one granularity, distinct": a duplicate period must be refused, not computed twice. */
    @Test
    void duplicatePeriodIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(dev.partnering.ValidationException.class, () -> MultiSupplierIncentiveCalculator
                .standard().calculate(MultiSupplierFixtures.withIncentives(), List.of(MARCH, MARCH), MultiSupplierFixtures.march(),
                        List.of(), Map.of()));
    }

    /** Javadoc of calculate: periods "one granularity": a month and a quarter together must be refused. */
    @Test
    void mixedGranularityIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(dev.partnering.ValidationException.class, () -> MultiSupplierIncentiveCalculator
                .standard().calculate(MultiSupplierFixtures.withIncentives(), List.of(MARCH, ReportingPeriod.parse("2026-Q2")),
                        MultiSupplierFixtures.march(), List.of(), Map.of()));
    }

    /** A cost outcome for a period that is not computed: the single-supplier calculator's behaviour is the reference. */
    @Test
    void costOfAPeriodNotAskedFor() {
        Map<ReportingPeriod, Map<String, dev.partnering.incentive.CostOutcome>> costs = Map.of(ReportingPeriod.parse("2026-04"),
                Map.of("shared-gain", dev.partnering.incentive.CostOutcome.savings(sek("100.00"))));
        Throwable multi = null;
        try {
            MultiSupplierIncentiveCalculator.standard().calculate(MultiSupplierFixtures.withIncentives(), List.of(MARCH),
                    MultiSupplierFixtures.march(), List.of(), costs);
        } catch (RuntimeException e) {
            multi = e;
        }
        Throwable single = null;
        try {
            dev.partnering.evaluation.IncentiveCalculator.standard().calculate(MultiSupplierFixtures.agreementBuilder()
                    .addSupplierSchemes(MultiSupplierFixtures.acmeScheme()).build(), MultiSupplierFixtures.acmeScheme(), List.of(MARCH),
                    MultiSupplierFixtures.march(), List.of(), Map.of(ReportingPeriod.parse("2026-04"), Map.of("acme-bonus",
                            dev.partnering.incentive.CostOutcome.savings(sek("100.00")))));
        } catch (RuntimeException e) {
            single = e;
        }
        assertEquals(single == null, multi == null, "single " + single + " / multi " + multi);
    }

    /**
     * The consolidated explanation must not show a payment that is not made: the joint scheme is evaluated "as a scheme
     * paying the first supplier", and its step says "acme 1000.00 SEK, region-nord -1000.00 SEK" although acme gets 500.00.
     */
    @org.junit.jupiter.api.Disabled("open: the joint scheme is evaluated as paying the first supplier, and its own explanation says so before the split by shares")
    @Test
    void explanationDoesNotPayTheWholeJointNetToTheFirstSupplier() {
        IncentiveScheme js = IncentiveScheme.builder().addComponents(MultiSupplierFixtures.curve("joint-bonus", "0", "1000")).build();
        Agreement a = threeSuppliers("50", "30", "20", js, false).build();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(MARCH),
                List.of(Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "4")), List.of(), Map.of());
        assertEquals(sek("500.00"), s.periods().get(0).netByParty().get(LEAD_SUPPLIER));
        String text = s.explanation().toText();
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("acme 1000.00 SEK"), text);
        org.junit.jupiter.api.Assertions.assertFalse(s.periods().get(0).joint().orElseThrow().netByParty().containsKey(LEAD_SUPPLIER),
                "joint period's netByParty " + s.periods().get(0).joint().orElseThrow().netByParty());
    }

    /**
     * DOMAIN: "a strict policy refuses to compute money for a period whose data are incomplete". IncentiveCalculator has
     * strict(); MultiSupplierIncentiveCalculator has no strict variant (always IncentiveCalculator.standard()) and no
     * continueFrom / opening balance, so neither can be had with several suppliers.
     */
    @org.junit.jupiter.api.Disabled("open: MultiSupplierIncentiveCalculator has no strict() variant yet (incomplete data is warned about, never refused)")
    @Test
    void multiSupplierCalculatorHasAStrictVariant() {
        org.junit.jupiter.api.Assertions.assertTrue(java.util.Arrays.stream(MultiSupplierIncentiveCalculator.class.getMethods())
                .anyMatch(m -> m.getName().equals("strict")), "no strict() on MultiSupplierIncentiveCalculator");
    }
}
