package dev.partnering.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.partnering.examples.scenario.ErpIntegrationScenario;
import dev.partnering.examples.scenario.FacilityManagementScenario;
import dev.partnering.examples.scenario.PeriodEvaluation;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;
import dev.partnering.examples.scenario.ItPartneringScenario;

class HtmlReportTest {

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void scenario2HasEveryChartAndSection() throws Exception {
        String html = HtmlReport.render(new FacilityManagementScenario().run());
        // the score and one trend per KPI, one waterfall, one radar per yearly survey
        assertEquals(5, count(html, "<svg[^>]*data-chart=\"trend\""));
        assertEquals(1, count(html, "<svg[^>]*data-chart=\"waterfall\""));
        assertEquals(2, count(html, "<svg[^>]*data-chart=\"radar\""));
        assertEquals(4, count(html, "<td class=\"status met\">target met</td>"));
        assertTrue(html.contains("data-health=\"GREEN\">GREEN</span>"), html);
        assertTrue(html.contains("<li>trust index 74.44 below 75</li>"), html);
        // 2026's radar flags reciprocity and transparency, 2027's nothing
        assertEquals(2, count(html, "class=\"gap gap-high\""));
        for (String label : List.of(">Fee<", ">Bonus/malus<", ">Gain share<", ">Net payout<", ">12,312,000<")) {
            assertTrue(html.contains(label), label);
        }
    }

    @Test
    void pagesAreSelfContainedAndNeedNoScript() throws Exception {
        for (String html : List.of(HtmlReport.render(new ItPartneringScenario().run()),
                HtmlReport.render(new FacilityManagementScenario().run()))) {
            assertFalse(html.contains("<script"), "no JavaScript");
            assertFalse(html.contains("<link") || html.contains(" src=") || html.contains(" href=")
                    || html.contains("url(") || html.contains("@import"), "no external assets");
            assertEquals(count(html, "<svg "), count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        assertEquals(HtmlReport.render(new FacilityManagementScenario().run()),
                HtmlReport.render(new FacilityManagementScenario().run()));
    }

    @Test
    void textIsEscaped() {
        AgreementReport report = AgreementReport.builder("R&D <partnership>", ItPartneringScenario.agreement())
                .table(new ReportTable("Notes", List.of("Who", "Amount"), List.of(List.of("<b>O'Neil & \"Sons\"</b>",
                        "1,000.00 SEK")), Optional.of("a < b")))
                .build();
        String html = HtmlReport.render(report);
        assertTrue(html.contains("<title>R&amp;D &lt;partnership&gt;</title>"), html);
        assertTrue(html.contains("<td>&lt;b&gt;O&#39;Neil &amp; &quot;Sons&quot;&lt;/b&gt;</td>"
                + "<td class=\"num\">1,000.00 SEK</td>"), html);
        assertTrue(html.contains("<p class=\"note\">a &lt; b</p>"), html);
        // sections without data are left out
        assertFalse(html.contains("id=\"health\"") || html.contains("id=\"incentives\"") || html.contains("id=\"trust\""));
    }

    @Test
    void theStandingOfEachMonthAndTheContractYearAreShown() throws Exception {
        PeriodEvaluation e = new ErpIntegrationScenario(file -> ErpIntegrationScenario.referenceAgreement()).evaluate();
        String html = HtmlReport.render(ErpIntegrationScenario.report(e));
        // Jan 0.96875, Feb 0.870538, Mar 1 (ErpIntegrationScenarioTest has the arithmetic) under the standard bands;
        // of four bands the upper two are green, watch amber, critical red
        assertTrue(html.contains("<tr data-period=\"2026-01\"><td>2026-01</td><td class=\"num\">0.9688</td>"
                + "<td class=\"status met\">excellent</td><td>candidate for a bonus review at level A</td></tr>"), html);
        assertTrue(html.contains("<tr data-period=\"2026-02\"><td>2026-02</td><td class=\"num\">0.8705</td>"
                + "<td class=\"status met\">good</td><td>no consequences</td></tr>"), html);
        // (0.96875 × 31 + 0.870538 × 28 + 1 × 31) / 90 = 0.948959
        assertTrue(html.contains("<tfoot><tr><th>Contract year 2026-01-01 to 2026-12-31, so far (90 days)</th>"
                + "<td class=\"num score\">0.949</td><td class=\"status met\">good</td><td>no consequences</td></tr></tfoot>"),
                html);
        assertTrue(html.contains("Standings of this agreement: excellent ≥ 0.95, good ≥ 0.85, watch ≥ 0.70, critical ≥ 0."), html);
    }

    @Test
    void theAgreementsOwnStandingsAreShownEscapedAndColouredByRank() throws Exception {
        PeriodEvaluation e = new ErpIntegrationScenario(file -> ErpIntegrationScenario.referenceAgreement()
                .withStandings(Standings.of(StandingBand.of("top", new BigDecimal("0.97")),
                        StandingBand.of("R&D <watch>", new BigDecimal("0.9"), "review \"soon\""),
                        StandingBand.of("low", BigDecimal.ZERO, "plan")))).evaluate();
        String html = HtmlReport.render(ErpIntegrationScenario.report(e));
        // of three bands the first is green, the middle amber, the lowest red: Jan 0.96875 < 0.97, Feb 0.870538 < 0.9, Mar 1
        assertTrue(html.contains("<td class=\"num\">0.9688</td><td class=\"status below-target\">R&amp;D &lt;watch&gt;</td>"
                + "<td>review &quot;soon&quot;</td>"), html);
        assertTrue(html.contains("<td class=\"num\">0.8705</td><td class=\"status below-minimum\">low</td><td>plan</td>"), html);
        assertTrue(html.contains("<td class=\"num\">1</td><td class=\"status met\">top</td>"), html);
    }

    @Test
    void aReportWithoutPeriodStandingsShowsTheHeadlineScorecardsStanding() throws Exception {
        String html = HtmlReport.render(new FacilityManagementScenario().run());
        assertEquals(1, count(html, "<tr data-period="), html);
        assertFalse(html.contains("Contract year"), "no contract-year score unless the report is given one");
        assertFalse(HtmlReport.render(AgreementReport.builder("empty", ItPartneringScenario.agreement()).build())
                .contains("id=\"standing\""), "no scorecard, no standing section");
    }
}
