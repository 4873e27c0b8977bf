package dev.partnering.review;

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
import dev.partnering.evaluation.MultiSupplierIncentiveCalculator;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** Review E (session 11): multi-supplier rules. */
class ReviewEMultiSupplierTest {

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
}
