package dev.partnering.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.evaluation.ScorecardCalculator;

/** The README's scorecard example: the first quarter of the IT-partnering agreement. */
public final class ScorecardExample {

    private ScorecardExample() {
    }

    /** @return the raw measurements of January to March 2026 */
    public static List<Measurement> firstQuarter() {
        return List.of(
                value("availability", "2026-01", "99.7"), value("availability", "2026-02", "99.8"),
                value("availability", "2026-03", "99.9"),
                value("incident-response", "2026-01", "5"), value("incident-response", "2026-02", "7"),
                value("incident-response", "2026-03", "6"),
                ratio("ticket-sla", "2026-01", 180, 200), ratio("ticket-sla", "2026-02", 190, 200),
                ratio("ticket-sla", "2026-03", 0, 0));
    }

    /** @return the scorecard of 2026-Q1 */
    public static Scorecard firstQuarterScorecard() {
        Agreement agreement = ItPartnering.agreement();
        return ScorecardCalculator.standard().calculate(agreement, ReportingPeriod.parse("2026-Q1"), firstQuarter());
    }

    private static Measurement value(String kpi, String period, String value) {
        return Measurement.builder().kpiId(kpi).period(ReportingPeriod.parse(period)).value(new BigDecimal(value))
                .source("monthly report").recordedAt(Instant.parse("2026-04-02T08:00:00Z")).build();
    }

    private static Measurement ratio(String kpi, String period, int within, int all) {
        return Measurement.builder().kpiId(kpi).period(ReportingPeriod.parse(period))
                .ratio(BigDecimal.valueOf(within), BigDecimal.valueOf(all))
                .source("service desk export").recordedAt(Instant.parse("2026-04-02T08:00:00Z")).build();
    }
}
