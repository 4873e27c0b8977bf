package dev.partnering.incentive;

import dev.partnering.incentive.internal.PeriodContext;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.Rejections.assertOnly;
import static dev.partnering.incentive.Rejections.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class GainShareTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");
    private static final String ID_RULE = "' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";

    private static GainShare.Builder half() {
        return GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50"));
    }

    private static ComponentOutcome evaluate(GainShare g, CostOutcome cost) {
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN).putCosts(g.id(), cost).build();
        return g.evaluate(new PeriodContext(Fixtures.agreement(), inputs, Optional.of(sek("250000.00")), List.of()));
    }

    // ------------------------------------------------------------------ validation

    @Test
    void idMustBeValid() {
        assertOnly(() -> GainShare.builder().id("no spaces").tier(sek("0"), new BigDecimal("50")).build(), "id", "no spaces",
                "component id 'no spaces" + ID_RULE);
    }

    @Test
    void needsAtLeastOneTier() {
        assertOnly(() -> GainShare.builder().id("g").build(), "tiers", "[]", "gain share 'g' needs at least one tier");
    }

    @Test
    void firstTierStartsAtZero() {
        assertOnly(() -> GainShare.builder().id("g").tier(sek("100"), new BigDecimal("50")).build(), "tiers[0].from", "100 SEK",
                "gain share 'g': the first tier must start at 0, not 100 SEK");
    }

    @Test
    void tierStartsAscendStrictly() {
        assertOnly(() -> half().tier(sek("100"), new BigDecimal("30")).tier(sek("100"), new BigDecimal("20")).build(), "tiers[2].from", "100 SEK",
                "gain share 'g': tier starts must ascend, 100 SEK follows 100 SEK");
        assertOnly(() -> half().tier(sek("100"), new BigDecimal("30")).tier(sek("99"), new BigDecimal("20")).build(), "tiers[2].from", "99 SEK",
                "gain share 'g': tier starts must ascend, 99 SEK follows 100 SEK");
        assertEquals(3, half().tier(sek("100"), new BigDecimal("30")).tier(sek("100.01"), new BigDecimal("20")).build().tiers().size());
    }

    @Test
    void tiersShareOneCurrency() {
        // a mix of currencies is one violation, not also "must ascend" (which could not be compared)
        assertOnly(() -> half().tier(Money.of("100", "EUR"), new BigDecimal("30")).build(), "tiers[1].from", "100 EUR",
                "gain share 'g': tiers mix currencies SEK and EUR");
    }

    @Test
    void painShareIsZeroToHundredPercent() {
        assertEquals(0, BigDecimal.ZERO.compareTo(half().build().painSharePercent()));
        assertEquals(0, new BigDecimal("100").compareTo(half().painSharePercent(new BigDecimal("100")).build().painSharePercent()));
        assertOnly(() -> half().painSharePercent(new BigDecimal("100.5")).build(), "painSharePercent", "100.5",
                "gain share 'g': pain share 100.5 % must be 0 to 100 %");
        assertOnly(() -> half().painSharePercent(new BigDecimal("-1")).build(), "painSharePercent", "-1",
                "gain share 'g': pain share -1 % must be 0 to 100 %");
    }

    @Test
    void capsMustNotBeNegative() {
        assertTrue(half().cap(sek("0")).painCap(sek("0")).build().cap().isPresent());
        assertOnly(() -> half().cap(sek("-1")).build(), "cap", "-1 SEK", "gain share 'g': cap -1 SEK must not be negative");
        assertOnly(() -> half().painCap(sek("-0.01")).build(), "painCap", "-0.01 SEK",
                "gain share 'g': pain cap -0.01 SEK must not be negative");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        assertViolations(() -> GainShare.builder().id("g").tier(sek("5"), new BigDecimal("50")).painSharePercent(new BigDecimal("200"))
                        .cap(sek("-1")).painCap(sek("-2")).build(),
                Violation.of("tiers[0].from", "5 SEK", "gain share 'g': the first tier must start at 0, not 5 SEK"),
                Violation.of("painSharePercent", "200", "gain share 'g': pain share 200 % must be 0 to 100 %"),
                Violation.of("cap", "-1 SEK", "gain share 'g': cap -1 SEK must not be negative"),
                Violation.of("painCap", "-2 SEK", "gain share 'g': pain cap -2 SEK must not be negative"));
    }

    @Test
    void aMissingIdOrAnUnboundedFigureHidesNoOtherViolation() {
        // no id: the subject stays "GainShare" and each rule reads "gain share" (before: the id alone was named);
        // the cap of 400000.123456789 SEK has nine decimals, SEK two; 1000 EUR is not in the tiers' currency SEK
        ValidationException noId = assertViolations(() -> GainShare.builder().tier(sek("5"), new BigDecimal("50"))
                        .painSharePercent(new BigDecimal("-1")).cap(sek("400000.123456789")).painCap(Money.of("1000", "EUR")).build(),
                Violation.of("id", null, "id is required: null is not allowed"),
                Violation.of("tiers[0].from", "5 SEK", "gain share: the first tier must start at 0, not 5 SEK"),
                Violation.of("painSharePercent", "-1", "gain share: pain share -1 % must be 0 to 100 %"),
                Violation.of("cap", "400000.123456789 SEK", "gain share: cap 400000.123456789 SEK has more decimals than SEK"
                        + " allows (2): an amount that is paid or bounds a payment is stated in minor units"),
                Violation.of("painCap", "1000 EUR", "gain share: pain cap 1000 EUR is not in the tiers' currency SEK"));
        assertEquals("GainShare", noId.subject());
        // a pain share of 1e30 % is beyond the bounds: named for them, not also for 0 to 100 %; the malformed id
        // and the negative cap are judged beside it, with the id as given
        assertViolations(() -> GainShare.builder().id("").tier(sek("0"), new BigDecimal("50"))
                        .painSharePercent(new BigDecimal("1e30")).cap(sek("-1")).build(),
                Violation.of("painSharePercent", new BigDecimal("1e30"), "painSharePercent 1000000000000000000000000000000 "
                        + dev.partnering.internal.Limits.RULE),
                Violation.of("id", "", "component id '" + ID_RULE),
                Violation.of("cap", "-1 SEK", "gain share '': cap -1 SEK must not be negative"));
        // a cap beyond the bounds is named for them alone: not also for its sign, decimals or currency
        assertViolations(() -> GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).cap(Money.of("-1e19", "EUR"))
                        .painSharePercent(new BigDecimal("101")).build(),
                Violation.of("cap", new BigDecimal("-1e19"), "cap -10000000000000000000 " + dev.partnering.internal.Limits.RULE),
                Violation.of("painSharePercent", "101", "gain share 'g': pain share 101 % must be 0 to 100 %"));
    }

    @Test
    void tierRecordValidatesAndComparesByValue() {
        // a negative start is blamed on from (before: on sharePercent)
        assertOnly(() -> GainShareTier.of(sek("-1"), BigDecimal.TEN), "from", "-1 SEK",
                "gain-share tier from -1 SEK: the start must not be negative");
        assertOnly(() -> GainShareTier.of(sek("0"), new BigDecimal("-0.5")), "sharePercent", "-0.5",
                "gain-share tier share -0.5 % must be 0 to 100 %");
        assertOnly(() -> GainShareTier.of(sek("0"), new BigDecimal("100.01")), "sharePercent", "100.01",
                "gain-share tier share 100.01 % must be 0 to 100 %");
        // both at once: both named
        dev.partnering.Refusals.assertPaths(() -> GainShareTier.of(sek("-1"), new BigDecimal("101")), "from", "sharePercent");
        // the bounds themselves are allowed
        assertEquals(0, BigDecimal.ZERO.compareTo(GainShareTier.of(sek("0"), BigDecimal.ZERO).sharePercent()));
        assertEquals(0, new BigDecimal("100").compareTo(GainShareTier.of(sek("0"), new BigDecimal("100")).sharePercent()));
        // 50 and 50.00 are the same share; equal values have equal hash codes
        GainShareTier a = GainShareTier.of(sek("10"), new BigDecimal("50"));
        GainShareTier b = GainShareTier.of(sek("10.00"), new BigDecimal("50.00"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a.hashCode(), GainShareTier.of(sek("10"), new BigDecimal("30")).hashCode());
        assertNotEquals(a, GainShareTier.of(sek("10"), new BigDecimal("51")));
        assertNotEquals(a, GainShareTier.of(sek("11"), new BigDecimal("50")));
        assertFalse(a.equals("50 %"));
        assertEquals(half().build(), GainShare.builder().id("g").tier(sek("0.00"), new BigDecimal("50.0")).build());
    }

    // ------------------------------------------------------------------ evaluation

    @Test
    void withoutACostOutcomeTheComponentGivesZeroAndSaysSo() {
        GainShare g = half().build();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN).build();
        ComponentOutcome o = g.evaluate(new PeriodContext(Fixtures.agreement(), inputs, Optional.empty(), List.of()));
        assertEquals(sek("0"), o.amount());
        assertEquals(List.of(), o.lines());
        assertEquals("rule: gain share 'g': no cost outcome for 2026-01: 0", o.explanation().toString());
    }

    @Test
    void savingsAtATierBoundaryUseOnlyTheLowerBand() {
        GainShare g = half().tier(sek("1000"), new BigDecimal("30")).build();
        ComponentOutcome o = evaluate(g, CostOutcome.of(sek("5000"), sek("4000")));
        // savings exactly 1,000: 50 % × 1,000 = 500; the 30 % band from 1,000 holds nothing
        assertEquals(sek("500.00"), o.amount());
        assertEquals(sek("500.00"), o.customerPart().orElseThrow());
        assertEquals(String.join("\n",
                "gain share 'g': 500.00 SEK to the supplier",
                "  input: baseline 5000 SEK, actual 4000 SEK",
                "  savings S = 1000.00 SEK",
                "  50 % of the band 0.00 SEK to 1000.00 SEK (1000.00 SEK) = 500.00 SEK",
                "  = supplier part 500.00 SEK + customer part 500.00 SEK = 1000.00 SEK"), o.explanation().toString());
        assertEquals(List.of(), o.capsApplied());
    }

    @Test
    void savingsGivenDirectlyHaveNoBaselineStep() {
        GainShare g = half().tier(sek("1000"), new BigDecimal("30")).build();
        ComponentOutcome o = evaluate(g, CostOutcome.savings(sek("1500")));
        // 50 % × 1,000 + 30 % × 500 = 500 + 150 = 650
        assertEquals(sek("650.00"), o.amount());
        assertEquals(String.join("\n",
                "gain share 'g': 650.00 SEK to the supplier",
                "  savings S = 1500.00 SEK",
                "  50 % of the band 0.00 SEK to 1000.00 SEK (1000.00 SEK) = 500.00 SEK",
                "  30 % of the band 1000.00 SEK to 1500.00 SEK (500.00 SEK) = 150.00 SEK",
                "  = supplier part 650.00 SEK + customer part 850.00 SEK = 1500.00 SEK"), o.explanation().toString());
    }

    @Test
    void aShareExactlyAtTheCapIsNotReportedAsCapped() {
        GainShare g = half().cap(sek("500")).build();
        // savings 1,000 × 50 % = 500 = cap: not capped
        ComponentOutcome o = evaluate(g, CostOutcome.savings(sek("1000")));
        assertEquals(sek("500.00"), o.amount());
        assertEquals(List.of(), o.capsApplied());
        // savings 1,000.02 × 50 % = 500.01 > cap 500: capped
        ComponentOutcome capped = evaluate(g, CostOutcome.savings(sek("1000.02")));
        assertEquals(sek("500.00"), capped.amount());
        assertEquals(sek("500.02"), capped.customerPart().orElseThrow());
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.GAIN, sek("500.01"), sek("500.00"))), capped.capsApplied());
        assertTrue(capped.explanation().toString().contains("rule: capped at 500.00 SEK"), capped.explanation().toString());
    }

    @Test
    void zeroSavingsGiveZeroToBoth() {
        GainShare g = half().painSharePercent(new BigDecimal("50")).build();
        ComponentOutcome o = evaluate(g, CostOutcome.of(sek("1000"), sek("1000")));
        assertEquals(sek("0"), o.amount());
        assertEquals(sek("0"), o.customerPart().orElseThrow());
        assertEquals(String.join("\n",
                "gain share 'g': 0.00 SEK to the supplier",
                "  input: baseline 1000 SEK, actual 1000 SEK",
                "  savings S = 0.00 SEK",
                "  = supplier part 0.00 SEK + customer part 0.00 SEK = 0.00 SEK"), o.explanation().toString());
    }

    @Test
    void overrunWithoutPainShareFallsOnTheCustomer() {
        GainShare g = half().build();
        ComponentOutcome o = evaluate(g, CostOutcome.of(sek("1000"), sek("1200")));
        // overrun 200: supplier bears 0 %, the customer all of −200
        assertEquals(sek("0"), o.amount());
        assertEquals(sek("-200.00"), o.customerPart().orElseThrow());
        assertTrue(o.explanation().toString().contains("savings S = -200.00 SEK (overrun)"), o.explanation().toString());
        assertTrue(o.explanation().toString().contains("supplier bears |S| × 0 % = 0.00 SEK"), o.explanation().toString());
    }

    @Test
    void overrunExactlyAtThePainCapIsNotCapped() {
        GainShare g = half().painSharePercent(new BigDecimal("25")).painCap(sek("50")).build();
        // overrun 200 × 25 % = 50 = pain cap: not capped
        ComponentOutcome atCap = evaluate(g, CostOutcome.savings(sek("-200")));
        assertEquals(sek("-50.00"), atCap.amount());
        assertEquals(sek("-150.00"), atCap.customerPart().orElseThrow());
        assertEquals(List.of(), atCap.capsApplied());
        // overrun 400 × 25 % = 100 > 50: capped; the customer bears 350
        ComponentOutcome capped = evaluate(g, CostOutcome.savings(sek("-400")));
        assertEquals(sek("-50.00"), capped.amount());
        assertEquals(sek("-350.00"), capped.customerPart().orElseThrow());
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.PAIN, sek("100.00"), sek("50.00"))), capped.capsApplied());
        assertTrue(capped.explanation().toString().contains("rule: capped at pain cap 50.00 SEK"));
    }

    // ------------------------------------------------------------------ exposure and agreement

    @Test
    void exposureIsTheCapAndThePainCap() {
        Money fee = sek("250000.00");
        // no pain share: no downside, whatever the pain cap
        assertEquals(new Exposure(Optional.of(sek("1000")), Optional.of(sek("0"))), half().cap(sek("1000")).build().exposure(fee));
        // pain share with a pain cap: the pain cap; without a cap, the upside is unbounded
        assertEquals(new Exposure(Optional.empty(), Optional.of(sek("800"))),
                half().painSharePercent(BigDecimal.ONE).painCap(sek("800")).build().exposure(fee));
        // pain share without a pain cap: unbounded downside
        assertEquals(Exposure.unknown(), half().painSharePercent(BigDecimal.ONE).build().exposure(fee));
    }

    @Test
    void amountsMustBeInTheAgreementsCurrency() {
        GainShare g = GainShare.builder().id("g").tier(Money.of("0", "EUR"), new BigDecimal("50")).cap(Money.of("10", "EUR")).build();
        assertEquals(List.of(
                Violation.of("", "0 EUR", "gain share 'g': 0 EUR is not in the agreement's currency SEK"),
                Violation.of("", "10 EUR", "gain share 'g': 10 EUR is not in the agreement's currency SEK")),
                g.violationsAgainst(Fixtures.agreement()));
        assertEquals(List.of(), half().cap(sek("1")).painCap(sek("1")).build().violationsAgainst(Fixtures.agreement()));
        // a pain cap in EUR beside tiers in SEK is refused when the gain share is built (before: only against an agreement)
        assertOnly(() -> half().painCap(Money.of("3", "EUR")).build(), "painCap", "3 EUR",
                "gain share 'g': pain cap 3 EUR is not in the tiers' currency SEK");
        assertOnly(() -> half().cap(Money.of("3", "EUR")).build(), "cap", "3 EUR",
                "gain share 'g': cap 3 EUR is not in the tiers' currency SEK");
        assertEquals(GainShare.TYPE, g.type());
        assertEquals("gain-share", GainShare.TYPE);
    }
}
