package dev.partnering.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.partnering.examples.scenario.FacilityManagementScenario;
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
}
