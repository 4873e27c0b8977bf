package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.examples.data.Invoice;
import dev.partnering.incentive.ConsortiumSplit;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.money.Money;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

class MunicipalConsortiumScenarioTest {

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void anInvoiceIsSplitByPopulationToTheOre() {
        // 409,635.75 × 48,500 / 100,000 = 198,673.33875; × 31,200 / 100,000 = 127,806.354; × 20,300 / 100,000 = 83,156.05725
        // rounded down: 198,673.33 + 127,806.35 + 83,156.05 = 409,635.73, two öre left; they go to the largest
        // remainders, Northfield (0.875 öre) and Westmere (0.725 öre), not Eastbrook (0.4 öre)
        Map<String, Money> parts = ConsortiumSplit.byWeights(sek("409635.75"), MunicipalConsortiumScenario.POPULATION);
        assertEquals(Map.of("northfield", sek("198673.34"), "eastbrook", sek("127806.35"), "westmere", sek("83156.06")), parts);
    }

    @Test
    void everyInvoiceSplitsExactlyAndTheYearAddsUp() throws Exception {
        List<Invoice> invoices = MunicipalConsortiumScenario.invoices();
        assertEquals(24, invoices.size());
        for (Invoice i : invoices) {
            Money sum = ConsortiumSplit.byWeights(i.amount(), MunicipalConsortiumScenario.POPULATION).values().stream()
                    .reduce(Money::plus).orElseThrow();
            assertEquals(i.amount(), sum, i.id());
        }
        Map<String, Map<String, Money>> shares = MunicipalConsortiumScenario.shares(invoices);
        // maintenance: 12 × 85,000 = 1,020,000, shared exactly 48.5 % / 31.2 % / 20.3 %
        assertEquals(Map.of("northfield", sek("494700.00"), "eastbrook", sek("318240.00"), "westmere", sek("207060.00")),
                shares.get("maintenance"));
        // development: 3,719 hours × 1,187.35 = 4,415,754.65, and the members' parts add up to exactly that
        assertEquals(sek("4415754.65"), shares.get("development").values().stream().reduce(Money::plus).orElseThrow());
    }

    @Test
    void iterationReviewsAreAmendmentsAndEachQuarterUsesTheVersionInForce() throws Exception {
        AgreementHistory history = MunicipalConsortiumScenario.history();
        assertEquals(4, history.versions().size());
        assertEquals("Sara Ek", history.current().agreement().governance().role("oc-delivery").orElseThrow()
                .holder().orElseThrow());
        List<Scorecard> q = MunicipalConsortiumScenario.quarters();
        // Q1, version 1: 72 points → (72 − 60) / 20 = 0.6; fixes 17/20 = 0.85 → (0.85 − 0.75) / 0.2 = 0.5;
        //     release not due (out of scope): left out; (0.6 + 0.5) / 2 = 0.55
        assertDecimal("0.55", q.get(0).score().orElseThrow());
        assertEquals(KpiStatus.NOT_DETERMINED, q.get(0).line("release-2").orElseThrow().status());
        // Q2, version 2 (task adjusted: target 70): 70 points → 1; fixes 18/20 = 0.9 → 0.75; (1 + 0.75) / 2 = 0.875
        assertEquals(2, q.get(1).line("delivered-scope").orElseThrow().version().orElseThrow());
        assertDecimal("0.875", q.get(1).score().orElseThrow());
        // Q3, version 3 (deadline moved to November): the release is out of scope in Q3 instead of failing;
        //     78 points → 1 + (78 − 70) / 20 × 0.2 = 1.08; fixes 19/20 = 0.95 → 1; (1.08 + 1) / 2 = 1.04
        assertEquals(KpiStatus.NOT_DETERMINED, q.get(2).line("release-2").orElseThrow().status());
        assertDecimal("1.04", q.get(2).score().orElseThrow());
        // Q4: 76 points → 1.06; fixes 24/25 = 0.96 → 1 (no stretch); release in production 2026-11-24 → 1;
        //     (1.06 + 1 + 1) / 3 = 1.02
        assertEquals(KpiStatus.MET, q.get(3).line("release-2").orElseThrow().status());
        assertDecimal("1.02", q.get(3).score().orElseThrow());
    }
}
