package dev.partnering.evaluation;

import static dev.partnering.Fixtures.measurement;
import static dev.partnering.Fixtures.ratioMeasurement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.PartyScorecards;
import dev.partnering.scorecard.ScorecardLine;

class PartyScorecardCalculatorTest {

    static List<Measurement> march() {
        return List.of(measurement(Fixtures.AVAILABILITY, "2026-03", "99.25"),
                ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "93", "100"),
                measurement(MultiSupplierFixtures.NETWORK, "2026-03", "99.8"),
                measurement(MultiSupplierFixtures.END_USER, "2026-03", "3.5"),
                measurement(MultiSupplierFixtures.DECISIONS, "2026-03", "5"));
    }

    @Test
    void eachPartyHoldsTheKpisItAnswersFor() {
        // availability (globex) 99.25 on 99.0/99.5 → a = 0.25/0.5 = 0.5, weight 2
        // ticket SLA (acme) 93/100 = 0.93 on 0.90/0.95 → a = 0.03/0.05 = 0.6, weight 1
        // network uptime (netco) 99.8 on 99.0/99.8 → a = 1, weight 1
        // end-user satisfaction (joint) 3.5 on 3/4 → a = 0.5, weight 2
        // decision days (customer side) 5 on 10/5, lower is better → a = 1, weight 1
        // whole = (2×0.5 + 0.6 + 1 + 2×0.5 + 1) / 7 = 4.6 / 7 = 0.657142857… → 0.657143
        PartyScorecards s = PartyScorecardCalculator.standard().calculate(MultiSupplierFixtures.agreement(),
                ReportingPeriod.parse("2026-03"), march());
        assertScore("0.657143", s.whole().score());
        assertScore("0.5", s.supplier(Fixtures.SUPPLIER).get().score());
        assertScore("0.6", s.supplier(Fixtures.LEAD_SUPPLIER).get().score());
        assertScore("1", s.supplier(MultiSupplierFixtures.NETCO).get().score());
        assertScore("0.5", s.joint().score());
        assertScore("1", s.customerSide().score());
        assertEquals(List.of(Fixtures.AVAILABILITY), s.supplier(Fixtures.SUPPLIER).get().lines().stream()
                .map(ScorecardLine::kpiId).toList());
        assertEquals(List.of(MultiSupplierFixtures.END_USER), s.joint().lines().stream().map(ScorecardLine::kpiId).toList());
        assertEquals(List.of(), s.unassigned());
    }

    @Test
    void aPeriodWithoutAnyDataWarnsEveryPart() {
        // no measurement at all in March: the whole carries a warning about the whole period (kpi id "", NO_INPUT),
        // which concerns every party's scorecard as well; before, cutting such a scorecard failed with an NPE
        PartyScorecards s = PartyScorecardCalculator.standard().calculate(MultiSupplierFixtures.agreement(),
                ReportingPeriod.parse("2026-03"), List.of());
        assertTrue(s.whole().warnings().stream().anyMatch(w -> w.kpiId().isEmpty()), s.whole().warnings().toString());
        for (var part : List.of(s.supplier(Fixtures.SUPPLIER).get(), s.joint(), s.customerSide())) {
            assertTrue(part.warnings().stream().anyMatch(w -> w.kpiId().isEmpty()), part.warnings().toString());
        }
    }

    @Test
    void thePartyLinesAreTheLinesOfTheWhole() {
        PartyScorecards s = PartyScorecardCalculator.standard().calculate(MultiSupplierFixtures.agreement(),
                ReportingPeriod.parse("2026-03"), march());
        assertSame(s.whole().line(Fixtures.AVAILABILITY).get(), s.supplier(Fixtures.SUPPLIER).get().line(Fixtures.AVAILABILITY).get());
        assertSame(s.whole().line(MultiSupplierFixtures.END_USER).get(), s.joint().line(MultiSupplierFixtures.END_USER).get());
        int held = s.suppliers().values().stream().mapToInt(c -> c.lines().size()).sum() + s.joint().lines().size()
                + s.customerSide().lines().size() + s.unassigned().size();
        assertEquals(s.whole().lines().size(), held);
    }

    @Test
    void trendsComeFromThePeriodBefore() {
        // February has no measurements; missing-data policy ZERO → every attainment 0, every score 0
        PartyScorecards s = PartyScorecardCalculator.standard().calculate(MultiSupplierFixtures.agreement(),
                ReportingPeriod.parse("2026-03"), march());
        assertScore("0.6", s.supplier(Fixtures.LEAD_SUPPLIER).get().trend());
        assertScore("0.657143", s.whole().trend());
    }

    @Test
    void theExplanationSaysWhoHoldsWhatAndWhy() {
        PartyScorecards s = PartyScorecardCalculator.standard().calculate(MultiSupplierFixtures.agreement(),
                ReportingPeriod.parse("2026-03"), march());
        String text = s.explanation().toText();
        assertTrue(text.contains("supplier globex holds [availability], score 0.5"), text);
        assertTrue(text.contains("joint holds [end-user-satisfaction], score 0.5"), text);
        assertTrue(text.contains("customer side holds [decision-days], score 1"), text);
        assertTrue(s.supplier(Fixtures.SUPPLIER).get().explanation().toText()
                .contains("availability: answered for by supplier globex (named on availability v1)"));
    }

    @Test
    void aSingleSupplierAgreementHoldsEveryKpiWithTheImpliedSupplier() {
        // the fixture agreement names no one; acme is the lead of two suppliers, so acme holds all three
        PartyScorecards s = PartyScorecardCalculator.standard().calculate(Fixtures.agreement(),
                ReportingPeriod.parse("2026-03"), List.of(measurement(Fixtures.AVAILABILITY, "2026-03", "99.5")));
        assertEquals(3, s.supplier(Fixtures.LEAD_SUPPLIER).get().lines().size());
        assertEquals(s.whole().score(), s.supplier(Fixtures.LEAD_SUPPLIER).get().score());
        assertEquals(Optional.empty(), s.supplier(Fixtures.SUPPLIER).get().score());
        assertTrue(s.supplier(Fixtures.LEAD_SUPPLIER).get().explanation().toText().contains("implied: the lead supplier"));
    }

    static void assertScore(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "no score");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.get()), () -> "expected " + expected + " but was " + actual.get());
    }
}
