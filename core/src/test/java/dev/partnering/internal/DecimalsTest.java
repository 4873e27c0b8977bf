package dev.partnering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aQuotientIsTheExactValueRoundedOnceHalfEven() {
        // 2 / 3 = 0.666… → 0.666667; 1 / 8 = 0.125 → 0.12 at 2 decimals (the tie to even 2), 3 / 8 = 0.375 → 0.38
        assertEquals(d("0.666667"), Decimals.quotient(d("2"), d("3"), 6));
        assertEquals(d("0.12"), Decimals.quotient(d("1"), d("8"), 2));
        assertEquals(d("0.38"), Decimals.quotient(d("3"), d("8"), 2));
        assertEquals(d("-0.38"), Decimals.quotient(d("-3"), d("8"), 2));
        // 10000000000000001 / 3 = 3333333333333333.666… → 3333333333333333.666667: no 16-digit cut
        assertEquals(d("3333333333333333.666667"), Decimals.quotient(d("10000000000000001"), d("3"), 6));
    }

    @Test
    void quotientsComeInCanonicalFormWithoutTrailingZeros() {
        // 170 / 200 = 0.85 (not 0.850000); 1.20 / 1 = 1.2; 100 / 1 = 100 (not 1E+2); 6 / 3 = 2; 0.00 / 5 = 0
        assertEquals(d("0.85"), Decimals.quotient(d("170"), d("200"), 6));
        assertEquals(d("1.2"), Decimals.quotient(d("1.20"), d("1"), 6));
        assertEquals(d("0"), Decimals.quotient(d("0.00"), d("5"), 6));
        assertEquals(d("-0.5"), Decimals.quotient(d("-1.0"), d("2"), 6));
        assertEquals(d("100"), Decimals.quotient(d("100"), d("1"), 6));
        assertEquals(d("2"), Decimals.quotient(d("6"), d("3"), 6));
        // a numerator finer than the decimals: 1.2345678 / 1 → 1.234568 (6 decimals)
        assertEquals(d("1.234568"), Decimals.quotient(d("1.2345678"), d("1"), 6));
        // 0 decimals: 5 / 2 = 2.5 → 2
        assertEquals(d("2"), Decimals.quotient(d("5"), d("2"), 0));
        assertThrows(ArithmeticException.class, () -> Decimals.quotient(d("1"), d("0"), 6));
    }

    @Test
    void roundingToDecimalsLeavesShorterValuesAlone() {
        assertEquals(d("0.12"), Decimals.round(d("0.12"), 6));
        // canonical form: 99.10 → 99.1, 1E+2 → 100, 0.000 → 0
        assertEquals(d("99.1"), Decimals.round(d("99.10"), 6));
        assertEquals("100", Decimals.round(d("1E+2"), 6).toPlainString());
        assertEquals(0, Decimals.round(d("1E+2"), 6).scale());
        assertEquals(d("0"), Decimals.round(d("0.000"), 6));
        // 1E+99 has 100 digits in plain form and is written plain; 1E+100 would have 101, more than a
        // document may hold, and keeps its exponent so that it reads back
        assertEquals(0, Decimals.canonical(d("1E+99")).scale());
        assertEquals(-100, Decimals.canonical(d("1E+100")).scale());
        assertEquals(d("0.123456"), Decimals.round(d("0.123456"), 6));
        assertEquals(d("0.123456"), Decimals.round(d("0.1234565"), 6));
        assertEquals(d("0.123457"), Decimals.round(d("0.12345651"), 6));
    }
}
