package dev.partnering.evaluation;

import dev.partnering.governance.Cadence;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceFixtures;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.MeetingStatus;
import dev.partnering.governance.OverdueEscalation;

import static dev.partnering.governance.GovernanceFixtures.day;
import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;

class GovernanceCalculatorTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
    private static final GovernanceCalculator CALCULATOR = GovernanceCalculator.standard();

    private static GovernanceReport q1() {
        return CALCULATOR.assess(GovernanceFixtures.agreement(), Q1, GovernanceFixtures.meetings(),
                GovernanceFixtures.escalations());
    }

    /** a share as the report gives it: the exact quotient rounded once to 6 decimals */
    private static BigDecimal share(String expected) {
        return new BigDecimal(expected);
    }

    @Test
    void forumsHeldAgainstTheirCadence() {
        GovernanceReport r = q1();
        // A: quarterly steering, 1 scheduled in Q1, held 02-10 -> 1 of 1
        LevelActivity a = r.level(STRATEGIC).orElseThrow();
        assertEquals(1, a.scheduled());
        assertEquals(Optional.of(BigDecimal.ONE), a.heldShare());
        // B: monthly delivery board, 3 scheduled; held 01-14, cancelled 02-11, nothing in March -> 1 of 3
        LevelActivity b = r.level(TACTICAL).orElseThrow();
        assertEquals(3, b.scheduled());
        assertEquals(1, b.heldAsScheduled());
        assertEquals(1, b.forums().get(0).cancelled());
        // C: monthly ops sync, 3 scheduled; held 4 times (an extra on 03-18), counts 3 -> 3 of 3
        LevelActivity c = r.level(OPERATIONAL).orElseThrow();
        assertEquals(4, c.forums().get(0).held());
        assertEquals(3, c.heldAsScheduled());
        // all forums: (1 + 1 + 3) / (1 + 3 + 3) = 5 / 7
        assertEquals(5, r.heldMeetings());
        assertEquals(7, r.scheduledMeetings());
        assertEquals(Optional.of(share("0.714286")) /* 5/7 = 0.7142857… → 0.714286 */, r.heldShare());
    }

    @Test
    void aLevelThatHasNotMetInTwiceItsCadenceIsFlagged() {
        GovernanceReport r = q1();
        // B meets monthly; twice that before 03-31 is 01-31; it last met on 01-14 < 01-31
        LevelActivity b = r.level(TACTICAL).orElseThrow();
        assertTrue(b.isStale());
        assertEquals(Optional.of(day(1, 14)), b.lastHeld());
        assertEquals(Optional.of("level B forum not held since 2026-01"), b.staleness());
        assertTrue(b.forums().get(0).isOverdue());
        // A meets quarterly: window from 2025-09-30, last met 02-10; C last met 03-18
        assertFalse(r.level(STRATEGIC).orElseThrow().isStale());
        assertFalse(r.level(OPERATIONAL).orElseThrow().isStale());
        assertEquals(List.of(TACTICAL), r.staleLevels().stream().map(LevelActivity::level).toList());
    }

    @Test
    void aLevelIsNotFlaggedBeforeTheContractHasRunTwiceItsCadence() {
        // the contract starts 2026-02-15: for a monthly forum the window starts 01-31, before that
        var young = GovernanceFixtures.agreement(LocalDate.of(2026, 2, 15));
        GovernanceReport r = CALCULATOR.assess(young, Q1, List.of(), List.of());
        assertTrue(r.staleLevels().isEmpty());
        // but a month later the window (from 02-28) is inside the contract and nothing met
        GovernanceReport april = CALCULATOR.assess(young, ReportingPeriod.month(2026, 4), List.of(), List.of());
        assertEquals(List.of(TACTICAL, OPERATIONAL), april.staleLevels().stream().map(LevelActivity::level).toList());
        assertEquals(Optional.of("level B forum not held at all"), april.level(TACTICAL).orElseThrow().staleness());
    }

    @Test
    void attendancePerSide() {
        LevelActivity c = q1().level(OPERATIONAL).orElseThrow();
        // 01-07 4 + 3, 02-04 4 + 0, 03-04 5 + 4; 03-18 without attendance
        assertEquals(Map.of(PartyKind.CUSTOMER, 13, PartyKind.SUPPLIER, 7), c.attendance());
        assertEquals(1, c.heldWithoutBothSides()); // 02-04, nobody from the supplier
    }

    @Test
    void escalationsPerLevel() {
        GovernanceReport r = q1();
        // resolved in Q1: E1 (at C), E2 (at B), E3 (at A); E7 resolved 2025-12-22 and E8 04-02 do not count
        assertEquals(3, r.resolvedEscalations());
        // only E1 was resolved where raised -> 1 of 3
        assertEquals(1, r.resolvedWhereRaised());
        assertEquals(Optional.of(share("0.333333")) /* 1/3 → 0.333333 */, r.resolvedWhereRaisedShare());
        LevelActivity c = r.level(OPERATIONAL).orElseThrow();
        // raised at C in Q1: E1, E2, E4, E5, E8
        assertEquals(5, c.raised());
        // raised at C and resolved in Q1: E1 (at C), E2 (at B) -> 1 of 2
        assertEquals(Optional.of(share("0.5")) /* 1/2 = 0.5 exactly */, c.resolvedWhereRaisedShare());
        // mean time to resolve at each level, from reaching it: C: E1 1 day; B: E2 01-15 -> 01-18 = 3; A: E3 02-05 -> 02-12 = 7
        assertEquals(Optional.of(BigDecimal.ONE), c.meanDaysToResolve());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(r.level(TACTICAL).orElseThrow().meanDaysToResolve().orElseThrow()));
        assertEquals(0, BigDecimal.valueOf(7).compareTo(r.level(STRATEGIC).orElseThrow().meanDaysToResolve().orElseThrow()));
    }

    @Test
    void escalationsOverdueAtTheEndOfThePeriod() {
        GovernanceReport r = q1();
        // open at 03-31: E4 at C since 03-20 (11 days > 2), E5 since 03-27 (4 days > 2), E8 since 03-30 (1 day <= 2)
        List<OverdueEscalation> overdue = r.level(OPERATIONAL).orElseThrow().overdue();
        assertEquals(List.of("E4", "E5"), overdue.stream().map(o -> o.escalation().id()).toList());
        assertEquals(11, overdue.get(0).days());
        assertEquals(day(3, 22), overdue.get(0).dueBy());
        assertEquals(Duration.ofDays(2), overdue.get(0).allowed());
        assertEquals(2, r.overdue().size());
    }

    @Test
    void withinDeadlineAndTheGovernanceScore() {
        GovernanceReport r = q1();
        // judged: E1, E2, E3 resolved + E4, E5 overdue = 5; within deadline: E1 (1 day at C),
        // E3 (3 days at B, 7 at A); E2 stayed 5 days at C where 2 are allowed -> 2 of 5
        assertEquals(5, r.judgedAgainstDeadline());
        assertEquals(2, r.withinDeadline());
        assertEquals(Optional.of(share("0.4")) /* 2/5 = 0.4 exactly */, r.withinDeadlineShare());
        // score = (0.714286 + 0.333333 + 0.4) x 100 / 3 (the shares as shown, at 6 decimals)
        //       = 144.7619 / 3 = 48.2539666… → 48.253967 (rounded once to 6 decimals)
        assertEquals(Optional.of(new BigDecimal("48.253967")), r.score().map(BigDecimal::stripTrailingZeros));
        assertTrue(r.explanation().toText().contains("governance score = mean of the shares present = (71.43 + 33.33 + 40) / 3 = 48.25"),
                r.explanation().toText());
    }

    @Test
    void withNothingScheduledOrResolvedThereIsNoScore() {
        // a month: the quarterly steering group schedules nothing; no other forum and no escalation
        GovernanceReport r = CALCULATOR.assess(GovernanceFixtures.agreement(), ReportingPeriod.month(2026, 2),
                List.of(ForumMeeting.held("steering", day(2, 10))), List.of());
        assertEquals(0, r.level(STRATEGIC).orElseThrow().scheduled());
        assertEquals(Optional.of(BigDecimal.ZERO), r.heldShare().map(BigDecimal::stripTrailingZeros)); // B and C: 0 of 2
        GovernanceReport none = CALCULATOR.assess(GovernanceFixtures.agreement(), ReportingPeriod.month(2026, 2),
                List.of(), List.of());
        assertEquals(2, none.scheduledMeetings());
        assertEquals(Optional.of(BigDecimal.ZERO), none.score().map(BigDecimal::stripTrailingZeros));
    }

    @Test
    void cadenceSchedulesWholeIntervals() {
        assertEquals(4, Cadence.WEEKLY.meetingsIn(ReportingPeriod.month(2026, 2))); // 28 days / 7
        assertEquals(4, Cadence.WEEKLY.meetingsIn(ReportingPeriod.month(2026, 3))); // 31 / 7 = 4
        assertEquals(6, Cadence.BIWEEKLY.meetingsIn(ReportingPeriod.quarter(2026, 1))); // 90 / 14 = 6
        assertEquals(3, Cadence.MONTHLY.meetingsIn(ReportingPeriod.quarter(2026, 1)));
        assertEquals(0, Cadence.QUARTERLY.meetingsIn(ReportingPeriod.month(2026, 1)));
        assertEquals(2, Cadence.SEMI_ANNUALLY.meetingsIn(ReportingPeriod.year(2026)));
        assertEquals(1, Cadence.ANNUALLY.meetingsIn(ReportingPeriod.year(2026)));
    }

    @Test
    void anEscalationCannotGoBeyondLevelA() {
        ValidationException e = assertThrows(ValidationException.class, () -> Escalation.builder().id("E9")
                .raisedAt(TACTICAL).raisedOn(day(1, 5)).escalatedTo(STRATEGIC, day(1, 8))
                .escalatedTo(STRATEGIC, day(1, 20)).build());
        assertEquals(List.of("steps[1].level: escalation 'E9' is at level A (STRATEGIC), the highest instance, from"
                + " 2026-01-08; it cannot be escalated beyond level A"), e.violations().stream().map(Violation::toString).toList());
        ValidationException fromA = assertThrows(ValidationException.class, () -> Escalation.builder().id("E10")
                .raisedAt(STRATEGIC).raisedOn(day(1, 5)).escalatedTo(TACTICAL, day(1, 6)).build());
        assertTrue(fromA.getMessage().contains("cannot be escalated beyond level A"), fromA.getMessage());
    }

    @Test
    void anEscalationOnlyGoesUpAndForwardInTime() {
        ValidationException e = assertThrows(ValidationException.class, () -> Escalation.builder().id("E11")
                .raisedAt(TACTICAL).raisedOn(day(1, 5)).escalatedTo(OPERATIONAL, day(1, 3)).resolvedOn(day(1, 2)).build());
        assertEquals(List.of(
                "steps[0].level: escalation 'E11' is handed from level B (TACTICAL) to level C (OPERATIONAL) on 2026-01-03;"
                        + " an escalation only goes to a higher level",
                "steps[0].date: escalation 'E11' is handed to level C (OPERATIONAL) on 2026-01-03, before 2026-01-05",
                "resolvedOn: escalation 'E11' is resolved on 2026-01-02, before 2026-01-05"),
                e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void whereAnEscalationWasAndForHowLong() {
        Escalation e2 = GovernanceFixtures.escalations().get(1); // C 01-10, B 01-15, resolved 01-18
        assertEquals(OPERATIONAL, e2.levelOn(day(1, 14)));
        assertEquals(TACTICAL, e2.levelOn(day(1, 15)));
        assertEquals(TACTICAL, e2.finalLevel());
        assertEquals(List.of(new Escalation.Stay(OPERATIONAL, day(1, 10), day(1, 15), true),
                new Escalation.Stay(TACTICAL, day(1, 15), day(1, 18), true)), e2.staysUntil(day(3, 31)));
        // looked at from 01-16 it is still open at B, one day in
        assertEquals(new Escalation.Stay(TACTICAL, day(1, 15), day(1, 16), false), e2.staysUntil(day(1, 16)).get(1));
        assertEquals(1, e2.staysUntil(day(1, 16)).get(1).days());
    }

    @Test
    void recordsMustFitTheGovernance() {
        List<ForumMeeting> meetings = List.of(ForumMeeting.held("board", day(1, 5)), ForumMeeting.held("delivery", day(1, 7)),
                ForumMeeting.cancelled("delivery", day(1, 7)));
        List<Escalation> escalations = List.of(Escalation.builder().id("E1").raisedAt(OPERATIONAL).raisedOn(day(1, 5)).build(),
                Escalation.builder().id("E1").raisedAt(OPERATIONAL).raisedOn(day(1, 6)).build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> CALCULATOR.assess(GovernanceFixtures.agreement(), Q1, meetings, escalations));
        assertEquals(List.of(
                "meetings[0].forum: the meeting on 2026-01-05 names forum 'board', which is not a forum of agreement 'it-partnering'",
                "meetings[2].date: forum 'delivery' has more than one meeting recorded on 2026-01-07",
                "escalations[1].id: escalation id 'E1' is used more than once"),
                e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void aCancelledMeetingHasNoAttendance() {
        ValidationException e = assertThrows(ValidationException.class, () -> ForumMeeting.builder().forum("delivery")
                .date(day(1, 7)).status(MeetingStatus.CANCELLED).putAttendance(PartyKind.CUSTOMER, -1).build());
        assertEquals(List.of("meeting of forum 'delivery' on 2026-01-07: attendance of the CUSTOMER side -1 must not be negative",
                "meeting of forum 'delivery' on 2026-01-07 was cancelled and cannot have attendance"),
                e.violations().stream().map(Violation::rule).toList());
    }

    @Test
    void theReportDoesNotDependOnRecordOrder() {
        List<ForumMeeting> meetings = new java.util.ArrayList<>(GovernanceFixtures.meetings());
        List<Escalation> escalations = new java.util.ArrayList<>(GovernanceFixtures.escalations());
        java.util.Collections.reverse(meetings);
        java.util.Collections.reverse(escalations);
        GovernanceReport reversed = CALCULATOR.assess(GovernanceFixtures.agreement(), Q1, meetings, escalations);
        assertEquals(q1().explanation(), reversed.explanation());
        assertEquals(q1().levels(), reversed.levels());
    }
}
