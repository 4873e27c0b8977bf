package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class AggregationRuleTest {

    @Test
    void hasStableNames() {
        assertEquals(List.of("mean", "sum", "min", "max", "last", "ratio", "percentile"), List.of(
                AggregationRule.mean().name(), AggregationRule.sum().name(), AggregationRule.min().name(),
                AggregationRule.max().name(), AggregationRule.last().name(), AggregationRule.ratio().name(),
                AggregationRule.percentile(BigDecimal.TEN).name()));
    }

    @Test
    void parameterlessRulesAreSingletons() {
        assertSame(AggregationRule.mean(), AggregationRule.mean());
        assertEquals(new AggregationRule.Ratio(), AggregationRule.ratio());
        assertNotEquals(AggregationRule.min(), AggregationRule.max());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "50", "90", "99.9", "100", "100.000"})
    void percentileIsAboveZeroAndAtMostHundred(String p) {
        assertEquals(0, new BigDecimal(p).compareTo(((AggregationRule.Percentile) AggregationRule.percentile(new BigDecimal(p))).p()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-5", "100.01", "1000"})
    void percentileOutsideTheRangeIsRejected(String p) {
        ValidationException e = assertThrows(ValidationException.class, () -> AggregationRule.percentile(new BigDecimal(p)));
        assertEquals(List.of(Violation.of("p", p, "percentile " + p + " must be greater than 0 and at most 100")),
                e.violations());
    }

    @Test
    void percentilesAreEqualByValue() {
        assertEquals(AggregationRule.percentile(new BigDecimal("95")), AggregationRule.percentile(new BigDecimal("95.00")));
        assertEquals(AggregationRule.percentile(new BigDecimal("95")).hashCode(),
                AggregationRule.percentile(new BigDecimal("95.00")).hashCode());
        assertNotEquals(AggregationRule.percentile(new BigDecimal("95")), AggregationRule.percentile(new BigDecimal("90")));
        assertEquals("percentile(95.5)", AggregationRule.percentile(new BigDecimal("95.5")).toString());
    }

    @Test
    void percentileRejectsNull() {
        // a factory's null is a "required" violation (before: NullPointerException)
        dev.partnering.Refusals.assertPaths(() -> AggregationRule.percentile(null), "p");
        dev.partnering.Refusals.assertPaths(() -> AggregationRule.percentile(new java.math.BigDecimal("1e-999999999")), "p");
    }
}
