package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.Standing;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;

/** The examples of docs/month-end.md, compiled and run. */
class MonthEndGuideTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    private static Money gbp(String amount) {
        return Money.of(new BigDecimal(amount), GBP);
    }

    private static IncentiveScheme scheme() {
        return IncentiveScheme.builder().addComponents(ServiceCreditTiers.builder().id("tiers").kpiId("availability")
                .band(new BigDecimal("99.5"), new BigDecimal("2")).band(new BigDecimal("98.0"), new BigDecimal("11"))
                .periodCapPercent(new BigDecimal("10")).rollingCapPercent(new BigDecimal("10")).build()).build();
    }

    private static Agreement agreement(IncentiveScheme scheme) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(GBP)
                .feeSchedule(FeeSchedule.monthly(gbp("10.00"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(scheme).build();
    }

    private static List<Measurement> measurements(String month) {
        List<Measurement> ms = new ArrayList<>();
        IncentiveFixtures.atTarget(month).stream().filter(m -> !m.kpiId().equals("availability")).forEach(ms::add);
        ms.add(Fixtures.measurement("availability", month, "97.0"));
        return ms;
    }

    @Test
    void monthEnd() {
        IncentiveScheme scheme = scheme();
        Agreement agreement = agreement(scheme);
        // tag::opening[]
        // What happened before the SDK: eleven months of 10.00 GBP charges, 11.01 GBP of credits in all
        OpeningBalance.Builder opening = OpeningBalance.builder().firstPeriod(ReportingPeriod.parse("2026-12"));
        for (int month = 1; month <= 11; month++) {
            opening.addPeriods(CarriedPeriod.builder().period(ReportingPeriod.month(2026, month))
                    .charge(gbp("10.00")).putAmounts("tiers", gbp(month == 11 ? "-1.01" : "-1.00")).build());
        }
        ReportingPeriod december = ReportingPeriod.parse("2026-12");
        IncentivePeriod inputs = IncentivePeriod.builder().period(december)
                .scorecard(ScorecardCalculator.standard().calculate(agreement, december, measurements("2026-12")))
                .build();
        IncentiveStatement statement = IncentiveCalculator.standard()
                .calculate(agreement, scheme, List.of(inputs), opening.build());
        // availability 97.0: 11 % of 10.00 = 1.10, period cap 1.00, rolling cap 12.00 less 11.01 carried in
        assertEquals(gbp("-0.99"), statement.totalNet());
        // end::opening[]

        // tag::continue[]
        // The next month end: the stored statement and January's inputs, nothing else
        ReportingPeriod january = ReportingPeriod.parse("2027-01");
        IncentivePeriod next = IncentivePeriod.builder().period(january)
                .scorecard(ScorecardCalculator.standard().calculate(agreement, january, measurements("2027-01")))
                .build();
        IncentiveStatement continued = IncentiveCalculator.standard()
                .continueFrom(agreement, scheme, statement, next);
        assertEquals(gbp("-1.00"), continued.periods().get(1).net());
        // end::continue[]

        // tag::strict[]
        // A month without any measurement: warned about, and refused under the strict policy
        ReportingPeriod february = ReportingPeriod.parse("2027-02");
        IncentivePeriod empty = IncentivePeriod.builder().period(february)
                .scorecard(ScorecardCalculator.standard().calculate(agreement, february, List.of()))
                .build();
        IncentiveStatement warned = IncentiveCalculator.standard().continueFrom(agreement, scheme, continued, empty);
        assertEquals("no kpi has any data in 2027-02: the period's input is empty",
                warned.periods().get(2).warnings().get(3));
        assertThrows(IncompleteDataException.class,
                () -> IncentiveCalculator.standard().strict().continueFrom(agreement, scheme, continued, empty));
        // end::strict[]
    }

    @Test
    void standingsOfTheAgreement() {
        Agreement agreement = agreement(scheme());
        // tag::standings[]
        // The parties' own bands, agreed in the contract: green from 0.90, amber from 0.50, red below
        Agreement banded = agreement.withStandings(Standings.of(
                StandingBand.of("green", new BigDecimal("0.90")),
                StandingBand.of("amber", new BigDecimal("0.50"), "weekly call at level B"),
                StandingBand.of("red", BigDecimal.ZERO, "escalation to level A")));
        Scorecard december = ScorecardCalculator.standard()
                .calculate(banded, ReportingPeriod.parse("2026-12"), measurements("2026-12"));
        // availability 97.0 is below its minimum: (2 × 0 + 1 × 1 + 1 × 1) / 4 = 0.5
        Standing standing = banded.standingOf(december).orElseThrow();
        assertEquals("amber", standing.name());
        assertEquals(List.of("weekly call at level B"), standing.band().consequences());
        // the same score under the standard bands (watch from 0.70) is critical
        assertEquals("critical", agreement.standingOf(december).orElseThrow().name());
        // end::standings[]
    }
}
