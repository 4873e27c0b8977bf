package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class PrecisionTest {

    @Test
    void theStandardIsSixDecimalsForEachFigure() {
        Precision p = Precision.standard();
        assertEquals(6, p.periodValueDecimals());
        assertEquals(6, p.attainmentDecimals());
        assertEquals(6, p.scoreDecimals());
        assertTrue(p.isStandard());
        assertSame(p, Precision.decimals(6));
        assertSame(p, Precision.of(6, 6, 6));
        assertEquals("Precision[periodValue=6, attainment=6, score=6]", p.toString());
    }

    @Test
    void eachFigureHasItsOwnDecimals() {
        Precision p = Precision.of(4, 3, 2);
        assertEquals(4, p.periodValueDecimals());
        assertEquals(3, p.attainmentDecimals());
        assertEquals(2, p.scoreDecimals());
        assertFalse(p.isStandard());
        assertEquals("Precision[periodValue=4, attainment=3, score=2]", p.toString());
        assertEquals(Precision.of(0, 0, 0), Precision.decimals(0));
        assertEquals(Precision.of(12, 12, 12), Precision.decimals(12));
    }

    @Test
    void equalityIsByTheThreeDecimals() {
        assertEquals(Precision.of(4, 3, 2), Precision.of(4, 3, 2));
        assertEquals(Precision.of(4, 3, 2).hashCode(), Precision.of(4, 3, 2).hashCode());
        assertNotEquals(Precision.of(4, 3, 2), Precision.of(5, 3, 2));
        assertNotEquals(Precision.of(4, 3, 2), Precision.of(4, 4, 2));
        assertNotEquals(Precision.of(4, 3, 2), Precision.of(4, 3, 3));
        assertNotEquals(Precision.of(4, 3, 2).hashCode(), Precision.of(2, 3, 4).hashCode());
        assertNotEquals(Precision.of(4, 3, 2), "Precision[periodValue=4, attainment=3, score=2]");
        assertFalse(Precision.of(6, 6, 5).isStandard());
        assertFalse(Precision.of(5, 6, 6).isStandard());
    }

    @Test
    void decimalsAreZeroToTwelveAndEveryViolationIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Precision.of(-1, 13, 6));
        assertEquals(List.of(Violation.of("periodValueDecimals", -1, "the decimals of period values must be 0 to 12, not -1"),
                Violation.of("attainmentDecimals", 13, "the decimals of attainments must be 0 to 12, not 13")), e.violations());
        ValidationException s = assertThrows(ValidationException.class, () -> Precision.of(0, 12, 13));
        assertEquals(List.of(Violation.of("scoreDecimals", 13, "the decimals of scores must be 0 to 12, not 13")), s.violations());
        assertThrows(ValidationException.class, () -> Precision.decimals(-1));
    }

    @Test
    void aBuilderStartsFromTheStandardAndRefusesWhatOfDoes() {
        assertSame(Precision.standard(), Precision.builder().build());
        assertEquals(Precision.of(6, 6, 2), Precision.builder().scoreDecimals(2).build());
        assertEquals(Precision.of(4, 3, 2), Precision.builder().periodValueDecimals(4).attainmentDecimals(3).scoreDecimals(2)
                .build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> Precision.builder().periodValueDecimals(-1).scoreDecimals(13).build());
        assertEquals(List.of(Violation.of("periodValueDecimals", -1, "the decimals of period values must be 0 to 12, not -1"),
                Violation.of("scoreDecimals", 13, "the decimals of scores must be 0 to 12, not 13")), e.violations());
    }

    @Test
    void aPeriodValueIsRoundedHalfEvenOnlyWhenItHasMoreDecimals() {
        // 0.1234565 → 0.123456 (6 is even), 0.1234575 → 0.123458, 0.12 stays 0.12 (scale kept)
        assertEquals(new BigDecimal("0.123456"), Precision.standard().periodValue(new BigDecimal("0.1234565")));
        assertEquals(new BigDecimal("0.123458"), Precision.standard().periodValue(new BigDecimal("0.1234575")));
        assertEquals(new BigDecimal("0.12"), Precision.standard().periodValue(new BigDecimal("0.12")));
        assertEquals(new BigDecimal("0.123457"), Precision.standard().periodValue(new BigDecimal("0.123457")));
        assertEquals(new BigDecimal("2"), Precision.decimals(0).periodValue(new BigDecimal("2.5")));
    }
}
