package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.MultiSupplierIncentiveCalculator;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.incentive.SupplierStatement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The invariants of several suppliers in one room.
 *
 * <p>Tries: each try computes a multi-supplier statement over several periods (twice for the payout that ignores
 * other suppliers' KPIs), so the default build runs {@value #TRIES} tries per property;
 * {@code mvn verify -Pthorough} runs ten times as many ({@link ThoroughTries}).
 */
@AddLifecycleHook(ThoroughTries.class)
class MultiSupplierProperties {

    /** Tries per property in the default build; {@code -Pthorough} runs ten times as many. */
    static final int TRIES = 250;

    @Provide
    Arbitrary<MultiSupplierCase> cases() {
        return MultiSupplierArbitraries.cases();
    }

    private static MultiSupplierStatement run(MultiSupplierCase c) {
        return MultiSupplierIncentiveCalculator.standard().calculate(c.agreement(), c.periods(), c.measurements(), List.of(),
                c.costs());
    }

    private static Money zero(Agreement a) {
        return Money.zero(a.currency());
    }

    @Property(tries = TRIES)
    void movementsBetweenAllPartiesSumToZeroInEveryPeriod(@ForAll("cases") MultiSupplierCase c) {
        for (ConsolidatedPeriod p : run(c).periods()) {
            assertEquals(zero(c.agreement()), p.netByParty().values().stream().reduce(Money::plus).orElseThrow(), p.period()::toString);
            // the lead relays without keeping anything: its net is its own figures' net
            c.agreement().leadSupplier().ifPresent(lead -> {
                assertEquals(p.suppliers().get(lead.id()).net(), p.netByParty().get(lead.id()));
                // what it relayed, both directions: every relayed payment leaves the lead once
                Money relayed = p.payments().stream().filter(x -> x.relay() && x.from().equals(lead.id()))
                        .map(dev.partnering.incentive.Payment::amount).reduce(zero(c.agreement()), Money::plus);
                assertEquals(relayed, p.passedThroughLead());
                // and at least what the others' nets need: gross legs never net out below the nets
                Money nets = p.suppliers().values().stream().map(sp -> sp.passedThrough().abs()).reduce(Money::plus).orElseThrow();
                assertTrue(!p.passedThroughLead().isLessThan(nets), p.period()::toString);
            });
        }
    }

    /**
     * Incomplete data is never a failure: with every measurement of the first period taken away (a period
     * without any input), the calculation still gives every supplier's statement and the movements still sum
     * to zero. Before, a period-wide warning (no KPI id) made cutting the party scorecards fail.
     */
    @Property(tries = TRIES)
    void aPeriodWithoutAnyDataStillBalances(@ForAll("cases") MultiSupplierCase c) {
        var first = c.periods().get(0);
        List<Measurement> rest = c.measurements().stream().filter(m -> !first.contains(m.period())).toList();
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(c.agreement(), c.periods(), rest,
                List.of(), c.costs());
        assertEquals(c.periods().size(), s.periods().size());
        for (ConsolidatedPeriod p : s.periods()) {
            assertEquals(zero(c.agreement()), p.netByParty().values().stream().reduce(Money::plus).orElseThrow(),
                    p.period()::toString);
        }
    }

    @Property(tries = TRIES)
    void supplierStatementsAddUpToTheConsolidatedOne(@ForAll("cases") MultiSupplierCase c) {
        MultiSupplierStatement s = run(c);
        for (Party supplier : c.agreement().suppliers()) {
            SupplierStatement st = s.supplier(supplier.id()).orElseThrow();
            assertEquals(s.totalByParty().get(supplier.id()), st.totalNet(), supplier.id());
            for (ConsolidatedPeriod p : s.periods()) {
                SupplierPeriod sp = st.period(p.period()).orElseThrow();
                assertEquals(p.netByParty().get(supplier.id()), sp.net(), supplier.id() + " " + p.period());
                assertEquals(sp.net(), sp.earned().minus(sp.bore()).plus(sp.limits()));
                assertEquals(sp.net(), sp.own().map(o -> o.net()).orElse(zero(c.agreement())).plus(sp.jointShare()));
            }
        }
        Money suppliers = s.suppliers().values().stream().map(SupplierStatement::totalNet).reduce(Money::plus).orElseThrow();
        Money customers = c.agreement().customers().stream().map(p -> s.totalByParty().get(p.id())).reduce(Money::plus).orElseThrow();
        assertEquals(suppliers, customers.negated());
    }

    @Property(tries = TRIES)
    void jointSplitConservesEveryJointAmount(@ForAll("cases") MultiSupplierCase c) {
        for (ConsolidatedPeriod p : run(c).periods()) {
            var joint = p.joint().orElseThrow();
            // the generator declares one share per supplier, adding up to 100 %
            assertEquals(0, new BigDecimal("100").compareTo(c.agreement().jointArrangement().orElseThrow().sharesPercent().values()
                    .stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            Money shares = p.suppliers().values().stream().map(SupplierPeriod::jointShare).reduce(Money::plus).orElseThrow();
            assertEquals(joint.net(), shares);
            for (ComponentOutcome o : joint.outcomes()) {
                Money parts = p.suppliers().values().stream().map(sp -> sp.jointParts().get(o.componentId()))
                        .reduce(Money::plus).orElseThrow();
                assertEquals(o.amount(), parts, o.componentId());
            }
        }
    }

    @Property(tries = TRIES)
    void aSuppliersPayoutIgnoresKpisItDoesNotAnswerFor(@ForAll("cases") MultiSupplierCase c,
            @ForAll("changes") List<BigDecimal> newValues) {
        Agreement a = c.agreement();
        Party supplier = a.suppliers().get(newValues.size() % a.suppliers().size());
        // change every measurement of a KPI answered for by another supplier or by the customer side
        List<Measurement> changed = new ArrayList<>();
        int i = 0;
        for (Measurement m : c.measurements()) {
            KpiDefinition k = a.kpiVersions(m.kpiId()).get(0);
            Accountability who = a.accountabilityOf(k).orElseThrow();
            boolean others = !(who instanceof Accountability.Joint) && !who.includes(supplier);
            if (others && m.value().isPresent()) {
                changed.add(Measurement.builder().kpiId(m.kpiId()).period(m.period()).recordedAt(m.recordedAt())
                        .value(newValues.get(i++ % newValues.size())).build());
            } else {
                changed.add(m);
            }
        }
        SupplierStatement before = run(c).supplier(supplier.id()).orElseThrow();
        SupplierStatement after = run(c.withMeasurements(changed)).supplier(supplier.id()).orElseThrow();
        for (int p = 0; p < before.periods().size(); p++) {
            SupplierPeriod x = before.periods().get(p);
            SupplierPeriod y = after.periods().get(p);
            assertEquals(x.net(), y.net(), supplier.id() + " " + x.period());
            assertEquals(x.earned(), y.earned());
            assertEquals(x.bore(), y.bore());
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> changes() {
        return net.jqwik.api.Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2).list()
                .ofMinSize(1).ofMaxSize(4);
    }
}
