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

/** The balance, back-test and simulation per supplier: results, written only, with every field. */
class MultiSupplierAnalysisJsonTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    @Test
    void aMultiSupplierBalanceIsWrittenWithEveryField() {
        MultiSupplierBalance b = BalanceAnalyzer.analyzeSuppliers(MultiSupplierFixtures.withIncentives(),
                Fixtures.sek("250000.00"), 12);
        // a result, written only; the exposures it holds read back
        JsonTesting.assertWritten(b, "own", b.own(), "joint", b.joint(), "suppliers", b.suppliers(), "whole", b.whole(),
                "explanation", b.explanation());
        assertEquals(List.copyOf(b.own().keySet()), JsonTesting.fieldNames(JsonTesting.tree(b).get("own")));
        assertEquals(List.copyOf(b.suppliers().keySet()), JsonTesting.fieldNames(JsonTesting.tree(b).get("suppliers")));
        assertEquals(b.whole(), JsonTesting.roundTrip(b.whole(), dev.partnering.incentive.Exposure.class));
    }

    @Test
    void aMultiSupplierBackTestIsWrittenWithEveryField() {
        MultiSupplierBackTest t = BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(),
                MultiSupplierFixtures.withIncentives(), List.of(MARCH), MultiSupplierFixtures.march(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("10000.02")))));
        // a result, written only: the rows of each supplier as a list of objects naming the supplier
        com.fasterxml.jackson.databind.JsonNode written = JsonTesting.tree(t);
        assertEquals(List.of("suppliers", "whole", "current", "proposed", "explanation"), JsonTesting.fieldNames(written));
        assertEquals(t.suppliers().size(), written.get("suppliers").size());
        int i = 0;
        for (Map.Entry<String, List<dev.partnering.analysis.BackTest.Row>> e : t.suppliers().entrySet()) {
            com.fasterxml.jackson.databind.JsonNode supplier = written.get("suppliers").get(i++);
            assertEquals(List.of("supplierId", "rows"), JsonTesting.fieldNames(supplier));
            assertEquals(e.getKey(), supplier.get("supplierId").textValue());
            assertEquals(JsonTesting.tree(JsonTesting.write(e.getValue())), supplier.get("rows"));
        }
        assertEquals(JsonTesting.tree(JsonTesting.write(t.whole())), written.get("whole"));
        assertEquals(JsonTesting.tree(t.current()), written.get("current"));
        assertEquals(JsonTesting.tree(t.proposed()), written.get("proposed"));
        assertEquals(JsonTesting.tree(t.explanation()), written.get("explanation"));
        // the statements it holds read back
        assertEquals(t.current(), JsonTesting.roundTrip(t.current(), dev.partnering.incentive.MultiSupplierStatement.class));
    }

    @Test
    void aMultiSupplierSimulationIsWrittenWithEveryField() {
        dev.partnering.analysis.MultiSupplierSimulation s = dev.partnering.analysis.Simulator.simulateSuppliers(
                MultiSupplierFixtures.withIncentives(), MARCH,
                Map.of(Fixtures.AVAILABILITY, dev.partnering.incentive.KpiDistribution.sampled(
                        List.of(new java.math.BigDecimal("98.5"), new java.math.BigDecimal("99.9")))),
                Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("100.00"))), 10, 5L);
        // a result, written only
        JsonTesting.assertWritten(s, "periods", 10, "seed", 5L, "suppliers", s.suppliers(), "whole", s.whole(), "customer",
                s.customer(), "explanation", s.explanation());
        assertEquals(List.copyOf(s.suppliers().keySet()), JsonTesting.fieldNames(JsonTesting.tree(s).get("suppliers")));
    }
}
