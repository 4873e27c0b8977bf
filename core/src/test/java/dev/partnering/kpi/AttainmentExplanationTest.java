package dev.partnering.kpi;

import static dev.partnering.kpi.AttainmentTest.higher;
import static dev.partnering.kpi.AttainmentTest.lower;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which rule gave an attainment, at the thresholds themselves, in words. */
class AttainmentExplanationTest {

    private static String explain(KpiDefinition kpi, String value) {
        return Attainment.of(kpi, new BigDecimal(value)).explanation().text();
    }

    @ParameterizedTest(name = "higher is better: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // min 90, target 95, stretch 99, max 1.2
        "90 | value 90 is at or below minimum 90: attainment 0",
        "89 | value 89 is at or below minimum 90: attainment 0",
        "99 | value 99 is at or above stretch 99: attainment 1.2",
        "95 | between target and stretch: 1 + (95 − 95) / (99 − 95) × (1.2 − 1) = 1",
        "92 | between minimum and target: (92 − 90) / (95 − 90) = 0.4"
    })
    void higherIsBetterAtTheThresholds(String value, String text) {
        assertEquals(text, explain(higher("90", "95", "99"), value));
    }

    @ParameterizedTest(name = "lower is better: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // min 8 h, target 4 h, stretch 2 h, max 1.2
        "8 | value 8 is at or above minimum 8: attainment 0",
        "2 | value 2 is at or below stretch 2: attainment 1.2",
        "4 | between target and stretch: 1 + (4 − 4) / (2 − 4) × (1.2 − 1) = 1",
        "6 | between minimum and target: (6 − 8) / (4 − 8) = 0.5"
    })
    void lowerIsBetterAtTheThresholds(String value, String text) {
        assertEquals(text, explain(lower("8", "4", "2"), value));
    }

    @Test
    void atTargetWithoutStretchIsOne() {
        assertEquals("value 95 is at or above target 95 and there is no stretch: attainment 1", explain(higher("90", "95", null), "95"));
        assertEquals("value 4 is at or below target 4 and there is no stretch: attainment 1", explain(lower("8", "4", null), "4"));
    }

    @Test
    void binaryKpisSayWhetherTheyAreMet() {
        KpiDefinition report = KpiDefinition.builder().id("report").name("Report").unit("yes/no").direction(Direction.BINARY)
                .aggregation(AggregationRule.min()).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        assertEquals("binary kpi report: value 1 is met", explain(report, "1"));
        assertEquals("binary kpi report: value 0 is not met", explain(report, "0"));
    }

    @Test
    void theFactsNameEveryThreshold() {
        // without a stretch the attainment tops out at 1
        assertEquals(Map.of("value", "97", "minimum", "90", "target", "95", "stretch", "99", "maxAttainment", "1.2",
                "attainment", "1.1"), Attainment.of(higher("90", "95", "99"), new BigDecimal("97")).explanation().facts());
        assertEquals(Map.of("value", "97", "minimum", "90", "target", "95", "maxAttainment", "1", "attainment", "1"),
                Attainment.of(higher("90", "95", null), new BigDecimal("97")).explanation().facts());
    }
}
