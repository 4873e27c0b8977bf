package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;

class KpiDefinitionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static KpiDefinition.Builder kpi(String id, Direction direction) {
        return kpi(id, direction, "%");
    }

    private static KpiDefinition.Builder kpi(String id, Direction direction, String unit) {
        return KpiDefinition.builder().id(id).name("The " + id).unit(unit).direction(direction).effectiveFrom(FROM);
    }

    private static KpiDefinition.Builder higher() {
        return kpi("availability", Direction.HIGHER_IS_BETTER);
    }

    private static KpiDefinition.Builder lower() {
        return kpi("response", Direction.LOWER_IS_BETTER, "hours");
    }

    private static KpiDefinition.Builder binary() {
        return kpi("report-on-time", Direction.BINARY, "met");
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Asserts the build fails with exactly one violation at the path with the rule. */
    private static void rejected(Executable build, String path, String rule) {
        ValidationException e = assertThrows(ValidationException.class, build);
        assertEquals(1, e.violations().size(), e::getMessage);
        assertEquals(path, e.violations().get(0).path());
        assertEquals(rule, e.violations().get(0).rule());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }

    @Test
    void theFixtureKpisAreValid() {
        assertEquals(3, Fixtures.kpis().size());
        assertEquals(d("1.2"), Fixtures.availability().maxAttainment());
        assertEquals(BigDecimal.ONE, Fixtures.incidentResponse().maxAttainment());
    }

    @Nested
    class HigherIsBetter {

        @Test
        void minimumBelowTargetBelowStretchIsValid() {
            KpiDefinition k = higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).build();
            assertEquals(Optional.of(d("99.0")), k.minimum());
            assertEquals(Optional.of(d("99.5")), k.target());
            assertEquals(Optional.of(d("99.9")), k.stretch());
        }

        @Test
        void stretchEqualToTargetIsValid() {
            higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.5")).build();
        }

        @Test
        void noStretchIsValid() {
            assertEquals(Optional.empty(), higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5")).build().stretch());
        }

        @Test
        void minimumAboveTargetIsRejected() {
            rejected(() -> higher().thresholds(new BigDecimal("99.6"), new BigDecimal("99.5")).build(), "minimum",
                    "kpi 'availability': minimum 99.6 must be below target 99.5 for a HIGHER_IS_BETTER kpi");
        }

        @Test
        void minimumEqualToTargetIsRejected() {
            rejected(() -> higher().thresholds(new BigDecimal("99.5"), new BigDecimal("99.50")).build(), "minimum",
                    "kpi 'availability': minimum 99.5 must be below target 99.50 for a HIGHER_IS_BETTER kpi");
        }

        @Test
        void stretchBelowTargetIsRejected() {
            rejected(() -> higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.4")).build(), "stretch",
                    "kpi 'availability': stretch 99.4 must not be below target 99.5 for a HIGHER_IS_BETTER kpi");
        }

        @Test
        void theMessageNamesTheThingTheValueAndTheRule() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> kpi("ticket-response", Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("95"), new BigDecimal("90")).build());
            assertEquals(List.of(Violation.of("minimum", "95",
                    "kpi 'ticket-response': minimum 95 must be below target 90 for a HIGHER_IS_BETTER kpi")), e.violations());
            assertTrue(e.getMessage().startsWith("KpiDefinition 'ticket-response' is invalid (1 violation):"), e.getMessage());
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void minimumAboveTargetAboveStretchIsValid() {
            lower().thresholds(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("2")).build();
        }

        @Test
        void stretchEqualToTargetIsValid() {
            lower().thresholds(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("4")).build();
        }

        @Test
        void minimumBelowTargetIsRejected() {
            rejected(() -> lower().thresholds(new BigDecimal("3"), new BigDecimal("4")).build(), "minimum",
                    "kpi 'response': minimum 3 must be above target 4 for a LOWER_IS_BETTER kpi");
        }

        @Test
        void minimumEqualToTargetIsRejected() {
            rejected(() -> lower().thresholds(new BigDecimal("4"), new BigDecimal("4")).build(), "minimum",
                    "kpi 'response': minimum 4 must be above target 4 for a LOWER_IS_BETTER kpi");
        }

        @Test
        void stretchAboveTargetIsRejected() {
            rejected(() -> lower().thresholds(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("5")).build(), "stretch",
                    "kpi 'response': stretch 5 must not be above target 4 for a LOWER_IS_BETTER kpi");
        }

        @Test
        void higherIsBetterThresholdsAreRejected() {
            // 1 < 4 < 8 is the HIGHER_IS_BETTER order: both the minimum and the stretch are wrong
            ValidationException e = assertThrows(ValidationException.class, () -> lower().thresholds(new BigDecimal("1"), new BigDecimal("4"), new BigDecimal("8")).build());
            assertEquals(List.of("minimum", "stretch"), e.violations().stream().map(Violation::path).toList());
        }
    }

    @Nested
    class RequiredThresholds {

        @ParameterizedTest
        @CsvSource({"HIGHER_IS_BETTER", "LOWER_IS_BETTER"})
        void minimumAndTargetAreRequiredUnlessBinary(Direction direction) {
            ValidationException e = assertThrows(ValidationException.class, () -> kpi("k", direction).build());
            assertEquals(List.of(
                    Violation.of("minimum", null, "kpi 'k': minimum is required for a " + direction + " kpi"),
                    Violation.of("target", null, "kpi 'k': target is required for a " + direction + " kpi")), e.violations());
        }

        @Test
        void aTargetAloneIsNotEnough() {
            rejected(() -> higher().target(d("99.5")).build(), "minimum",
                    "kpi 'availability': minimum is required for a HIGHER_IS_BETTER kpi");
        }
    }

    @Nested
    class Binary {

        @Test
        void hasNoThresholdsAndAttainsAtMostOne() {
            KpiDefinition k = binary().aggregation(AggregationRule.last()).build();
            assertTrue(k.isBinary());
            assertEquals(BigDecimal.ONE, k.maxAttainment());
            assertTrue(k.minimum().isEmpty() && k.target().isEmpty() && k.stretch().isEmpty());
        }

        @Test
        void buildsWithTheDefaultAggregation() {
            // the default must be one a BINARY kpi accepts: met in the period only if met every time (min)
            KpiDefinition k = binary().build();
            assertEquals(AggregationRule.min(), k.aggregation());
            assertEquals(AggregationRule.mean(), higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).build().aggregation());
        }

        @Test
        void acceptsMinMaxAndLast() {
            for (AggregationRule rule : List.of(AggregationRule.min(), AggregationRule.max(), AggregationRule.last())) {
                assertEquals(rule, binary().aggregation(rule).build().aggregation());
            }
        }

        @Test
        void rejectsOtherAggregations() {
            rejected(() -> binary().aggregation(AggregationRule.mean()).build(), "aggregation",
                    "kpi 'report-on-time': a BINARY kpi aggregates by min, max or last, not mean");
            rejected(() -> binary().aggregation(AggregationRule.ratio()).build(), "aggregation",
                    "kpi 'report-on-time': a BINARY kpi aggregates by min, max or last, not ratio");
            rejected(() -> binary().aggregation(AggregationRule.percentile(d("90"))).build(), "aggregation",
                    "kpi 'report-on-time': a BINARY kpi aggregates by min, max or last, not percentile");
        }

        @Test
        void rejectsThresholds() {
            String rule = "kpi 'report-on-time': a BINARY kpi has no minimum, target or stretch (1 is met, 0 is not)";
            rejected(() -> binary().aggregation(AggregationRule.last()).target(d("1")).build(), "target", rule);
            rejected(() -> binary().aggregation(AggregationRule.last()).minimum(d("0")).build(), "target", rule);
            rejected(() -> binary().aggregation(AggregationRule.last()).stretch(d("1")).build(), "target", rule);
        }

        @Test
        void rejectsAMaxAttainmentAboveOne() {
            rejected(() -> binary().aggregation(AggregationRule.last()).maxAttainment(d("1.2")).build(), "maxAttainment",
                    "kpi 'report-on-time': a BINARY kpi attains at most 1, not 1.2");
            binary().aggregation(AggregationRule.last()).maxAttainment(d("1.00")).build();
        }
    }

    @Nested
    class MaxAttainment {

        @Test
        void defaultsTo1Point2WithAStretchAnd1Without() {
            assertEquals(d("1.2"), higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).build().maxAttainment());
            assertEquals(BigDecimal.ONE, higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5")).build().maxAttainment());
        }

        @Test
        void isConfigurableWithAStretch() {
            assertEquals(d("1.5"), higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).maxAttainment(d("1.5")).build().maxAttainment());
            assertEquals(d("1"), higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).maxAttainment(d("1")).build().maxAttainment());
        }

        @Test
        void isAtLeastOneWithAStretch() {
            rejected(() -> higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).maxAttainment(d("0.9")).build(), "maxAttainment",
                    "kpi 'availability': maxAttainment 0.9 must be at least 1");
        }

        @Test
        void isOneWithoutAStretch() {
            rejected(() -> higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5")).maxAttainment(d("1.2")).build(), "maxAttainment",
                    "kpi 'availability': maxAttainment 1.2 needs a stretch threshold; without one attainment caps at 1");
            rejected(() -> lower().thresholds(new BigDecimal("8"), new BigDecimal("4")).maxAttainment(d("0.8")).build(), "maxAttainment",
                    "kpi 'response': maxAttainment 0.8 needs a stretch threshold; without one attainment caps at 1");
            higher().thresholds(new BigDecimal("99.0"), new BigDecimal("99.5")).maxAttainment(d("1.0")).build();
        }
    }

    @Nested
    class ValidRange {

        @Test
        void thresholdsWithinTheRangeAreValidIncludingItsBounds() {
            higher().thresholds(new BigDecimal("0"), new BigDecimal("99.5"), new BigDecimal("100")).validRange(ValueRange.percentage()).build();
            lower().thresholds(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("0")).validRange(ValueRange.atLeast(BigDecimal.ZERO)).build();
        }

        @Test
        void eachThresholdOutsideTheRangeIsRejected() {
            rejected(() -> higher().thresholds(new BigDecimal("-1"), new BigDecimal("99.5")).validRange(ValueRange.percentage()).build(), "minimum",
                    "kpi 'availability': minimum -1 is outside the valid range [0, 100]");
            rejected(() -> higher().thresholds(new BigDecimal("99"), new BigDecimal("101")).validRange(ValueRange.percentage()).build(), "target",
                    "kpi 'availability': target 101 is outside the valid range [0, 100]");
            rejected(() -> higher().thresholds(new BigDecimal("99"), new BigDecimal("99.5"), new BigDecimal("100.5")).validRange(ValueRange.percentage()).build(), "stretch",
                    "kpi 'availability': stretch 100.5 is outside the valid range [0, 100]");
            rejected(() -> lower().thresholds(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("-1")).validRange(ValueRange.atLeast(BigDecimal.ZERO)).build(),
                    "stretch", "kpi 'response': stretch -1 is outside the valid range [0, +∞)");
        }
    }

    @Nested
    class OtherAttributes {

        @Test
        void defaults() {
            KpiDefinition k = higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).build();
            assertEquals(BigDecimal.ONE, k.weight());
            assertEquals(1, k.version());
            assertEquals(MeasurementFrequency.MONTHLY, k.frequency());
            assertEquals("availability v1", k.label());
            assertFalse(k.isBinary());
            assertTrue(k.validRange().isEmpty());
        }

        @Test
        void labelNamesTheVersion() {
            assertEquals("availability v2", higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).version(2).build().label());
        }

        @Test
        void weightMustBePositive() {
            rejected(() -> higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).weight(BigDecimal.ZERO).build(), "weight",
                    "kpi 'availability': weight 0 must be greater than 0");
            rejected(() -> higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).weight(d("-0.5")).build(), "weight",
                    "kpi 'availability': weight -0.5 must be greater than 0");
            higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).weight(d("0.001")).build();
        }

        @Test
        void versionIsAtLeastOne() {
            rejected(() -> higher().thresholds(new BigDecimal("1"), new BigDecimal("2")).version(0).build(), "version",
                    "kpi 'availability': version 0 must be at least 1");
        }

        @Test
        void namesAndTextsMustNotBeBlank() {
            rejected(() -> KpiDefinition.builder().id("k").name(" ").unit("%").direction(Direction.BINARY)
                    .aggregation(AggregationRule.last()).effectiveFrom(FROM).build(), "name", "kpi 'k': name must not be blank");
            rejected(() -> KpiDefinition.builder().id("k").name("K").unit("").direction(Direction.BINARY)
                    .aggregation(AggregationRule.last()).effectiveFrom(FROM).build(), "unit", "kpi 'k': unit must not be blank");
            rejected(() -> binary().aggregation(AggregationRule.last()).dataSource(" ").build(), "dataSource",
                    "kpi 'report-on-time': data source must not be blank when given");
            rejected(() -> binary().aggregation(AggregationRule.last()).measurementMethod("").build(), "measurementMethod",
                    "kpi 'report-on-time': measurement method must not be blank when given");
        }

        @Test
        void idFollowsTheIdRule() {
            rejected(() -> kpi("ticket response", Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("1"), new BigDecimal("2")).build(), "id",
                    "kpi id 'ticket response' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
        }

        @Test
        void reportsEveryViolationAtOnce() {
            ValidationException e = assertThrows(ValidationException.class, () -> KpiDefinition.builder()
                    .id("-x").name("").unit("%").direction(Direction.HIGHER_IS_BETTER).effectiveFrom(FROM)
                    .thresholds(new BigDecimal("99.5"), new BigDecimal("99.0"), new BigDecimal("98")).weight(BigDecimal.ZERO).version(0)
                    .validRange(ValueRange.of(d("99"), d("100"))).build());
            assertEquals(List.of("id", "name", "weight", "version", "minimum", "stretch", "stretch"),
                    e.violations().stream().map(Violation::path).toList());
        }

        @Test
        void requiresIdNameUnitDirectionAndEffectiveFrom() {
            dev.partnering.Refusals.assertPaths(() -> KpiDefinition.builder().build(),
                    "id", "name", "unit", "direction", "effectiveFrom");
        }
    }
}
