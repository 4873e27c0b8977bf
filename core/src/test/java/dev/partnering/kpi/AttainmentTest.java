package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    static KpiDefinition higher(String min, String target, String stretch) {
        return KpiDefinition.builder().id("k").name("K").unit("%").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(min, target, stretch).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static KpiDefinition lower(String min, String target, String stretch) {
        return KpiDefinition.builder().id("k").name("K").unit("h").direction(Direction.LOWER_IS_BETTER)
                .thresholds(min, target, stretch).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    private static void assertAttainment(String expected, KpiDefinition kpi, String value) {
        BigDecimal a = Attainment.of(kpi, new BigDecimal(value)).value();
        assertEquals(0, new BigDecimal(expected).compareTo(a), "attainment of " + value + " was " + a);
    }

    @ParameterizedTest(name = "value {0} scores {1}")
    @CsvSource({
        // min 90, target 95, stretch 99, max 1.2
        "92.5, 0.5",  // (92.5 - 90) / (95 - 90) = 2.5 / 5 = 0.5
        "97,   1.1",  // 1 + (97 - 95) / (99 - 95) × (1.2 - 1) = 1 + 0.5 × 0.2 = 1.1
        "99.5, 1.2",  // beyond stretch: flat at maxAttainment 1.2
        "85,   0",    // below minimum: flat at 0
        "90,   0",    // at minimum: 0
        "95,   1",    // at target: 1
        "99,   1.2"   // at stretch: 1.2
    })
    void higherIsBetterWithStretch(String value, String expected) {
        assertAttainment(expected, higher("90", "95", "99"), value);
    }

    @Test
    void lowerIsBetterResponseTime() {
        KpiDefinition kpi = lower("8", "4", null);
        assertAttainment("0.5", kpi, "6");  // (8 - 6) / (8 - 4) = 2 / 4 = 0.5
        assertAttainment("1", kpi, "3");    // better than target, no stretch: capped at 1
        assertAttainment("0", kpi, "9");    // worse than minimum
        assertAttainment("0.75", kpi, "5"); // (8 - 5) / 4 = 0.75
    }

    @Test
    void lowerIsBetterWithStretch() {
        KpiDefinition kpi = lower("8", "4", "2");
        assertAttainment("1.1", kpi, "3");  // 1 + (3 - 4) / (2 - 4) × 0.2 = 1 + 0.5 × 0.2 = 1.1
        assertAttainment("1.2", kpi, "1");  // beyond stretch
    }

    @Test
    void configurableMaxAttainment() {
        KpiDefinition kpi = KpiDefinition.builder().id("k").name("K").unit("%").direction(Direction.HIGHER_IS_BETTER)
                .thresholds("90", "95", "100").maxAttainment(new BigDecimal("1.5"))
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        assertAttainment("1.25", kpi, "97.5"); // 1 + (2.5 / 5) × 0.5 = 1.25
        assertAttainment("1.5", kpi, "100");
    }

    @Test
    void targetEqualToStretchJumpsToMax() {
        KpiDefinition kpi = higher("90", "95", "95");
        assertAttainment("1.2", kpi, "95");
        assertAttainment("0.8", kpi, "94"); // (94 - 90) / 5 = 0.8
    }

    @Test
    void binaryIsOneOrZero() {
        KpiDefinition kpi = KpiDefinition.builder().id("report").name("Monthly report delivered").unit("yes/no")
                .direction(Direction.BINARY).aggregation(AggregationRule.min())
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        assertAttainment("1", kpi, "1");
        assertAttainment("0", kpi, "0");
    }

    @Test
    void explainsTheInterpolation() {
        Attainment a = Attainment.of(higher("90", "95", "99"), new BigDecimal("92.5"));
        assertTrue(a.explanation().text().contains("(92.5 − 90) / (95 − 90) = 0.5"), a.explanation().text());
        assertEquals("0.5", a.explanation().facts().get("attainment"));
    }
}
