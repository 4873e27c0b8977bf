package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.analysis.BackTester;
import dev.partnering.analysis.BalanceAnalyzer;
import dev.partnering.analysis.MultiSupplierBackTest;
import dev.partnering.analysis.MultiSupplierBalance;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.period.ReportingPeriod;

/** The balance and back-test per supplier read back as written. */
class MultiSupplierAnalysisJsonTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    @Test
    void aMultiSupplierBalanceRoundTrips() {
        MultiSupplierBalance b = BalanceAnalyzer.analyzeSuppliers(MultiSupplierFixtures.withIncentives(),
                Fixtures.sek("250000.00"), 12);
        MultiSupplierBalance read = JsonTesting.roundTrip(b, MultiSupplierBalance.class);
        assertEquals(JsonTesting.tree(b), JsonTesting.tree(read));
        assertEquals(b.suppliers(), read.suppliers());
        assertEquals(b.whole(), read.whole());
    }

    @Test
    void aMultiSupplierBackTestRoundTrips() {
        MultiSupplierBackTest t = BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(),
                MultiSupplierFixtures.withIncentives(), List.of(MARCH), MultiSupplierFixtures.march(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("10000.02")))));
        MultiSupplierBackTest read = JsonTesting.roundTrip(t, MultiSupplierBackTest.class);
        assertEquals(JsonTesting.tree(t), JsonTesting.tree(read));
        assertEquals(t.suppliers(), read.suppliers());
        assertEquals(t.whole(), read.whole());
    }

    @Test
    void aMultiSupplierSimulationRoundTrips() {
        dev.partnering.analysis.MultiSupplierSimulation s = dev.partnering.analysis.Simulator.simulateSuppliers(
                MultiSupplierFixtures.withIncentives(), MARCH,
                Map.of(Fixtures.AVAILABILITY, dev.partnering.incentive.KpiDistribution.sampled(
                        List.of(new java.math.BigDecimal("98.5"), new java.math.BigDecimal("99.9")))),
                Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("100.00"))), 10, 5L);
        dev.partnering.analysis.MultiSupplierSimulation read = JsonTesting.roundTrip(s, dev.partnering.analysis.MultiSupplierSimulation.class);
        assertEquals(JsonTesting.tree(s), JsonTesting.tree(read));
        assertEquals(s.suppliers(), read.suppliers());
        assertEquals(s.whole(), read.whole());
        assertEquals(5L, read.seed());
    }
}
