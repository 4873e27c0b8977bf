package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ValueRangeTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void containsItsBoundsInclusive() {
        ValueRange r = ValueRange.percentage();
        assertTrue(r.contains(d("0")));
        assertTrue(r.contains(d("100.000")));
        assertTrue(r.contains(d("42.5")));
        assertFalse(r.contains(d("-0.001")));
        assertFalse(r.contains(d("100.001")));
    }

    @Test
    void eitherSideMayBeOpen() {
        assertTrue(ValueRange.atLeast(BigDecimal.ZERO).contains(d("1E+9")));
        assertFalse(ValueRange.atLeast(BigDecimal.ZERO).contains(d("-1")));
        ValueRange atMost = ValueRange.builder().upper(d("10")).build();
        assertTrue(atMost.contains(d("-1E+9")));
        assertFalse(atMost.contains(d("10.01")));
    }

    @Test
    void aSingleValueIsARange() {
        ValueRange r = ValueRange.of(d("1"), d("1.0"));
        assertTrue(r.contains(BigDecimal.ONE));
        assertFalse(r.contains(BigDecimal.ZERO));
    }

    @Test
    void needsABound() {
        ValidationException e = assertThrows(ValidationException.class, () -> ValueRange.builder().build());
        assertEquals(List.of(Violation.of("", "(-∞, +∞)", "a value range needs a lower bound, an upper bound or both")),
                e.violations());
    }

    @Test
    void lowerMustNotExceedUpper() {
        ValidationException e = assertThrows(ValidationException.class, () -> ValueRange.of(d("100"), d("0")));
        assertEquals(List.of(Violation.of("lower", "100", "lower bound 100 must not exceed upper bound 0")), e.violations());
    }

    @Test
    void printsAsAnInterval() {
        assertEquals("[0, 100]", ValueRange.percentage().toString());
        assertEquals("[0, +∞)", ValueRange.atLeast(BigDecimal.ZERO).toString());
        assertEquals("(-∞, 10]", ValueRange.builder().upper(d("10")).build().toString());
    }

    @Test
    void aQuotientIsJudgedExactlyWithoutDividing() {
        ValueRange unit = ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE);
        assertTrue(unit.containsQuotient(d("1"), d("1")));
        assertTrue(unit.containsQuotient(d("0"), d("5")));
        assertTrue(unit.containsQuotient(d("-1"), d("-2")));
        assertFalse(unit.containsQuotient(d("2"), d("1")));
        assertFalse(unit.containsQuotient(d("1"), d("-2")));
        assertFalse(unit.containsQuotient(d("-3"), d("-2")));
        // 100000000000000001 / 100000000000000000 = 1.00000000000000001 > 1: a 16-digit quotient would say 1
        assertFalse(unit.containsQuotient(d("100000000000000001"), d("100000000000000000")));
        assertTrue(ValueRange.atLeast(BigDecimal.ZERO).containsQuotient(d("7"), d("3")));
        assertFalse(ValueRange.atLeast(BigDecimal.ONE).containsQuotient(d("2"), d("3")));
        assertTrue(ValueRange.builder().upper(BigDecimal.ONE).build().containsQuotient(d("-7"), d("3")));
        assertFalse(ValueRange.builder().upper(BigDecimal.ONE).build().containsQuotient(d("7"), d("3")));
        assertThrows(ArithmeticException.class, () -> unit.containsQuotient(d("1"), d("0")));
    }
}
