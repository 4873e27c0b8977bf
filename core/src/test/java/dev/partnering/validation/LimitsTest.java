package dev.partnering.validation;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.Refusals.assertPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Every decimal that enters the SDK is bounded (18 digits before the point, 18 after it), and
 * every message shows a value abbreviated. Before the fix each of these ran out of memory or
 * time (a 1e999999999 rendered in plain notation is a billion characters).
 */
class LimitsTest {

    /** A message that names a value abbreviated stays short. */
    private static void assertShort(ValidationException e) {
        assertTrue(e.getMessage().length() < 600, () -> "message of " + e.getMessage().length() + " characters");
        for (Violation v : e.violations()) {
            assertTrue(v.value() == null || v.value().length() <= 70, v::value);
        }
    }

    @Test
    void hugeMoneyIsRefusedQuicklyWithAShortMessage() {
        ValidationException e = assertPaths(() -> Money.of("1e999999999", "SEK"), "amount");
        assertShort(e);
        assertEquals("1E+999999999", e.violations().get(0).value());
        assertShort(assertPaths(() -> Money.of(new BigDecimal("-1e999999999"), Fixtures.SEK), "amount"));
    }

    @Test
    void aFeeBeyondTheBoundsIsRefused() {
        // 1e18 has 19 digits before the point; Money holds it, a fee does not
        assertShort(assertPaths(() -> PeriodFee.of(ReportingPeriod.parse("2026-01"), sek("1e18")), "amount"));
        assertShort(assertPaths(() -> PeriodFee.of(ReportingPeriod.parse("2026-01"), sek("-9" + "9".repeat(98))), "amount"));
        PeriodFee.of(ReportingPeriod.parse("2026-01"), sek("999999999999999999.99"));
    }

    @Test
    void aThresholdBeyondTheBoundsIsRefused() {
        assertShort(assertPaths(() -> kpi().thresholds(new BigDecimal("1e-999999999"), new BigDecimal("99.5")).build(), "minimum"));
        assertShort(assertPaths(() -> kpi().minimum(new BigDecimal("1e-999999999")).target(BigDecimal.ONE).build(), "minimum"));
        // 18 fraction digits are allowed, 19 are not (trailing zeros do not count)
        kpi().thresholds(new BigDecimal("0.000000000000000001"), new BigDecimal("1")).build();
        assertPaths(() -> kpi().thresholds(new BigDecimal("0.0000000000000000001"), new BigDecimal("1")).build(), "minimum");
        kpi().thresholds(new BigDecimal("0.1000000000000000000000"), new BigDecimal("1")).build();
    }

    @Test
    void aTinyConsortiumWeightIsRefusedQuickly() {
        // before: Money.allocate scaled every ratio to 100,000,000 decimals and ran for minutes
        assertShort(assertPaths(() -> sek("100").allocate(List.of(BigDecimal.ONE, new BigDecimal("1e-100000000"))), "ratios[1]"));
        assertShort(assertPaths(() -> IncentiveScheme.builder().addComponents(Penalty.builder().id("p").rate(sek("1")).build())
                .putCustomerWeights("region-nord", new BigDecimal("1e-100000000")).build(), "customerWeights[region-nord]"));
    }

    @Test
    void aLongValueIsAbbreviatedInEveryMessage() {
        String id = "x".repeat(5_000_000);
        ValidationException e = assertThrows(ValidationException.class, () -> Money.of("1", id));
        assertShort(e);
        assertEquals("x".repeat(40) + "… (5000000 characters)", e.violations().get(0).value());
        // a threshold of 5,000,000 digits (2^16609640 - 1), built from bits: parsing that many digits
        // from text takes the JDK minutes, and a threshold is no longer given as text
        BigDecimal longNumber = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(16_609_640).subtract(java.math.BigInteger.ONE));
        assertEquals(5_000_000, longNumber.precision());
        ValidationException text = assertPaths(() -> kpi().thresholds(longNumber, BigDecimal.ONE).build(), "minimum");
        assertShort(text);
    }

    @Test
    void aRuleIsFormattedOnlyWhenRead() {
        boolean[] formatted = {false};
        Violation v = Violation.of("p", 1, () -> {
            formatted[0] = true;
            return "rule";
        });
        assertFalse(formatted[0]);
        assertEquals("p: rule", v.toString());
        assertTrue(formatted[0]);
    }

    @Test
    void aScheduleOverAThousandYearsIsRefused() {
        assertPaths(() -> FeeSchedule.monthly(sek("1"), YearMonth.of(2000, 1), YearMonth.of(999_999, 1)), "to");
    }

    private static KpiDefinition.Builder kpi() {
        return KpiDefinition.builder().id("k").name("K").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .effectiveFrom(Fixtures.START);
    }
}
