package dev.partnering.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.period.ReportingPeriod;

/** ScorecardLine is a value with the record's contract it had: canonical figures, equality, hash and text by component. */
class ScorecardLineTest {

    private static final Step STEP = Step.of(StepKind.COMPUTATION, "line");
    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    private static ScorecardLine line(String value, String attainment, String contribution) {
        return new ScorecardLine("k", Optional.empty(), Optional.empty(), Optional.of(new BigDecimal(value)),
                Optional.of(MARCH), Optional.of(new BigDecimal(attainment)), new BigDecimal("2"),
                Optional.of(new BigDecimal(contribution)), KpiStatus.MET, true, STEP);
    }

    @Test
    void theConstructorHoldsTheFiguresInCanonicalForm() {
        // 99.50 → 99.5, 1.000000 → 1, 2.000000 (= 2 × 1.000000) → 2
        ScorecardLine l = line("99.50", "1.000000", "2.000000");
        assertEquals(Optional.of(new BigDecimal("99.5")), l.value());
        assertEquals(Optional.of(BigDecimal.ONE), l.attainment());
        assertEquals(Optional.of(new BigDecimal("2")), l.contribution());
    }

    @Test
    void equalComponentsMakeEqualLinesWithTheSameHashAndText() {
        ScorecardLine a = line("99.50", "1", "2");
        ScorecardLine b = line("99.5", "1.0", "2.00");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertEquals("ScorecardLine[kpiId=k, definition=Optional.empty, aggregation=Optional.empty, value=Optional[99.5],"
                + " valueFrom=Optional[2026-03], attainment=Optional[1], weight=2, contribution=Optional[2], status=MET,"
                + " counted=true, explanation=" + STEP + "]", a.toString());
        assertNotEquals(a, line("99.4", "1", "2"));
        assertNotEquals(a, line("99.5", "0.9", "2"));
        assertNotEquals(a, line("99.5", "1", "1.8"));
    }

    @Test
    void aCountedLineHasAnAttainmentAndAContributionAndOnlyThen() {
        assertThrows(IllegalArgumentException.class, () -> new ScorecardLine("k", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ONE, Optional.empty(), KpiStatus.MISSING,
                true, STEP));
        assertThrows(IllegalArgumentException.class, () -> new ScorecardLine("k", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(BigDecimal.ONE), BigDecimal.ONE, Optional.of(BigDecimal.ONE),
                KpiStatus.MISSING, false, STEP));
        assertThrows(NullPointerException.class, () -> new ScorecardLine(null, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ONE, Optional.empty(), KpiStatus.MISSING,
                false, STEP));
    }
}
