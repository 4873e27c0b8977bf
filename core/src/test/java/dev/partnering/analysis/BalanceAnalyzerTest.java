package dev.partnering.analysis;

import dev.partnering.incentive.RemedyTrigger;

import dev.partnering.incentive.Remedy;

import dev.partnering.incentive.Rejections;

import dev.partnering.incentive.IncentiveFixtures;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.Rejections.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Violation;
import dev.partnering.kpi.Direction;
import dev.partnering.money.Money;

class BalanceAnalyzerTest {

    private static final Money FEE = sek("250000.00");

    private static BalanceReport analyze(IncentiveScheme scheme) {
        return BalanceAnalyzer.analyze(agreement(scheme), scheme, FEE, 12);
    }

    @Test
    void periodsPerYearAreOneTo366() {
        IncentiveScheme s = IncentiveFixtures.noIncentives();
        assertEquals(1, BalanceAnalyzer.analyze(agreement(s), s, FEE, 1).periodsPerYear());
        assertEquals(366, BalanceAnalyzer.analyze(agreement(s), s, FEE, 366).periodsPerYear());
        assertViolations(() -> BalanceAnalyzer.analyze(agreement(s), s, FEE, 367),
                Violation.of("periodsPerYear", "367", "periods per year 367 must be 1 to 366"));
        assertViolations(() -> BalanceAnalyzer.analyze(agreement(s), s, Money.of("1", "EUR"), 0),
                Violation.of("periodFee", "1 EUR", "period fee 1 EUR is not in SEK"),
                Violation.of("periodsPerYear", "0", "periods per year 0 must be 1 to 366"));
    }

    @Test
    void aSchemeWithoutMoneyIsNeitherLopsidedNorToothless() {
        // a scheme with no component at all is refused when built; one with only a remedy trigger moves no money
        Rejections.assertOnly(() -> IncentiveScheme.builder().build(), "components", "[]",
                "an incentive scheme needs at least one component (or, without money, one remedy trigger)");
        BalanceReport r = analyze(IncentiveScheme.builder()
                .addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum("availability", 2, Remedy.STEP_IN)).build());
        assertEquals(Optional.of(sek("0")), r.upsidePerPeriod());
        assertEquals(Optional.of(sek("0")), r.downsidePerPeriod());
        assertEquals(Optional.empty(), r.upsideToDownside());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void theNetCapBoundsAnUnboundedUpside() {
        // an uncapped gain share: unbounded upside, limited by the net cap 10 % × 250,000 = 25,000; no pain share
        IncentiveScheme s = IncentiveScheme.builder().addComponents(GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).build())
                .cap(Bound.percentOfFee(BigDecimal.TEN)).build();
        BalanceReport r = analyze(s);
        assertEquals(Optional.of(sek("25000.00")), r.upsidePerPeriod());
        assertEquals(Optional.of(sek("300000.00")), r.upsidePerYear());
        assertEquals(Optional.of(sek("0")), r.downsidePerPeriod());
        assertEquals(Optional.empty(), r.upsideToDownside());
        assertEquals(List.of("no downside for the supplier: the scheme has no effective sanctions"), r.warnings());
        String text = r.explanation().toText();
        assertTrue(text.contains("  rule: net cap 10 % of the fee = 25000.00 SEK\n"), text);
        assertTrue(text.contains("  warning: no downside for the supplier: the scheme has no effective sanctions\n"), text);
    }

    @Test
    void theNetFloorBoundsAnUnboundedDownside() {
        // a penalty without a period cap: unbounded downside, limited by the floor 15 % × 250,000 = 37,500
        IncentiveScheme s = IncentiveScheme.builder().addComponents(Penalty.builder().id("late").rate(sek("1000")).build())
                .floor(Bound.percentOfFee(new BigDecimal("15"))).build();
        BalanceReport r = analyze(s);
        assertEquals(Optional.of(sek("37500.00")), r.downsidePerPeriod());
        assertEquals(Optional.of(sek("450000.00")), r.downsidePerYear());
        // 0 / 37,500 = 0
        assertEquals(0, BigDecimal.ZERO.compareTo(r.upsideToDownside().orElseThrow()));
        assertEquals(List.of("penalty-only scheme: no upside for the supplier"), r.warnings());
        String text = r.explanation().toText();
        assertTrue(text.contains("  rule: net floor 15 % of the fee = -37500.00 SEK\n"), text);
        assertTrue(text.contains("  penalty 'late': upside 0 SEK, downside unbounded\n"), text);
        assertTrue(text.contains(", ratio 0\n"), text);
    }

    @Test
    void anUnboundedDownsideWithoutUpsideIsPenaltyOnly() {
        BalanceReport r = analyze(IncentiveScheme.builder().addComponents(Penalty.builder().id("late").rate(sek("1000")).build()).build());
        assertEquals(Optional.empty(), r.downsidePerPeriod());
        assertEquals(Optional.empty(), r.downsidePerYear());
        assertEquals(List.of("penalty-only scheme: no upside for the supplier"), r.warnings());
        assertTrue(r.explanation().toText().contains("= upside 0 SEK, downside unbounded per period\n"), r.explanation().toText());
    }

    @Test
    void anUnboundedUpsideWithoutDownsideHasNoSanctions() {
        BalanceReport r = analyze(IncentiveScheme.builder().addComponents(GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).build()).build());
        assertEquals(Optional.empty(), r.upsidePerPeriod());
        assertEquals(List.of("no downside for the supplier: the scheme has no effective sanctions"), r.warnings());
    }

    @Test
    void earnBackWithAFloorNeedsNoWarning() {
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("availability", new BigDecimal("100"))
                .earnBackPeriods(2).build();
        // pool 25,000 at risk and earned back: upside 25,000, downside 25,000 (within the floor 37,500), ratio 1
        BalanceReport r = analyze(IncentiveScheme.builder().addComponents(pool).floor(Bound.percentOfFee(new BigDecimal("15"))).build());
        assertEquals(Optional.of(sek("25000.00")), r.upsidePerPeriod());
        assertEquals(Optional.of(sek("25000.00")), r.downsidePerPeriod());
        assertEquals(0, BigDecimal.ONE.compareTo(r.upsideToDownside().orElseThrow()));
        // earn-back returns only what the supplier bore after the floor, so the combination is no longer lopsided
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(), analyze(IncentiveScheme.builder().addComponents(pool).build()).warnings());
        AtRiskPool plain = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("availability", new BigDecimal("100")).build();
        assertEquals(List.of("penalty-only scheme: no upside for the supplier"),
                analyze(IncentiveScheme.builder().addComponents(plain).floor(Bound.percentOfFee(new BigDecimal("15"))).build())
                        .warnings());
    }

    private static ServiceCreditTiers tiers(String periodCap) {
        return ServiceCreditTiers.builder().id("t").kpiId("availability")
                .band(new BigDecimal("99.8"), new BigDecimal("0")).band(new BigDecimal("99"), new BigDecimal("2")).periodCapPercent(new BigDecimal(periodCap)).build();
    }

    @Test
    void aPeriodCapBelowTheSmallestCreditIsWarnedAbout() {
        // the smallest credit that is not zero is 2 %; a cap of 1 % cuts every credit
        assertEquals(List.of("penalty-only scheme: no upside for the supplier",
                "service-credit tiers 't': period cap 1 % is below the smallest possible credit 2 %"),
                analyze(IncentiveScheme.builder().addComponents(tiers("1")).build()).warnings());
        // a cap equal to the smallest credit is fine
        assertEquals(List.of("penalty-only scheme: no upside for the supplier"),
                analyze(IncentiveScheme.builder().addComponents(tiers("2")).build()).warnings());
    }

    @Test
    void aYearCapBoundsTheYearlyDownside() {
        // period cap 10 % × 250,000 = 25,000, 12 × 25,000 = 300,000, but the year cap 5 % × 12 × 250,000 = 150,000
        Penalty both = Penalty.builder().id("late").rate(sek("1000")).periodCapPercent(new BigDecimal("10")).yearCapPercent(new BigDecimal("5")).build();
        BalanceReport r = analyze(IncentiveScheme.builder().addComponents(both).build());
        assertEquals(Optional.of(sek("25000.00")), r.downsidePerPeriod());
        assertEquals(Optional.of(sek("150000.00")), r.downsidePerYear());
        String text = r.explanation().toText();
        assertTrue(text.contains("  penalty 'late': upside 0 SEK, downside 25000.00 SEK; per year, within its yearly or rolling cap: "
                + "upside 0 SEK, downside 150000.00 SEK\n"), text);
        assertTrue(text.contains("  per year of 12 periods: upside 0 SEK, downside 150000.00 SEK\n"), text);
        // only a year cap: no longer unbounded; a single month can take the whole 150,000, and so can the year
        Penalty yearOnly = Penalty.builder().id("late").rate(sek("1000")).yearCapPercent(new BigDecimal("5")).build();
        BalanceReport y = analyze(IncentiveScheme.builder().addComponents(yearOnly).build());
        assertEquals(Optional.of(sek("150000.00")), y.downsidePerPeriod());
        assertEquals(Optional.of(sek("150000.00")), y.downsidePerYear());
    }

    @Test
    void aRollingCapBoundsTheYearlyDownside() {
        // worst band 3 % × 250,000 = 7,500 a month, 12 × 7,500 = 90,000, but the rolling cap 1 % × 12 × 250,000 = 30,000
        ServiceCreditTiers t = ServiceCreditTiers.builder().id("t").kpiId("availability")
                .band(new BigDecimal("99.8"), new BigDecimal("2")).band(new BigDecimal("98"), new BigDecimal("3")).rollingCapPercent(BigDecimal.ONE).build();
        BalanceReport r = analyze(IncentiveScheme.builder().addComponents(t).build());
        assertEquals(Optional.of(sek("7500.00")), r.downsidePerPeriod());
        assertEquals(Optional.of(sek("30000.00")), r.downsidePerYear());
    }

    @Test
    void theNetFloorStillBoundsEachPeriodOfTheYear() {
        // year cap 5 % × 3,000,000 = 150,000 per period and per year, but the floor 2 % × 250,000 = 5,000 a month: 60,000
        Penalty yearOnly = Penalty.builder().id("late").rate(sek("1000")).yearCapPercent(new BigDecimal("5")).build();
        BalanceReport r = analyze(IncentiveScheme.builder().addComponents(yearOnly).floor(Bound.percentOfFee(new BigDecimal("2")))
                .build());
        assertEquals(Optional.of(sek("5000.00")), r.downsidePerPeriod());
        assertEquals(Optional.of(sek("60000.00")), r.downsidePerYear());
    }

    @Test
    void eachComponentsExposureIsExplained() {
        IncentiveScheme s = IncentiveScheme.builder().addComponents(BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0.8"), new BigDecimal("-5"))
                .point(new BigDecimal("1.2"), new BigDecimal("5")).build()).build();
        BalanceReport r = analyze(s);
        String text = r.explanation().toText();
        assertTrue(text.startsWith("Balance of the incentive scheme of it-partnering\n"), text);
        assertTrue(text.contains("  input: period fee 250000.00 SEK, 12 periods per year\n"), text);
        assertTrue(text.contains("  bonus-malus 'bonus': upside 12500.00 SEK, downside 12500.00 SEK\n"), text);
        assertTrue(text.contains("  = upside 12500.00 SEK, downside 12500.00 SEK per period, ratio 1\n"), text);
        assertEquals(FEE, r.periodFee());
    }
}
