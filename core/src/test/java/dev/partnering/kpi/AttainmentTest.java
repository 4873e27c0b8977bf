package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    static KpiDefinition higher(String min, String target, String stretch) {
        return KpiDefinition.builder().id("k").name("K").unit("%").direction(Direction.HIGHER_IS_BETTER)
                .minimum(new BigDecimal(min)).target(new BigDecimal(target)).stretch(Optional.ofNullable(stretch).map(BigDecimal::new)).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static KpiDefinition lower(String min, String target, String stretch) {
        return KpiDefinition.builder().id("k").name("K").unit("h").direction(Direction.LOWER_IS_BETTER)
                .minimum(new BigDecimal(min)).target(new BigDecimal(target)).stretch(Optional.ofNullable(stretch).map(BigDecimal::new)).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
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
                .thresholds(new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("100")).maxAttainment(new BigDecimal("1.5"))
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

    @Test
    void betweenMinimumAndTargetIsTheExactQuotientRoundedOnce() {
        // (1 − 0) / (3 − 0) = 1/3 → 0.333333 (6 decimals), 0.33 (2), 0 (0); (2 − 0) / 3 = 0.666… → 0.666667, 0.67
        KpiDefinition kpi = higher("0", "3", null);
        assertEquals(new BigDecimal("0.333333"), Attainment.of(kpi, BigDecimal.ONE).value());
        assertEquals(new BigDecimal("0.33"), Attainment.of(kpi, BigDecimal.ONE, 2).value());
        assertEquals(new BigDecimal("0"), Attainment.of(kpi, BigDecimal.ONE, 0).value());
        assertEquals(new BigDecimal("0.67"), Attainment.of(kpi, new BigDecimal("2"), 2).value());
        assertTrue(Attainment.of(kpi, new BigDecimal("2")).explanation().text().endsWith("= 0.666667"),
                Attainment.of(kpi, new BigDecimal("2")).explanation().text());
    }

    @Test
    void betweenTargetAndStretchIsOneQuotientRoundedOnce() {
        // thresholds 0 / 3 / 6, max 1.2, value 4: (3 + (4 − 3) × 0.2) / 3 = 3.2 / 3 = 1.0666… → 1.066667; 2 decimals 1.07.
        // A 16-digit fraction first gave 1 + 0.3333333333333333 × 0.2 = 1.066666666666667.
        KpiDefinition kpi = higher("0", "3", "6");
        assertEquals(new BigDecimal("1.066667"), Attainment.of(kpi, new BigDecimal("4")).value());
        assertEquals(new BigDecimal("1.07"), Attainment.of(kpi, new BigDecimal("4"), 2).value());
        // lower is better 8 / 4 / 1, value 3: (−3 + (−1) × 0.2) / −3 = 3.2 / 3 → 1.066667
        assertEquals(new BigDecimal("1.066667"), Attainment.of(lower("8", "4", "1"), new BigDecimal("3")).value());
    }

    @Test
    void aMaxAttainmentFinerThanTheDecimalsIsRoundedAtTheStretch() {
        // max 1.2345675 at or beyond the stretch → 1.234568 (6 decimals: 7 is odd, the tie rounds up), 1.23 (2 decimals)
        KpiDefinition kpi = KpiDefinition.builder().id("k").name("K").unit("%").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("99")).maxAttainment(new BigDecimal("1.2345675")).effectiveFrom(LocalDate.of(2026, 1, 1))
                .build();
        assertEquals(new BigDecimal("1.234568"), Attainment.of(kpi, new BigDecimal("99")).value());
        assertEquals(new BigDecimal("1.23"), Attainment.of(kpi, new BigDecimal("100"), 2).value());
    }
}
