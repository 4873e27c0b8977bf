package dev.partnering.governance;

import dev.partnering.governance.internal.GovernanceReports;
import dev.partnering.evaluation.GovernanceCalculator;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;

/**
 * The test oracle {@link GovernanceReportCheck}: a report computed by the calculator passes it and
 * is rebuilt equal; each rule refuses a hand-edited report. The 2026-Q1 report of {@link GovernanceFixtures}: 3 escalations
 * resolved, 2 within their deadline; level A resolved 1 (raised at B), level B resolved 1 raised
 * there, level C resolved 1 of the 2 raised there and resolved, and holds E4 (since 2026-03-20,
 * 11 days, 2 allowed) and E5 (since 2026-03-27, 4 days) overdue; its forum 'ops-sync' met 4 times,
 * once without both sides, last on 2026-03-18.
 */
class GovernanceReportTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);

    private static GovernanceReport q1() {
        return GovernanceCalculator.standard().assess(GovernanceFixtures.agreement(), Q1, GovernanceFixtures.meetings(),
                GovernanceFixtures.escalations());
    }

    /** The parts of a report, to change one and rebuild. */
    private static final class Parts {
        String agreementId;
        ReportingPeriod period;
        List<LevelActivity> levels;
        int resolved;
        int withinDeadline;
        Explanation explanation;

        Parts(GovernanceReport r) {
            agreementId = r.agreementId();
            period = r.period();
            levels = new ArrayList<>(r.levels());
            resolved = r.resolvedEscalations();
            withinDeadline = r.withinDeadline();
            explanation = r.explanation();
        }

        GovernanceReport build() {
            GovernanceReport r = GovernanceReports.of(agreementId, period, levels, resolved, withinDeadline, explanation);
            GovernanceReportCheck.check(r);
            return r;
        }

        List<Violation> violations() {
            return assertThrows(ValidationException.class, this::build).violations();
        }
    }

    /** The parts of a level's activity, to change one and rebuild. */
    private static final class Level {
        GovernanceLevel level;
        List<ForumActivity> forums;
        Optional<LocalDate> lastHeld;
        boolean stale;
        Map<PartyKind, Integer> attendance;
        int withoutBothSides;
        int raised;
        int resolved;
        int resolvedWhereRaised;
        int resolvedAfterRaisedHere;
        Optional<BigDecimal> meanDays;
        List<OverdueEscalation> overdue;

        Level(LevelActivity l) {
            level = l.level();
            forums = new ArrayList<>(l.forums());
            lastHeld = l.lastHeld();
            stale = l.isStale();
            attendance = l.attendance();
            withoutBothSides = l.heldWithoutBothSides();
            raised = l.raised();
            resolved = l.resolved();
            resolvedWhereRaised = l.resolvedWhereRaised();
            resolvedAfterRaisedHere = l.resolvedAfterRaisedHere();
            meanDays = l.meanDaysToResolve();
            overdue = new ArrayList<>(l.overdue());
        }

        LevelActivity build() {
            return new LevelActivity(level, forums, lastHeld, stale, attendance, withoutBothSides, raised, resolved,
                    resolvedWhereRaised, resolvedAfterRaisedHere, meanDays, overdue);
        }
    }

    @Test
    void aComputedReportIsRebuiltEqual() {
        GovernanceReport q1 = q1();
        assertEquals(q1, new Parts(q1).build());
        assertEquals(q1.hashCode(), new Parts(q1).build().hashCode());
        GovernanceReport march = GovernanceCalculator.standard().assess(GovernanceFixtures.agreement(),
                ReportingPeriod.month(2026, 3), GovernanceFixtures.meetings(), GovernanceFixtures.escalations());
        assertEquals(march, new Parts(march).build());
        assertNotEquals(q1, march);
    }

    @Test
    void countsMustNotBeNegative() {
        Parts p = new Parts(q1());
        p.withinDeadline = -1;
        Level c = new Level(p.levels.get(2));
        c.raised = -2;
        c.attendance = Map.of(PartyKind.CUSTOMER, -1, PartyKind.SUPPLIER, 7);
        p.levels.set(2, c.build());

        assertEquals(List.of(
                Violation.of("withinDeadline", -1, "escalations within their deadline -1 must not be negative"),
                Violation.of("levels[2].raised", -2, "level C: escalations raised -2 must not be negative"),
                Violation.of("levels[2].attendance.CUSTOMER", -1, "level C: attendance of the CUSTOMER -1 must not be"
                        + " negative")),
                p.violations());
    }

    @Test
    void escalationsWithinDeadlineAreAtMostThoseResolved() {
        Parts p = new Parts(q1());
        p.withinDeadline = 4; // of 3 resolved: the within-deadline share would be 4 / (3 + 2 overdue) = 0.8, but a lie
        assertEquals(List.of(Violation.of("withinDeadline", 4, "4 escalations within their deadline must be at most the"
                + " 3 resolved in the period; an escalation still open is never within its deadline")), p.violations());
        p.withinDeadline = 3;
        assertEquals(3, p.build().withinDeadline());
    }

    @Test
    void escalationsResolvedAreTheSumOverTheLevels() {
        Parts p = new Parts(q1());
        p.resolved = 4;
        p.withinDeadline = 2;
        // levels resolved 1 + 1 + 1 = 3; raised at each level and resolved 0 + 1 + 2 = 3
        assertEquals(List.of(
                Violation.of("resolvedEscalations", 4, "4 escalations resolved in the period must be the sum of those"
                        + " resolved at each level, 3"),
                Violation.of("resolvedEscalations", 4, "4 escalations resolved in the period must be the sum of those"
                        + " raised at each level and resolved in the period, 3")),
                p.violations());
    }

    @Test
    void levelsAreUniqueAndListedFromADown() {
        Parts p = new Parts(q1());
        p.levels.add(0, p.levels.remove(2)); // C, A, B
        List<Violation> vs = p.violations();
        assertEquals(List.of(Violation.of("levels[1].level", STRATEGIC, "level A (STRATEGIC) is listed after level"
                + " C (OPERATIONAL); the levels are listed from A down")), vs);

        Parts twice = new Parts(q1());
        twice.levels.set(1, twice.levels.get(0));
        assertTrue(twice.violations().contains(Violation.of("levels[1].level", STRATEGIC,
                "level A (STRATEGIC) is listed more than once")), twice.violations().toString());
    }

    @Test
    void resolvedWhereRaisedIsAtMostThoseRaisedHereAndResolved() {
        Parts p = new Parts(q1());
        Level c = new Level(p.levels.get(2));
        c.resolvedWhereRaised = 3; // of 2: the level's share would be 1.5
        p.levels.set(2, c.build());
        assertEquals(List.of(Violation.of("levels[2].resolvedWhereRaised", 3, "level C: 3 escalations resolved where"
                + " raised must be at most the 2 raised here and resolved in the period")), p.violations());
    }

    @Test
    void aLevelHasAMeanTimeToResolveExactlyWhenItResolvedAnEscalation() {
        Parts p = new Parts(q1());
        Level a = new Level(p.levels.get(0));
        a.meanDays = Optional.empty();
        p.levels.set(0, a.build());
        Level b = new Level(p.levels.get(1));
        b.meanDays = Optional.of(new BigDecimal("-3"));
        p.levels.set(1, b.build());
        assertEquals(List.of(
                Violation.of("levels[0].meanDaysToResolve", null, "level A resolved 1 escalations, so it has a mean time"
                        + " to resolve them"),
                Violation.of("levels[1].meanDaysToResolve", "-3", "level B: mean days to resolve -3 must not be"
                        + " negative")),
                p.violations());
    }

    @Test
    void eachForumIsListedOnceAtItsOwnLevelAndTheLevelLastMetWhenItsForumsDid() {
        Parts p = new Parts(q1());
        Level a = new Level(p.levels.get(0));
        a.forums.add(p.levels.get(2).forums().get(0)); // ops-sync, a level C forum, also at A
        p.levels.set(0, a.build());
        Level c = new Level(p.levels.get(2));
        c.lastHeld = Optional.of(LocalDate.of(2026, 3, 25));
        p.levels.set(2, c.build());

        assertEquals(List.of(
                Violation.of("levels[0].forums[1].forum.level", OPERATIONAL, "forum 'ops-sync' meets at level C, so it"
                        + " cannot be listed at level A"),
                Violation.of("levels[0].lastHeld", "2026-02-10", "level A last met on 2026-02-10, but its forums last met"
                        + " on 2026-03-18"),
                Violation.of("levels[2].forums[0].forum.id", "ops-sync", "forum 'ops-sync' is listed more than once"),
                Violation.of("levels[2].lastHeld", "2026-03-25", "level C last met on 2026-03-25, but its forums last met"
                        + " on 2026-03-18")),
                p.violations());
    }

    @Test
    void aLevelHoldsNoMoreMeetingsWithoutBothSidesThanItsForumsHeld() {
        Parts p = new Parts(q1());
        Level c = new Level(p.levels.get(2));
        c.withoutBothSides = 5; // ops-sync held 4
        p.levels.set(2, c.build());
        assertEquals(List.of(Violation.of("levels[2].heldWithoutBothSides", 5, "level C: 5 meetings held without both"
                + " sides must be at most the 4 held")), p.violations());
    }

    @Test
    void anOverdueEscalationIsOpenAtItsLevelForTheDaysItsRecordGivesLongerThanAllowed() {
        Parts p = new Parts(q1());
        Level c = new Level(p.levels.get(2));
        OverdueEscalation e4 = c.overdue.get(0);
        OverdueEscalation e5 = c.overdue.get(1);
        // E4 claimed 12 days: 2026-03-20 to 2026-03-31 is 11
        c.overdue.set(0, new OverdueEscalation(e4.escalation(), e4.level(), e4.since(), 12, e4.allowed()));
        // E5 with 5 days allowed: its 4 days are within them
        c.overdue.set(1, new OverdueEscalation(e5.escalation(), e5.level(), e5.since(), 4, Duration.ofDays(5)));
        p.levels.set(2, c.build());

        assertEquals(List.of(
                Violation.of("levels[2].overdue[0].days", 12, "escalation 'E4' has been 11 days at its level by"
                        + " 2026-03-31, not 12"),
                Violation.of("levels[2].overdue[1].allowed", "PT120H", "escalation 'E5' has been 4 days at level C, no"
                        + " longer than the 5 days allowed, so it is not overdue")),
                p.violations());
    }

    @Test
    void aResolvedEscalationOrOneAtAnotherLevelIsNotOverdue() {
        Parts p = new Parts(q1());
        Level c = new Level(p.levels.get(2));
        OverdueEscalation e4 = c.overdue.get(0);
        Escalation resolved = Escalation.builder().id("E4").raisedAt(OPERATIONAL)
                .raisedOn(LocalDate.of(2026, 3, 20)).resolvedOn(LocalDate.of(2026, 3, 30)).build();
        c.overdue.set(0, new OverdueEscalation(resolved, e4.level(), e4.since(), e4.days(), e4.allowed()));
        OverdueEscalation e5 = c.overdue.get(1);
        c.overdue.set(1, new OverdueEscalation(e5.escalation(), GovernanceLevel.TACTICAL, e5.since(), e5.days(),
                e5.allowed()));
        p.levels.set(2, c.build());

        assertEquals(List.of(
                Violation.of("levels[2].overdue[0].escalation", "E4", "escalation 'E4' is not open at the end of the"
                        + " period on 2026-03-31, so it cannot be overdue"),
                Violation.of("levels[2].overdue[1].level", GovernanceLevel.TACTICAL, "escalation 'E5' is listed at level"
                        + " C but overdue at level B"),
                Violation.of("levels[2].overdue[1].since", "2026-03-27", "escalation 'E5' is overdue at level B since"
                        + " 2026-03-27, but its record has it at level C since 2026-03-27")),
                p.violations());
    }

    @Test
    void everyViolationIsListedInOneExceptionNamingTheReport() {
        Parts p = new Parts(q1());
        p.resolved = -1;
        ValidationException e = assertThrows(ValidationException.class, p::build);
        assertEquals("GovernanceReport of agreement 'it-partnering' in 2026-Q1", e.subject());
        assertTrue(e.getMessage().startsWith("GovernanceReport of agreement 'it-partnering' in 2026-Q1 is invalid (4"
                + " violations):"), e.getMessage());
    }
}
