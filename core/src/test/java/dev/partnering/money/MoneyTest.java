package dev.partnering.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class MoneyTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static List<BigDecimal> ratios(String... ratios) {
        return Arrays.stream(ratios).map(BigDecimal::new).toList();
    }

    private static List<Money> sekList(String... amounts) {
        return Arrays.stream(amounts).map(MoneyTest::sek).toList();
    }

    @Nested
    class Creation {

        @Test
        void keepsTheExactAmountAndItsScale() {
            Money m = Money.of(new BigDecimal("1500000.005"), SEK);
            assertEquals(new BigDecimal("1500000.005"), m.amount());
            assertEquals(SEK, m.currency());
            assertEquals("1500000.005 SEK", m.toString());
        }

        @Test
        void parsesTrimmedText() {
            assertEquals(new BigDecimal("12.50"), Money.of(" 12.50 ", "SEK").amount());
            assertEquals(SEK, Money.of("1", " SEK ").currency());
        }

        @Test
        void toStringIsPlainEvenForExponentNotation() {
            // 1E+3 is 1000, printed without exponent
            assertEquals("1000 SEK", Money.of(new BigDecimal("1E+3"), SEK).toString());
        }

        @Test
        void rejectsTextThatIsNotADecimalNumber() {
            ValidationException e = assertThrows(ValidationException.class, () -> Money.of("12,50", "SEK"));
            assertEquals(List.of(Violation.of("amount", "12,50", "amount '12,50' is not a decimal number")), e.violations());
            assertTrue(e.getMessage().contains("amount '12,50' is not a decimal number"), e.getMessage());
        }

        @Test
        void rejectsAnEmptyAmount() {
            assertThrows(ValidationException.class, () -> Money.of("", "SEK"));
        }

        @Test
        void rejectsAnUnknownCurrencyCode() {
            ValidationException e = assertThrows(ValidationException.class, () -> Money.of("1.00", "SEKK"));
            assertEquals("currency", e.violations().get(0).path());
            assertEquals("SEKK", e.violations().get(0).value());
            assertTrue(e.getMessage().contains("currency 'SEKK' is not an ISO-4217 currency code"), e.getMessage());
        }

        @Test
        void currencyCodesAreCaseSensitive() {
            assertThrows(ValidationException.class, () -> Money.currency("sek"));
            assertEquals(SEK, Money.currency("SEK"));
        }

        @Test
        void rejectsACurrencyWithoutMinorUnit() {
            // XXX ("no currency") and XAU (gold) have getDefaultFractionDigits() == -1
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Money.of(BigDecimal.ONE, Currency.getInstance("XXX")));
            assertTrue(e.getMessage().contains("currency XXX has no minor unit and cannot hold money"), e.getMessage());
            assertThrows(ValidationException.class, () -> Money.of("1", "XAU"));
        }

        @Test
        void namesABadAmountAndACurrencyWithoutMinorUnitAtOnce() {
            // "abc" is no decimal and XXX has no minor unit: two independent problems, both named
            // (before, the amount alone was named and the currency only once the amount was fixed)
            ValidationException e = assertThrows(ValidationException.class, () -> Money.of("abc", "XXX"));
            assertEquals(List.of(Violation.of("amount", "abc", "amount 'abc' is not a decimal number"),
                    Violation.of("currency", "XXX", "currency XXX has no minor unit and cannot hold money")), e.violations());
            // an amount beyond the bounds beside it: named for its bounds, the currency still judged
            ValidationException huge = assertThrows(ValidationException.class, () -> Money.of("1e999", "XAU"));
            assertEquals(List.of("amount", "currency"), huge.violations().stream().map(Violation::path).toList());
            // the same rule as for a parsed amount, and the same single violation when the amount is fine
            ValidationException alone = assertThrows(ValidationException.class, () -> Money.of("1", "XXX"));
            assertEquals(List.of(Violation.of("currency", "XXX", "currency XXX has no minor unit and cannot hold money")),
                    alone.violations());
        }

        @Test
        void nullArgumentsAreRejected() {
            // a null passed to a factory is a ValidationException with rule "required" (before: NullPointerException)
            dev.partnering.Refusals.assertPaths(() -> Money.of((BigDecimal) null, SEK), "amount");
            dev.partnering.Refusals.assertPaths(() -> Money.of(BigDecimal.ONE, null), "currency");
            dev.partnering.Refusals.assertPaths(() -> Money.of(null, "SEK"), "amount");
            dev.partnering.Refusals.assertPaths(() -> Money.of((String) null, null), "amount", "currency");
        }

        @Test
        void zeroIsZero() {
            assertTrue(Money.zero(SEK).isZero());
            assertEquals(sek("0.00"), Money.zero(SEK));
        }

        @Test
        void fromMinorUnitsAtTheCurrencyScale() {
            // 1050 cents = 10.50 EUR; 1050 yen = 1050 JPY
            assertEquals(new BigDecimal("10.50"), Money.ofMinor(BigInteger.valueOf(1050), EUR).amount());
            assertEquals(new BigDecimal("1050"), Money.ofMinor(BigInteger.valueOf(1050), JPY).amount());
            assertEquals(new BigDecimal("-0.07"), Money.ofMinor(BigInteger.valueOf(-7), SEK).amount());
        }

        @Test
        void toMinorUnitsRoundsHalfEvenFirst() {
            assertEquals(BigInteger.valueOf(1050), Money.of("10.50", "EUR").minorUnits());
            // 2.345 -> 2.34 (4 is even) -> 234 öre
            assertEquals(BigInteger.valueOf(234), sek("2.345").minorUnits());
            // 1234.5 JPY -> 1234 (4 is even)
            assertEquals(BigInteger.valueOf(1234), Money.of("1234.5", "JPY").minorUnits());
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void addsAndSubtractsExactly() {
            // 100.00 + 50.505 = 150.505 (no rounding); 100.00 - 150.505 = -50.505
            assertEquals(new BigDecimal("150.505"), sek("100.00").plus(sek("50.505")).amount());
            assertEquals(new BigDecimal("-50.505"), sek("100.00").minus(sek("150.505")).amount());
        }

        @Test
        void multipliesExactly() {
            // 10.00 × 0.333 = 3.33000, kept exact
            assertEquals(new BigDecimal("3.33000"), sek("10.00").multipliedBy(new BigDecimal("0.333")).amount());
        }

        @Test
        void takesAPercentageExactly() {
            // 1000.00 × 12.5 / 100 = 125.00000 (scale 2 + 1 + 2: exact, no rounding)
            assertEquals(sek("125"), sek("1000.00").percent(new BigDecimal("12.5")));
            assertEquals(new BigDecimal("125.00000"), sek("1000.00").percent(new BigDecimal("12.5")).amount());
            // 0.01 × 0.5 % = 0.00005
            assertEquals(new BigDecimal("0.00005"), sek("0.01").percent(new BigDecimal("0.5")).amount());
        }

        @Test
        void dividesRoundingTheExactQuotientOnceToTheMinorUnit() {
            // 100 / 3 = 33.333… → 33.33 (it was 33.33333333333333, 16 significant digits, before the precision rule)
            assertEquals(new BigDecimal("33.33"), sek("100").dividedBy(new BigDecimal("3")).amount());
            // 2 / 3 = 0.666… → 0.67
            assertEquals(new BigDecimal("0.67"), sek("2").dividedBy(new BigDecimal("3")).amount());
            // 10 / 4 = 2.5 exactly, at the currency's scale 2.50
            assertEquals(new BigDecimal("2.50"), sek("10").dividedBy(new BigDecimal("4")).amount());
            // 1e15 / 3 = 333333333333333.333… → 333333333333333.33 (16 significant digits gave …333.30)
            assertEquals(new BigDecimal("333333333333333.33"), sek("1000000000000000").dividedBy(new BigDecimal("3")).amount());
            // 0.05 / 2 = 0.025 → 0.02 (HALF_EVEN: the tie goes to the even 2); 0.07 / 2 = 0.035 → 0.04
            assertEquals(new BigDecimal("0.02"), sek("0.05").dividedBy(new BigDecimal("2")).amount());
            assertEquals(new BigDecimal("0.04"), sek("0.07").dividedBy(new BigDecimal("2")).amount());
            // 0.05 / 2 = 0.025 → 0.03 rounding UP; 1000 JPY / 3 = 333.33… → 333 (no minor unit)
            assertEquals(new BigDecimal("0.03"), sek("0.05").dividedBy(new BigDecimal("2"), java.math.RoundingMode.UP).amount());
            assertEquals(new BigDecimal("333"), Money.of("1000", "JPY").dividedBy(new BigDecimal("3")).amount());
        }

        @Test
        void dividingByZeroFails() {
            assertThrows(ArithmeticException.class, () -> sek("1").dividedBy(BigDecimal.ZERO));
        }

        @Test
        void negatesAndTakesAbsoluteValues() {
            assertEquals(sek("-12.50"), sek("12.50").negated());
            assertEquals(sek("12.50"), sek("-12.50").abs());
            Money positive = sek("12.50");
            assertSame(positive, positive.abs());
        }

        @Test
        void signPredicates() {
            assertTrue(sek("0.01").isPositive());
            assertTrue(sek("-0.01").isNegative());
            assertTrue(sek("0.00").isZero());
            assertFalse(sek("0.00").isPositive());
            assertFalse(sek("0.00").isNegative());
        }

        @Test
        void comparesNumerically() {
            assertTrue(sek("10").isGreaterThan(sek("9.99")));
            assertTrue(sek("9.99").isLessThan(sek("10")));
            assertEquals(0, sek("10").compareTo(sek("10.000")));
            assertEquals(sek("9.99"), sek("10").min(sek("9.99")));
            assertEquals(sek("10"), sek("10").max(sek("9.99")));
        }

        @Test
        void minAndMaxReturnThisWhenEqual() {
            Money a = sek("10.0");
            Money b = sek("10.00");
            assertSame(a, a.min(b));
            assertSame(a, a.max(b));
        }
    }

    @Nested
    class CurrencyMismatch {

        @Test
        void addingDifferentCurrenciesFailsNamingBoth() {
            CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                    () -> sek("1").plus(Money.of("1", "EUR")));
            assertEquals("Currencies differ: SEK/EUR", e.getMessage());
            assertEquals(SEK, e.first());
            assertEquals(EUR, e.second());
        }

        @Test
        void everyTwoAmountOperationChecksTheCurrency() {
            Money eur = Money.of("1", "EUR");
            assertEquals("Currencies differ: EUR/SEK",
                    assertThrows(CurrencyMismatchException.class, () -> eur.minus(sek("1"))).getMessage());
            assertThrows(CurrencyMismatchException.class, () -> sek("1").compareTo(eur));
            assertThrows(CurrencyMismatchException.class, () -> sek("1").min(eur));
            assertThrows(CurrencyMismatchException.class, () -> sek("1").max(eur));
            assertThrows(CurrencyMismatchException.class, () -> sek("1").isGreaterThan(eur));
            assertThrows(CurrencyMismatchException.class, () -> sek("1").isLessThan(eur));
        }

        @Test
        void isAnIllegalArgumentException() {
            assertTrue(new CurrencyMismatchException(SEK, EUR) instanceof IllegalArgumentException);
        }
    }

    @Nested
    class Rounding {

        @ParameterizedTest(name = "{0} {1} rounds to {2}")
        @CsvSource({
                "SEK, 2.345, 2.34", // half: to the even 4
                "SEK, 2.355, 2.36", // half: to the even 6
                "SEK, 2.3451, 2.35", // above half
                "SEK, -2.345, -2.34",
                "SEK, -2.355, -2.36",
                "SEK, 5, 5.00",
                "JPY, 2.5, 2", // half: to the even 2
                "JPY, 3.5, 4", // half: to the even 4
                "JPY, 1234.49, 1234",
                "BHD, 1.0005, 1.000", // Bahraini dinar has 3 decimals
                "BHD, 1.0015, 1.002"})
        void roundsHalfEvenToTheMinorUnit(String currency, String amount, String expected) {
            Money rounded = Money.of(amount, currency).rounded();
            assertEquals(new BigDecimal(expected), rounded.amount());
            assertEquals(Currency.getInstance(currency).getDefaultFractionDigits(), rounded.amount().scale());
        }

        @Test
        void roundsWithAnExplicitMode() {
            assertEquals(new BigDecimal("2.35"), sek("2.345").rounded(RoundingMode.HALF_UP).amount());
            assertEquals(new BigDecimal("2.34"), sek("2.349").rounded(RoundingMode.DOWN).amount());
            assertThrows(ArithmeticException.class, () -> sek("2.345").rounded(RoundingMode.UNNECESSARY));
        }

        @Test
        void knowsWhetherItIsRounded() {
            assertTrue(sek("2.34").isRounded());
            assertTrue(sek("2.340000").isRounded()); // trailing zeros do not count
            assertTrue(sek("100").isRounded());
            assertFalse(sek("2.345").isRounded());
            assertTrue(Money.of("100.0", "JPY").isRounded());
            assertFalse(Money.of("100.5", "JPY").isRounded());
        }
    }

    @Nested
    class Allocation {

        @Test
        void splitsEvenlyWhenTheRatiosAllow() {
            // 1000.00 × 50/100, 30/100, 20/100 = 500.00, 300.00, 200.00
            assertEquals(sekList("500.00", "300.00", "200.00"), sek("1000.00").allocate(ratios("50", "30", "20")));
        }

        @Test
        void givesTheLeftoverUnitToTheLargestRemainder() {
            // 1000 öre × 1/3 = 333 r 1; × 2/3 = 666 r 2; 999 given, 1 left -> the larger remainder (second)
            assertEquals(sekList("3.33", "6.67"), sek("10.00").allocate(ratios("1", "2")));
        }

        @Test
        void tiesGoToTheEarlierPart() {
            // 5 öre × 1/2 = 2 r 1 each; 1 left, tie -> first part
            assertEquals(sekList("0.03", "0.02"), sek("0.05").allocate(ratios("1", "1")));
            // 10000 öre / 3 = 3333 r 1 each; 1 left -> first
            assertEquals(sekList("33.34", "33.33", "33.33"), sek("100.00").allocate(ratios("1", "1", "1")));
            // 200 öre × (1, 1, 1) / 3 -> 66 r 2 each; 2 left -> first and second
            assertEquals(sekList("0.67", "0.67", "0.66"), sek("2.00").allocate(ratios("1", "1", "1")));
        }

        @Test
        void tieBreakFollowsTheRemainderNotThePosition() {
            // 1000 öre × (2, 1, 2)/5 = 400, 200, 400 exact: nothing left
            assertEquals(sekList("4.00", "2.00", "4.00"), sek("10.00").allocate(ratios("2", "1", "2")));
            // 1001 öre × (1, 3, 3)/7: 143 r0, 429 r0, 429 r0 -> 1001 exact
            assertEquals(sekList("1.43", "4.29", "4.29"), sek("10.01").allocate(ratios("1", "3", "3")));
            // 1002 öre × (1, 3, 3)/7: 143 r1, 429 r3, 429 r3 -> 1001, 1 left: tie between 2nd and 3rd -> 2nd
            assertEquals(sekList("1.43", "4.30", "4.29"), sek("10.02").allocate(ratios("1", "3", "3")));
        }

        @Test
        void allocatesNegativeAmountsLikeTheirAbsoluteValueNegated() {
            // -1000 öre: |..| split as 333, 667, then negated
            assertEquals(sekList("-3.33", "-6.67"), sek("-10.00").allocate(ratios("1", "2")));
            assertEquals(sekList("-33.34", "-33.33", "-33.33"), sek("-100.00").split(3));
        }

        @Test
        void zeroRatiosGetZero() {
            assertEquals(sekList("0.00", "100.00", "0.00"), sek("100.00").allocate(ratios("0", "1", "0")));
        }

        @Test
        void allocatingZeroGivesZeros() {
            assertEquals(sekList("0", "0"), sek("0").allocate(ratios("1", "2")));
        }

        @Test
        void acceptsDecimalRatiosOfMixedScale() {
            // 1.00 × 0.5, 0.25, 0.25 = 0.50, 0.25, 0.25
            assertEquals(sekList("0.50", "0.25", "0.25"), sek("1.00").allocate(ratios("0.5", "0.25", "0.25")));
            // 3.00 × 1/1.5, 0.5/1.5 = 2.00, 1.00
            assertEquals(sekList("2.00", "1.00"), sek("3.00").allocate(ratios("1", "0.5")));
            // ratios in exponent notation: 1E+2 and 100 are the same weight
            assertEquals(sekList("0.50", "0.50"), sek("1.00").allocate(List.of(new BigDecimal("1E+2"), new BigDecimal("100"))));
        }

        @Test
        void roundsTheWholeFirstHalfEven() {
            // 10.005 -> 10.00 (0 is even), then 1000 öre / 2
            assertEquals(sekList("5.00", "5.00"), sek("10.005").allocate(ratios("1", "1")));
            // 10.015 -> 10.02, then 1002 / 2 = 501 each
            assertEquals(sekList("5.01", "5.01"), sek("10.015").allocate(ratios("1", "1")));
        }

        @Test
        void allocatesInTheCurrencysMinorUnit() {
            // 100 yen / 3 = 33 r 1 each -> 34, 33, 33
            assertEquals(List.of(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY")),
                    Money.of("100", "JPY").split(3));
            for (Money part : Money.of("100", "JPY").split(3)) {
                assertEquals(0, part.amount().scale());
            }
        }

        @Test
        void aSingleRatioGetsEverything() {
            // 12.345 -> 12.34 HALF_EVEN (4 is even), all of it to the one part
            assertEquals(sekList("12.34"), sek("12.345").allocate(ratios("7")));
            assertEquals(sekList("12.34"), sek("12.345").split(1));
        }

        @Test
        void theResultIsUnmodifiable() {
            List<Money> parts = sek("10").split(2);
            assertThrows(UnsupportedOperationException.class, () -> parts.add(sek("1")));
        }

        @Test
        void doesNotMutateTheRatios() {
            List<BigDecimal> ratios = new ArrayList<>(ratios("1", "2"));
            sek("10").allocate(ratios);
            assertEquals(ratios("1", "2"), ratios);
        }

        @Test
        void rejectsAnEmptyListOfRatios() {
            ValidationException e = assertThrows(ValidationException.class, () -> sek("10").allocate(List.of()));
            assertEquals(List.of(Violation.of("ratios", "[]", "cannot allocate by an empty list of ratios")), e.violations());
        }

        @Test
        void rejectsNegativeRatiosNamingEachOne() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> sek("10").allocate(ratios("1", "-1", "2", "-0.5")));
            assertEquals(List.of(
                    Violation.of("ratios[1]", "-1", "ratio -1 must not be negative"),
                    Violation.of("ratios[3]", "-0.5", "ratio -0.5 must not be negative")), e.violations());
            assertTrue(e.getMessage().startsWith("Money allocation is invalid (2 violations):"), e.getMessage());
        }

        @Test
        void rejectsRatiosThatAreAllZero() {
            ValidationException e = assertThrows(ValidationException.class, () -> sek("10").allocate(ratios("0", "0.00")));
            assertEquals(1, e.violations().size());
            assertEquals("ratios", e.violations().get(0).path());
            assertEquals("at least one ratio must be greater than zero", e.violations().get(0).rule());
        }

        @Test
        void reportsNegativeAndNoPositiveRatioTogether() {
            ValidationException e = assertThrows(ValidationException.class, () -> sek("10").allocate(ratios("-1", "0")));
            assertEquals(List.of("ratios[0]", "ratios"), e.violations().stream().map(Violation::path).toList());
        }

        @Test
        void rejectsNullRatios() {
            assertThrows(NullPointerException.class, () -> sek("10").allocate(null));
            // the list is a plain argument (NullPointerException); a null inside it is data: a violation
            // at its index (before: NullPointerException)
            ValidationException e = assertThrows(ValidationException.class,
                    () -> sek("10").allocate(Arrays.asList(BigDecimal.ONE, null)));
            assertEquals(List.of("ratios[1]"), e.violations().stream().map(Violation::path).toList());
        }
    }

    @Nested
    class Split {

        @Test
        void givesTheExtraUnitsToTheEarlierParts() {
            // 1000 öre / 7 = 142 r 6 each; 994 given, 6 left -> parts 1..6 get 143
            assertEquals(sekList("1.43", "1.43", "1.43", "1.43", "1.43", "1.43", "1.42"), sek("10.00").split(7));
        }

        @Test
        void splitsIntoOnePart() {
            assertEquals(sekList("10.00"), sek("10").split(1));
        }

        @Test
        void rejectsFewerThanOnePart() {
            ValidationException e = assertThrows(ValidationException.class, () -> sek("100.00").split(0));
            assertEquals(List.of(Violation.of("n", 0,
                    "cannot split 100.00 SEK into 0 parts: the number of parts must be at least 1")), e.violations());
            assertThrows(ValidationException.class, () -> sek("100.00").split(-2));
        }
    }

    @Nested
    class Equality {

        @Test
        void ignoresTheScale() {
            assertEquals(sek("100"), sek("100.00"));
            assertEquals(sek("100").hashCode(), sek("100.00").hashCode());
            assertEquals(sek("0").hashCode(), sek("0.000").hashCode());
            assertEquals(sek("1E+2"), sek("100.0"));
            assertEquals(sek("1E+2").hashCode(), sek("100.0").hashCode());
        }

        @Test
        void keepsTheScaleForDisplay() {
            assertEquals("100.00 SEK", sek("100.00").toString());
            assertEquals("100 SEK", sek("100").toString());
        }

        @Test
        void differsByCurrencyAndAmount() {
            assertNotEquals(sek("100"), Money.of("100", "EUR"));
            assertNotEquals(sek("100"), sek("100.01"));
            assertNotEquals(sek("100"), new BigDecimal("100"));
            assertNotEquals(sek("100"), null);
        }
    }
}
