package dev.partnering.incentive;

import dev.partnering.explanation.StepKind;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.kpi.Measurement;

class RemedyTriggerTest {

    /** One month: availability and tickets within SLA (of 100); incident response at target. */
    private static List<Measurement> month(String month, String availability, String ticketsWithinSla) {
        List<Measurement> ms = new ArrayList<>();
        if (availability != null) {
            ms.add(Fixtures.measurement("availability", month, availability));
        }
        ms.add(Fixtures.measurement("incident-response", month, "4"));
        ms.add(Fixtures.ratioMeasurement("ticket-sla", month, ticketsWithinSla, "100"));
        return ms;
    }

    private static List<List<String>> fired(RemedyTrigger trigger, List<Measurement> ms, String... months) {
        return fired(trigger, ms, List.of(), months);
    }

    /** The facts of the trigger per period, empty where it did not fire. */
    private static List<List<String>> fired(RemedyTrigger trigger, List<Measurement> ms, List<BreachEvent> events,
            String... months) {
        IncentiveStatement s = run(agreement(IncentiveScheme.builder().addRemedyTriggers(trigger).build()), months(months), ms,
                events, Map.of());
        List<List<String>> result = new ArrayList<>();
        for (PeriodStatement p : s.periods()) {
            result.add(p.remedies().isEmpty() ? List.of() : facts(p.remedies().get(0)));
        }
        return result;
    }

    /** The facts of a finding, read from its explanation: {@code remedy R: <trigger> (<fact>; <fact>)}. */
    private static List<String> facts(RemedyFinding f) {
        String text = f.explanation().text();
        String prefix = "remedy " + f.remedy() + ": " + f.trigger().describe() + " (";
        assertEquals(StepKind.WARNING, f.explanation().kind());
        assertTrue(text.startsWith(prefix) && text.endsWith(")"), text);
        return List.of(text.substring(prefix.length(), text.length() - 1).split("; "));
    }

    // ------------------------------------------------------------------ validation

    @Test
    void countsMustBePositiveAndTheWindowLongEnough() {
        assertEquals(1, ((RemedyTrigger.ConsecutiveBelowMinimum) RemedyTrigger.consecutiveBelowMinimum("a", 1, Remedy.STEP_IN))
                .periods());
        assertOnly(() -> RemedyTrigger.consecutiveBelowMinimum("a", 0, Remedy.STEP_IN), "periods", "0",
                "remedy trigger on 'a': periods 0 must be at least 1");
        assertEquals(3, ((RemedyTrigger.BreachesInWindow) RemedyTrigger.breachesInWindow("a", 3, 3, false, Remedy.STEP_IN))
                .window());
        assertEquals(1, ((RemedyTrigger.BreachesInWindow) RemedyTrigger.breachesInWindow("a", 1, 1, false, Remedy.STEP_IN))
                .breaches());
        assertOnly(() -> RemedyTrigger.breachesInWindow("a", 3, 2, false, Remedy.STEP_IN), "window", "2",
                "remedy trigger on 'a': 3 breaches within 2 periods needs at least 1 breach and a window at least as long");
        assertOnly(() -> RemedyTrigger.breachesInWindow("a", 0, 2, false, Remedy.STEP_IN), "window", "2",
                "remedy trigger on 'a': 0 breaches within 2 periods needs at least 1 breach and a window at least as long");
        assertEquals(BigDecimal.ZERO, ((RemedyTrigger.DelayBeyond) RemedyTrigger.delayBeyond("late", BigDecimal.ZERO,
                Remedy.TERMINATION)).units());
        assertOnly(() -> RemedyTrigger.delayBeyond("late", new BigDecimal("-1"), Remedy.TERMINATION), "units", "-1",
                "remedy trigger on 'late': limit -1 must not be negative");
    }

    @Test
    void triggersDescribeThemselves() {
        assertEquals("availability below minimum for 3 consecutive periods → REMEDIATION_PLAN",
                RemedyTrigger.consecutiveBelowMinimum("availability", 3, Remedy.REMEDIATION_PLAN).describe());
        assertEquals("3 breaches of ticket-sla (below target) within 6 consecutive periods → STEP_IN",
                RemedyTrigger.breachesInWindow("ticket-sla", 3, 6, false, Remedy.STEP_IN).describe());
        assertEquals("2 breaches of ticket-sla (below minimum) within 4 consecutive periods → TERMINATION",
                RemedyTrigger.breachesInWindow("ticket-sla", 2, 4, true, Remedy.TERMINATION).describe());
        assertEquals("a 'late' breach beyond 15 units → TERMINATION",
                RemedyTrigger.delayBeyond("late", new BigDecimal("15.0"), Remedy.TERMINATION).describe());
    }

    // ------------------------------------------------------------------ consecutive periods below minimum

    @Test
    void firesInThePeriodThatCompletesTheRun() {
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(month("2026-01", "98", "95"));
        ms.addAll(month("2026-02", "98", "95"));
        ms.addAll(month("2026-03", "98", "95"));
        ms.addAll(month("2026-04", "99.2", "95"));
        RemedyTrigger t = RemedyTrigger.consecutiveBelowMinimum("availability", 2, Remedy.REMEDIATION_PLAN);
        // January: one period only; February: exactly 2; March: February and March; April: below target, not minimum
        assertEquals(List.of(List.of(),
                List.of("availability below minimum in 2026-01", "availability below minimum in 2026-02"),
                List.of("availability below minimum in 2026-02", "availability below minimum in 2026-03"),
                List.of()), fired(t, ms, "2026-01", "2026-02", "2026-03", "2026-04"));
    }

    @Test
    void aMissingPeriodBreaksTheRun() {
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(month("2026-01", "98", "95"));
        ms.addAll(month("2026-02", null, "95"));
        ms.addAll(month("2026-03", "98", "95"));
        RemedyTrigger t = RemedyTrigger.consecutiveBelowMinimum("availability", 2, Remedy.REMEDIATION_PLAN);
        // February has no availability (MISSING, not BELOW_MINIMUM), so no two consecutive periods below minimum
        assertEquals(List.of(List.of(), List.of(), List.of()), fired(t, ms, "2026-01", "2026-02", "2026-03"));
    }

    // ------------------------------------------------------------------ breaches within a window

    @Test
    void breachesOutsideTheWindowDoNotCount() {
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(month("2026-01", "99.5", "92"));
        ms.addAll(month("2026-02", "99.5", "95"));
        ms.addAll(month("2026-03", "99.5", "92"));
        ms.addAll(month("2026-04", "99.5", "80"));
        RemedyTrigger t = RemedyTrigger.breachesInWindow("ticket-sla", 2, 2, false, Remedy.STEP_IN);
        // March: the window February–March holds one breach; April: March and April, below target and below minimum
        assertEquals(List.of(List.of(), List.of(), List.of(),
                List.of("ticket-sla BELOW_TARGET in 2026-03", "ticket-sla BELOW_MINIMUM in 2026-04")),
                fired(t, ms, "2026-01", "2026-02", "2026-03", "2026-04"));
    }

    @Test
    void firesOnlyWhenTheCurrentPeriodIsABreach() {
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(month("2026-01", "99.5", "92"));
        ms.addAll(month("2026-02", "99.5", "92"));
        ms.addAll(month("2026-03", "99.5", "95"));
        RemedyTrigger t = RemedyTrigger.breachesInWindow("ticket-sla", 2, 3, false, Remedy.STEP_IN);
        // February completes the count; March still has two breaches in its window but is not a breach itself
        assertEquals(List.of(List.of(), List.of("ticket-sla BELOW_TARGET in 2026-01", "ticket-sla BELOW_TARGET in 2026-02"),
                List.of()), fired(t, ms, "2026-01", "2026-02", "2026-03"));
    }

    @Test
    void belowMinimumOnlyIgnoresMissesAboveTheMinimum() {
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(month("2026-01", "99.5", "80"));
        ms.addAll(month("2026-02", "99.5", "92"));
        ms.addAll(month("2026-03", "99.5", "85"));
        RemedyTrigger t = RemedyTrigger.breachesInWindow("ticket-sla", 2, 3, true, Remedy.TERMINATION);
        // February is below target only; March completes two breaches below the minimum
        assertEquals(List.of(List.of(), List.of(),
                List.of("ticket-sla BELOW_MINIMUM in 2026-01", "ticket-sla BELOW_MINIMUM in 2026-03")),
                fired(t, ms, "2026-01", "2026-02", "2026-03"));
    }

    // ------------------------------------------------------------------ delays

    private static BreachEvent event(String id, String penaltyId, String units, String exclusion) {
        BreachEvent.Builder b = BreachEvent.builder().id(id).penaltyId(penaltyId).date(LocalDate.parse("2026-01-10"))
                .units(new BigDecimal(units));
        if (exclusion != null) {
            b.exclusionReason(exclusion);
        }
        return b.build();
    }

    @Test
    void onlyCountedDelaysOfThePenaltyBeyondTheLimitFire() {
        RemedyTrigger t = RemedyTrigger.delayBeyond("late", new BigDecimal("15"), Remedy.TERMINATION);
        List<Measurement> ms = month("2026-01", "99.5", "95");
        // exactly 15 days is not beyond 15; a storm and another penalty's event do not count
        assertEquals(List.of(List.of()), fired(t, ms, List.of(event("e1", "late", "15", null), event("e2", "late", "30", "storm"),
                event("e3", "security", "30", null)), "2026-01"));
        assertEquals(List.of(List.of("event 'a1' on 2026-01-10: 15.5 units, beyond 15", "event 'b1' on 2026-01-10: 20 units, beyond 15")),
                fired(t, ms, List.of(event("b1", "late", "20", null), event("a1", "late", "15.5", null)), "2026-01"));
    }

    @Test
    void aFindingPrintsItsPeriodTriggerAndFacts() {
        RemedyTrigger t = RemedyTrigger.delayBeyond("late", new BigDecimal("15"), Remedy.TERMINATION);
        IncentiveStatement s = run(agreement(IncentiveScheme.builder().addRemedyTriggers(t).build()), months("2026-01"),
                month("2026-01", "99.5", "95"), List.of(event("e1", "late", "16", null)), Map.of());
        RemedyFinding f = s.periods().get(0).remedies().get(0);
        // the finding's explanation names the remedy, so its text starts with it
        assertEquals("2026-01: remedy TERMINATION: a 'late' breach beyond 15 units → TERMINATION (event 'e1' on 2026-01-10: "
                + "16 units, beyond 15)", f.toString());
        assertEquals(Remedy.TERMINATION, f.remedy());
        String text = s.explanation().toText();
        assertTrue(text.contains("warning: remedy TERMINATION: a 'late' breach beyond 15 units → TERMINATION "
                + "(event 'e1' on 2026-01-10: 16 units, beyond 15)"), text);
        // the words live once: the period's explanation holds the finding's own step
        assertTrue(s.periods().get(0).explanation().steps().contains(f.explanation()));
    }
}
