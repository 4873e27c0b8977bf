package dev.partnering.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.examples.cli.Cli;

class MainTest {

    @Test
    void exampleAgreementIsAValid3Plus1Plus1WithTwoSuppliersAndThreeLevels() {
        Agreement a = ItPartnering.agreement();
        assertEquals(2, a.suppliers().size());
        assertEquals("nordserv", a.leadSupplier().orElseThrow().id());
        assertEquals(3, a.governance().levels().size());
        // 2026-01-01 + 3 years - 1 day; + 2 options of 1 year each
        assertEquals("2028-12-31", a.term().initialEndDate().toString());
        assertEquals("2030-12-31", a.term().latestEndDate().toString());
    }

    @Test
    void invalidAgreementReportsEveryViolationWithItsPath() {
        ValidationException e = assertThrows(ValidationException.class, Main::invalidAgreement);
        List<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toList());
        assertEquals(List.of("parties[1].id", "parties", "responsibilityAreas[0].owner",
                "governance.roles[0].counterpart", "kpis[1].version", "kpis[1].effectiveFrom"), paths);
    }

    @Test
    void firstQuarterStatementMatchesTheHandComputedFigures() {
        dev.partnering.incentive.IncentiveStatement s = IncentiveExample.firstQuarterStatement();
        // pool = 10 % × 250,000 = 25,000; a missed kpi costs its allocation of the pool
        // Jan: incident 5 h (0.75) 30 % = 7,500 + ticket-sla 0.9 (0.5) 30 % = 7,500 → −15,000; score 0.8625 → curve 0
        // Feb: incident 7 h (0.25) 7,500; late delivery 3 days × 5,000 = 15,000 → −22,500
        // Mar: incident 7,500 + ticket-sla missing (ZERO) 7,500; score 0.725 < 0.8 → −5 % = −12,500;
        //      savings 60,000 × 50 % = +30,000 → +2,500, within −37,500 .. +25,000
        assertEquals(dev.partnering.money.Money.of("-15000.00", "SEK"), s.periods().get(0).net());
        assertEquals(dev.partnering.money.Money.of("-22500.00", "SEK"), s.periods().get(1).net());
        assertEquals(dev.partnering.money.Money.of("2500.00", "SEK"), s.periods().get(2).net());
        assertEquals(dev.partnering.money.Money.of("-35000.00", "SEK"), s.totalByParty().get("nordserv"));
        assertEquals(dev.partnering.money.Money.of("35000.00", "SEK"), s.totalByParty().get("charity"));
    }

    @Test
    void firstQuarterScorecard() {
        // (2 × 1.15 + 1 × 0.5 + 1 × 0.75) / 4 = 0.8875
        assertEquals(0, new java.math.BigDecimal("0.8875").compareTo(ScorecardExample.firstQuarterScorecard().score().orElseThrow()));
    }

    @Test
    void readmeCommandPrintsTheSummaryAndTheViolations() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Cli.readme(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Agreement it-partnering: IT partnering 2026"), out);
        assertTrue(out.contains("latest end 2030-12-31"), out);
        assertTrue(out.contains("Agreement 'broken' is invalid (6 violations):"), out);
        assertTrue(out.contains("an agreement needs at least one supplier"), out);
    }
}
