package dev.partnering.validation;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.Refusals.assertPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.CurvePoint;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.party.Party;
import dev.partnering.evaluation.ScorecardCalculator;

/**
 * Every invalid input to a public builder or factory is a {@link ValidationException} naming path,
 * value and rule, and a value with several problems names all of them. Before the fix these threw
 * NumberFormatException, NullPointerException or DateTimeException, or named one problem only.
 */
class OneExceptionTypeTest {

    @Test
    void numberHelpersRefuseNumbersOutOfBoundsOrRange() {
        // the helpers took text before (NumberFormatException on "abc"); they take BigDecimal now
        BigDecimal huge = new BigDecimal("1e999999999");
        assertPaths(() -> kpi().thresholds(huge, new BigDecimal("99.5")).build(), "minimum");
        assertPaths(() -> AtRiskPool.builder().id("p").atRiskPercent(BigDecimal.TEN).allocate("availability", new BigDecimal("-5"))
                .build(), "allocations.availability");
        assertPaths(() -> GainShare.builder().id("g").tier(sek("0"), huge), "sharePercent");
        assertPaths(() -> CreditBand.of(huge, new BigDecimal("101")), "threshold", "creditPercent");
        assertPaths(() -> CurvePoint.of(new BigDecimal("0.8"), huge), "value");
        assertPaths(() -> Penalty.builder().id("late").rate(sek("1")).periodCapPercent(new BigDecimal("150")).build(), "periodCap.percent");
        assertPaths(() -> Measurement.builder().kpiId("k").value(huge).build(), "value", "period", "recordedAt");
    }

    @Test
    void nullsAreRequiredViolationsNotNullPointerExceptions() {
        ValidationException e = assertPaths(() -> Party.builder().id(null).name("Acme").kind(null).build(), "id", "kind");
        assertEquals(Violation.of("id", null, "id is required: null is not allowed"), e.violations().get(0));
        // an Optional attribute given null, and a null inside a list
        assertPaths(() -> kpi().thresholds(new BigDecimal("99"), new BigDecimal("99.5")).dataSource((String) null), "dataSource");
        assertPaths(() -> kpi().thresholds(new BigDecimal("99"), new BigDecimal("99.5")).addQualifyingConditions((dev.partnering.kpi.QualifyingCondition) null).build(),
                "qualifyingConditions[0]");
        assertPaths(() -> CreditBand.of(null, null), "threshold", "creditPercent");
        assertPaths(() -> new CurvePoint(null, BigDecimal.ONE), "score");
        assertPaths(() -> GainShareTier.of(null, null), "from", "sharePercent");
        assertPaths(() -> ScorecardCalculator.withReviewInterval(null), "reviewInterval");
        assertPaths(() -> Measurement.builder().forKpi(null), "definition");
    }

    @Test
    void datesAndDurationsBeyondTheCalendarAreRefusedWhenBuilt() {
        // before: DateTimeException, later, when the end date was computed
        assertPaths(() -> ContractTerm.of(LocalDate.MAX, Period.ofYears(3)), "startDate");
        assertPaths(() -> ContractTerm.of(Fixtures.START, Period.ofYears(Integer.MAX_VALUE)), "initialDuration");
        assertPaths(() -> ExtensionOption.of(Period.ofYears(Integer.MAX_VALUE), Period.ofMonths(6)), "duration");
        assertPaths(() -> ScorecardCalculator.withReviewInterval(Period.ofYears(Integer.MAX_VALUE)), "reviewInterval");
    }

    @Test
    void aKpiWithThreeProblemsNamesAllThree() {
        // missing effectiveFrom, weight 0, minimum above target; before: only
        // "required attributes are not set [effectiveFrom]" with an empty path
        ValidationException e = assertPaths(() -> KpiDefinition.builder().id("k").name("K").unit("u")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("100"), new BigDecimal("99")).weight(BigDecimal.ZERO).build(),
                "effectiveFrom", "weight", "minimum");
        assertEquals("KpiDefinition 'k'", e.subject());
    }

    @Test
    void aGainShareTierWithANegativeStartBlamesTheStart() {
        assertPaths(() -> GainShareTier.of(sek("-1"), BigDecimal.TEN), "from");
    }

    private static KpiDefinition.Builder kpi() {
        return KpiDefinition.builder().id("k").name("K").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .effectiveFrom(Fixtures.START);
    }
}
