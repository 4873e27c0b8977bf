package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

class ItPartneringScenarioTest {

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void threeSuppliersSitInEveryForumAndMirrorTheCustomersRoles() {
        Agreement a = ItPartneringScenario.agreement();
        assertEquals(List.of("nordserv", "deskco", "netlink"), a.suppliers().stream().map(p -> p.id()).toList());
        assertEquals("nordserv", a.leadSupplier().orElseThrow().id());
        // one customer role and three supplier roles per level, all four in each level's forum
        a.governance().forums().forEach(f -> assertEquals(4, f.participants().size(), f.id()));
        assertEquals(12, a.governance().roles().size());
        // 3 + 1 + 1 years from 2026-01-01
        assertEquals("2030-12-31", a.term().latestEndDate().toString());
    }

    @Test
    void yearScorecard() throws Exception {
        Scorecard year = new ItPartneringScenario().run().scorecard().orElseThrow();
        // availability: mean of the twelve months 1196.4 / 12 = 99.7 → 1 + (99.7 − 99.5) / (99.9 − 99.5) × 0.2 = 1.1
        assertDecimal("99.7", year.line("availability").orElseThrow().value().orElseThrow());
        assertDecimal("1.1", year.line("availability").orElseThrow().attainment().orElseThrow());
        // incident response: 48.0 / 12 = 4.0 hours, exactly on target → 1
        assertDecimal("1", year.line("incident-response").orElseThrow().attainment().orElseThrow());
        // user satisfaction: 48.9 / 12 = 4.075 → 1 + (4.075 − 4.0) / (4.5 − 4.0) × 0.2 = 1.03
        assertDecimal("1.03", year.line("user-satisfaction").orElseThrow().attainment().orElseThrow());
        // (2 × 1.1 + 1 × 1 + 1 × 1.03) / 4 = 4.23 / 4 = 1.0575
        assertDecimal("1.0575", year.score().orElseThrow());
    }

    @Test
    void julyStorageFailureShowsInTheMonthlyTrend() throws Exception {
        AgreementReport report = new ItPartneringScenario().run();
        assertEquals(12, report.trend().size());
        Scorecard july = report.trend().get(6);
        assertEquals(ReportingPeriod.parse("2026-07"), july.period());
        // availability 99.2: (99.2 − 99.0) / 0.5 = 0.4; incidents 4.6 h: (8 − 4.6) / 4 = 0.85;
        // satisfaction 3.7: (3.7 − 3.5) / 0.5 = 0.4; (2 × 0.4 + 0.85 + 0.4) / 4 = 0.5125
        assertEquals(KpiStatus.BELOW_TARGET, july.line("availability").orElseThrow().status());
        assertDecimal("0.5125", july.score().orElseThrow());
    }

    @Test
    void yearStatement() throws Exception {
        IncentiveStatement s = ItPartneringScenario.statement();
        assertEquals(12, s.periods().size());
        // pool = 10 % × 300,000 = 30,000 per month; a KPI below target costs its share of the pool:
        // Jan: incidents 5.4 h (30 % = 9,000) + satisfaction 3.8 (20 % = 6,000) = 15,000
        // Feb: 4.8 h and 3.9 → 15,000; Mar: 4.2 h → 9,000
        // Jul: availability 99.2 (50 % = 15,000) + 4.6 h (9,000) + 3.7 (6,000) = 30,000, the whole pool
        // total 15,000 + 15,000 + 9,000 + 30,000 = 69,000
        Money credits = s.periods().stream().map(p -> p.outcome("service-credits").orElseThrow().amount())
                .reduce(Money::plus).orElseThrow();
        assertEquals(sek("-69000.00"), credits);
        assertEquals(sek("-30000.00"), s.period(ReportingPeriod.parse("2026-07")).orElseThrow().net());
        // gain share: Jun 420,000 − 340,000 = 80,000 saved × 50 % = 40,000;
        // Nov 180,000 − 200,000 = −20,000 overrun × 20 % pain share = −4,000;
        // Dec 1,500,000 − 900,000 = 600,000: 50 % × 500,000 + 30 % × 100,000 = 280,000; total 316,000
        assertEquals(sek("40000.00"), s.period(ReportingPeriod.parse("2026-06")).orElseThrow().net());
        assertEquals(sek("-4000.00"), s.period(ReportingPeriod.parse("2026-11")).orElseThrow().net());
        assertEquals(sek("280000.00"), s.period(ReportingPeriod.parse("2026-12")).orElseThrow().net());
        // net: 316,000 − 69,000 = 247,000 to the lead supplier, paid by the charity
        assertEquals(sek("247000.00"), s.totalByParty().get("nordserv"));
        assertEquals(sek("-247000.00"), s.totalByParty().get("charity"));
        assertTrue(s.totalByParty().keySet().containsAll(List.of("nordserv", "charity")));
    }

    @Test
    void theReportHasAStatementPerSupplierAndTheJointView() throws Exception {
        AgreementReport report = new ItPartneringScenario().run();
        dev.partnering.incentive.MultiSupplierStatement s = ItPartneringThreeSuppliers.statement();
        List<dev.partnering.examples.report.ReportTable> tables = report.tables();
        assertEquals(List.of("Statement of NordServ AB (lead)", "Statement of DeskCo AB", "Statement of NetLink AB",
                "Joint view: the consolidated statement of the three suppliers"),
                tables.stream().map(dev.partnering.examples.report.ReportTable::title).toList());
        // each supplier: twelve months; its net per month is the consolidated net of that party in that month
        for (int t = 0; t < 3; t++) {
            String supplier = List.of("nordserv", "deskco", "netlink").get(t);
            assertEquals(12, tables.get(t).rows().size());
            for (int m = 0; m < 12; m++) {
                assertEquals(dev.partnering.examples.report.Format.signed(s.periods().get(m).netByParty().get(supplier)),
                        tables.get(t).rows().get(m).get(4), supplier + " month " + (m + 1));
            }
        }
        // the joint view: twelve months and a total; the totals of all four parties add up to zero
        dev.partnering.examples.report.ReportTable joint = tables.get(3);
        assertEquals(13, joint.rows().size());
        assertEquals(List.of("Total"), joint.rows().get(12).subList(0, 1));
        Money sum = s.totalByParty().values().stream().reduce(Money::plus).orElseThrow();
        assertEquals(0, sum.amount().signum(), s.totalByParty()::toString);
        String html = dev.partnering.examples.report.HtmlReport.render(report);
        assertTrue(html.contains("<h2>Statement of DeskCo AB</h2>") && html.contains("<h2>Joint view: the consolidated"),
                "the HTML report has a section per supplier and the joint view");
    }
}
