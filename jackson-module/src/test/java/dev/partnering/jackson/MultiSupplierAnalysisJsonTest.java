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
}
