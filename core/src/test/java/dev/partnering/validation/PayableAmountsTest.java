package dev.partnering.validation;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.Refusals.assertPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.Penalty;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Amounts that are paid or bound a payment carry no more decimals than the currency's minor unit
 * (DOMAIN.md, Precision); rates may be finer. Every refusal here was accepted before the fix.
 */
class PayableAmountsTest {

    @Test
    void aPeriodFeeFinerThanTheMinorUnitIsRefused() {
        ValidationException e = assertPaths(() -> PeriodFee.of(ReportingPeriod.parse("2026-01"), sek("100.001")), "amount");
        assertEquals("fee for 2026-01 100.001 SEK has more decimals than SEK allows (2): an amount that is paid or bounds"
                + " a payment is stated in minor units", e.violations().get(0).rule());
        // trailing zeros are not decimals: 100.0100 SEK is 100.01 SEK
        PeriodFee.of(ReportingPeriod.parse("2026-01"), sek("100.0100"));
    }

    @Test
    void capsFinerThanTheMinorUnitAreRefused() {
        assertPaths(() -> Bound.of(sek("400000.123456789")), "amount");
        assertPaths(() -> GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).cap(sek("400000.123456789")).build(), "cap");
        assertPaths(() -> GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).painCap(sek("0.001")).build(), "painCap");
        assertPaths(() -> GainShareTier.of(sek("0.001"), BigDecimal.TEN), "from");
        assertPaths(() -> new NetLimits(java.util.Optional.of(sek("-0.001")), java.util.Optional.empty()), "lowest");
    }

    @Test
    void aFeeGivenForOnePeriodAndAnOpenItemAreInMinorUnits() {
        assertPaths(() -> dev.partnering.incentive.IncentivePeriod.builder().period(ReportingPeriod.parse("2026-01"))
                .fee(sek("250000.005")).build(), "fee");
        assertPaths(() -> dev.partnering.lifecycle.OpenFinancialItem.builder()
                .kind(dev.partnering.lifecycle.FinancialItemKind.UNSETTLED_CREDIT).description("credit")
                .amount(sek("10.001")).owedBy("acme").owedTo("").build(), "amount", "owedTo");
    }

    @Test
    void aPenaltyPerEventIsPaidAsItIsButARatePerUnitMayBeFiner() {
        // JPY has no minor unit: 5000.5 JPY per event cannot be paid
        assertPaths(() -> Penalty.builder().id("late").rate(Money.of("5000.5", "JPY")).build(), "rate");
        // 5000.5 JPY per day late is a rate: 3 days give 15001.5, rounded once to 15002 JPY
        Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT).rate(Money.of("5000.5", "JPY")).build();
    }
}
