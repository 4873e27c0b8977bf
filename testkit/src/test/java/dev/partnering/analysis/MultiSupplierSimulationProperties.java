package dev.partnering.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.MultiSupplierArbitraries;
import dev.partnering.testkit.MultiSupplierCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.testkit.ThoroughTries;

/**
 * Simulation per supplier and for the whole over generated multi-supplier agreements.
 * <p>
 * 250 tries per property (scaled by {@code -Pthorough}), not jqwik's default 1,000: a try builds and
 * evaluates a whole multi-party agreement.
 */
@AddLifecycleHook(ThoroughTries.class)
class MultiSupplierSimulationProperties {

    @Provide
    Arbitrary<MultiSupplierCase> cases() {
        return MultiSupplierArbitraries.cases();
    }

    /** @return for each KPI, a distribution over the generated measurements' values of that KPI (ratios as their value) */
    private static Map<String, KpiDistribution> distributions(MultiSupplierCase c) {
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        c.measurements().forEach(m -> {
            BigDecimal v = m.value().orElseGet(() -> m.denominator().get().signum() == 0 ? BigDecimal.ZERO
                    : m.numerator().get().divide(m.denominator().get(), 6, java.math.RoundingMode.HALF_EVEN));
            values.computeIfAbsent(m.kpiId(), k -> new java.util.ArrayList<>()).add(v);
        });
        Map<String, KpiDistribution> d = new LinkedHashMap<>();
        values.forEach((k, v) -> d.put(k, KpiDistribution.sampled(v)));
        return d;
    }

    @Property(tries = 250)
    void theWholeLiesWithinTheSumsOfTheSuppliersExtremesAndTheCustomerMirrorsIt(@ForAll("cases") MultiSupplierCase c,
            @ForAll long seed) {
        ReportingPeriod p = c.periods().get(0);
        Map<String, CostOutcome> costs = c.costs().get(p);
        MultiSupplierSimulation s = Simulator.simulateSuppliers(c.agreement(), p, distributions(c), costs, 8, seed);
        Agreement a = c.agreement();
        Money mins = Money.zero(a.currency());
        Money maxes = Money.zero(a.currency());
        for (SimulationReport.Distribution d : s.suppliers().values()) {
            mins = mins.plus(d.min());
            maxes = maxes.plus(d.max());
        }
        // each period's whole is the sum of the suppliers' nets of that period
        assertTrue(!s.whole().min().isLessThan(mins), s.whole().min() + " < " + mins);
        assertTrue(!maxes.isLessThan(s.whole().max()), s.whole().max() + " > " + maxes);
        assertEquals(s.whole().min().negated(), s.customer().max());
        assertEquals(s.whole().max().negated(), s.customer().min());
        assertEquals(a.suppliers().size(), s.suppliers().size());
        MultiSupplierSimulation again = Simulator.simulateSuppliers(a, p, distributions(c), costs, 8, seed);
        assertEquals(s.suppliers(), again.suppliers());
    }
}
