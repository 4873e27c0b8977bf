package dev.partnering.validation;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.Refusals.assertNames;
import static dev.partnering.Refusals.assertPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Inputs that were accepted and changed money without a word (issue 15): each is refused when
 * the value is built, with a violation naming path, value and rule. Every test here failed
 * before the fix (the value was built).
 */
class SilentInputsTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    @Test
    void aRatioWithDenominatorZeroAndANumeratorIsInvalid() {
        // adding (60, 0) to (170, 200) gave (170 + 60) / (200 + 0) = 1.15 instead of 170 / 200 = 0.85
        ValidationException e = assertPaths(() -> Measurement.builder().kpiId("ticket-sla").period(JAN)
                .ratio(new BigDecimal("60"), BigDecimal.ZERO).recordedAt(Instant.EPOCH).build(), "denominator");
        assertEquals("measurement of kpi 'ticket-sla' in 2026-01: a ratio 60/0 is invalid: a denominator of 0 allows only a numerator of 0",
                e.violations().get(0).rule());
        assertEquals("0", e.violations().get(0).value());
        // also with forKpi, which checks against the KPI's valid range [0, 1]
        assertPaths(() -> Measurement.builder().forKpi(Fixtures.ticketSla()).period(JAN)
                .ratio(new BigDecimal("60"), BigDecimal.ZERO).recordedAt(Instant.EPOCH).build(), "denominator");
        // 0/0 stays a measurement without a value (no tickets, no answer)
        Measurement.builder().forKpi(Fixtures.ticketSla()).period(JAN).ratio(BigDecimal.ZERO, BigDecimal.ZERO)
                .recordedAt(Instant.EPOCH).build();
    }

    @Test
    void aFeeScheduleFromAfterToIsRefused() {
        // before: an empty schedule
        assertPaths(() -> FeeSchedule.monthly(sek("100.00"), YearMonth.of(2026, 6), YearMonth.of(2026, 1)), "from");
        assertPaths(() -> FeeSchedule.monthly(null, null, null), "amount", "from", "to");
    }

    @Test
    void feesEntirelyOutsideTheTermAreRefused() {
        // the term runs 2026-01-01 to 2030-12-31 with both options; a fee for 2035 is paid for nothing
        assertNames(() -> Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK)
                .feeSchedule(FeeSchedule.monthly(sek("100.00"), YearMonth.of(2035, 1), YearMonth.of(2035, 2))).build(),
                "feeSchedule.fees[0].period", "feeSchedule.fees[1].period");
    }

    @Test
    void percentOfFeeBeyondAHundredIsRefused() {
        // a malus of -1000 % of the fee and a floor of 1000 %
        assertPaths(() -> BonusMalusCurve.builder().id("bm").point(new BigDecimal("0"), new BigDecimal("-1000")).point(new BigDecimal("1"), new BigDecimal("0")).build(), "points[0].value");
        assertPaths(() -> Bound.percentOfFee(new BigDecimal("1000")), "percent");
        assertPaths(() -> Penalty.builder().id("late").rate(sek("100")).periodCapPercent(new BigDecimal("1000")).build(), "periodCap.percent");
        // ±100 % itself is allowed; an AMOUNT curve is not a percentage
        BonusMalusCurve.builder().id("bm").point(new BigDecimal("0"), new BigDecimal("-100")).point(new BigDecimal("1"), new BigDecimal("100")).build();
        BonusMalusCurve.builder().id("bm").unit(BonusMalusCurve.Unit.AMOUNT).point(new BigDecimal("0"), new BigDecimal("-1000")).point(new BigDecimal("1"), new BigDecimal("0")).build();
    }

    @Test
    void maxAttainmentAboveTenIsRefused() {
        assertPaths(() -> availability().maxAttainment(new BigDecimal("1e6")).build(), "maxAttainment");
        availability().maxAttainment(BigDecimal.TEN).build();
    }

    @Test
    void aNegativeCostIsRefused() {
        assertPaths(() -> CostOutcome.of(sek("-1000"), sek("500")), "baseline");
        assertPaths(() -> CostOutcome.of(sek("1000"), sek("-500")), "actual");
    }

    @Test
    void aSchemeWithNoComponentIsRefused() {
        assertPaths(() -> IncentiveScheme.builder().build(), "components");
    }

    @Test
    void emptyIdsInsideComponentsAreRefused() {
        assertPaths(() -> ServiceCreditTiers.builder().id("t").kpiId("")
                .band(new BigDecimal("99"), new BigDecimal("5")).build(), "kpiId");
        assertPaths(() -> AtRiskPool.builder().id("p").atRiskPercent(BigDecimal.TEN).allocate("", new BigDecimal("50")).build(), "allocations.");
        assertPaths(() -> IncentiveScheme.builder().addComponents(Penalty.builder().id("late").rate(sek("1")).build())
                .supplier("").build(), "supplier");
        assertPaths(() -> ResponsibilityArea.of("servers", "Servers", ""), "owner");
        assertPaths(() -> Role.builder().id("r").title("t").mandate("m").party("").level(GovernanceLevel.STRATEGIC).build(), "party");
    }

    @Test
    void aCapInAnotherCurrencyThanTheTiersIsRefused() {
        assertPaths(() -> GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).cap(Money.of("1000", "EUR")).build(), "cap");
    }

    private static KpiDefinition.Builder availability() {
        return KpiDefinition.builder().id("availability").name("Availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).effectiveFrom(Fixtures.START);
    }
}
