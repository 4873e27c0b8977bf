package dev.partnering.action;

import static dev.partnering.Fixtures.CUSTOMER;
import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.roleId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.incentive.Remedy;
import dev.partnering.period.ReportingPeriod;

class ActionRegisterTest {

    private static final GovernanceLevel A = GovernanceLevel.STRATEGIC;
    private static final GovernanceLevel B = GovernanceLevel.TACTICAL;

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    static ActionRegister register() {
        Minutes board = Minutes.builder().meeting(ForumMeeting.held("delivery-board", day("2026-02-10")))
                .addDecisions(Decision.of("d-triage", "Introduce a shared triage desk", B, day("2026-02-10")))
                .addActions(Action.builder().id("a1").description("Staff the triage desk").owner(LEAD_SUPPLIER)
                        .ownerRole(roleId(LEAD_SUPPLIER, B)).due(day("2026-03-01")).decision("d-triage")
                        .doneOn(day("2026-02-25")).build())
                .addActions(Action.builder().id("a2").description("Publish the triage rules").owner(CUSTOMER)
                        .ownerRole(roleId(CUSTOMER, B)).due(day("2026-03-01")).decision("d-triage")
                        .doneOn(day("2026-03-10")).build())
                .addActions(Action.builder().id("a3").description("Remediation plan for availability")
                        .owner(SUPPLIER).ownerRole(roleId(SUPPLIER, B)).due(day("2026-03-15"))
                        .remedy(new RemedyLink(Remedy.REMEDIATION_PLAN, ReportingPeriod.parse("2026-01"))).build())
                .build();
        Minutes steering = Minutes.builder().meeting(ForumMeeting.held("steering-group", day("2026-03-20")))
                .addDecisions(Decision.of("d-cloud", "Move the data centre to the cloud by 2027", A, day("2026-03-20")))
                .addActions(Action.builder().id("a4").description("Business case for the cloud move").owner(LEAD_SUPPLIER)
                        .ownerRole(roleId(LEAD_SUPPLIER, A)).due(day("2026-06-30")).decision("d-cloud").build())
                .addActions(Action.builder().id("a5").description("Old hosting review").owner(CUSTOMER)
                        .ownerRole(roleId(CUSTOMER, A)).due(day("2026-04-30")).cancelledOn(day("2026-03-25")).build())
                .build();
        return ActionRegister.of(Fixtures.governance(), List.of(steering, board));
    }

    @Test
    void theRegisterAnswersOpenOverdueAndDoneLatePerPartyAndLevel() {
        ActionReport r = register().reportOn(day("2026-03-31"));
        // a1 done 02-25, due 03-01: on time; a2 done 03-10, due 03-01: late; a3 open, due 03-15: overdue;
        // a4 open, due 06-30; a5 cancelled 03-25
        assertEquals(new ActionCounts(2, 1, 2, 1, 1), r.total());
        assertEquals(Map.of(LEAD_SUPPLIER, new ActionCounts(1, 0, 1, 0, 0), CUSTOMER, new ActionCounts(0, 0, 1, 1, 1),
                SUPPLIER, new ActionCounts(1, 1, 0, 0, 0)), r.byParty());
        // level B: a1, a2, a3 -> 1 open (overdue), 2 done (1 late); level A: a4 open, a5 cancelled
        assertEquals(new ActionCounts(1, 1, 2, 1, 0), r.forLevel(B));
        assertEquals(new ActionCounts(1, 0, 0, 0, 1), r.forLevel(A));
        assertEquals(ActionCounts.NONE, r.forLevel(GovernanceLevel.OPERATIONAL));
        assertEquals(List.of("a3"), r.overdue().stream().map(RegisteredAction::id).toList());
        assertEquals(List.of("a2"), r.doneLate().stream().map(RegisteredAction::id).toList());
        assertEquals(List.of("a3", "a4"), r.open().stream().map(RegisteredAction::id).toList());
        assertTrue(r.explanation().toText().contains("action 'a3' (globex, level B) is overdue: due 2026-03-15, 16 days ago"),
                r.explanation().toText());
    }

    @Test
    void anActionClosedAfterTheDayWasStillOpenThatDay() {
        ActionReport r = register().reportOn(day("2026-03-05"));
        // a2 was done on 03-10, so on 03-05 it was open and overdue (due 03-01); the steering group had not met
        assertEquals(new ActionCounts(2, 1, 1, 0, 0), r.total());
        assertEquals(List.of("a2"), r.overdue().stream().map(RegisteredAction::id).toList());
    }

    @Test
    void decisionsAreInDateOrderAndFoundById() {
        ActionRegister reg = register();
        assertEquals(List.of("d-triage", "d-cloud"), reg.decisions().stream().map(Decision::id).toList());
        assertEquals(A, reg.decision("d-cloud").orElseThrow().level());
        assertEquals("steering-group", reg.action("a4").orElseThrow().forum());
    }

    @Test
    void theRegisterRefusesWhatDoesNotFitTheGovernance() {
        Minutes m = Minutes.builder().meeting(ForumMeeting.held("delivery-board", day("2026-02-10")))
                .addActions(Action.builder().id("x1").description("d").owner(CUSTOMER).ownerRole(roleId(SUPPLIER, B))
                        .due(day("2026-03-01")).decision("d-later").build())
                .addActions(Action.builder().id("x2").description("d").owner(CUSTOMER).ownerRole("nobody")
                        .due(day("2026-03-01")).build())
                .build();
        Minutes later = Minutes.builder().meeting(ForumMeeting.held("delivery-board", day("2026-03-10")))
                .addDecisions(Decision.of("d-later", "Later", B, day("2026-03-10"))).build();
        Minutes unknown = Minutes.builder().meeting(ForumMeeting.held("tea-party", day("2026-03-10"))).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> ActionRegister.of(Fixtures.governance(), List.of(m, later, unknown)));
        assertEquals(List.of("minutes[0].actions[0].ownerRole", "minutes[0].actions[1].ownerRole",
                "minutes[2].meeting.forum", "minutes[0].actions[0].decision"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().contains("action 'x1' is owned by party 'region-nord' but role 'globex-B' acts for 'globex'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("action 'x1' of 2026-02-10 carries out decision 'd-later', taken later on 2026-03-10"));
        assertTrue(e.getMessage().contains("forum 'tea-party', which is not a forum of the governance"));
    }

    @Test
    void minutesAndActionsNameEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> Minutes.builder()
                .meeting(ForumMeeting.held("delivery-board", day("2026-02-10")))
                .addDecisions(Decision.of("d", "t", B, day("2026-02-11")))
                .addActions(Action.builder().id("a").description("x").owner(CUSTOMER).ownerRole("r")
                        .due(day("2026-02-01")).build())
                .build());
        assertEquals(List.of("decisions[0].date", "actions[0].due"), e.violations().stream().map(Violation::path).toList());
        ValidationException done = assertThrows(ValidationException.class, () -> Action.builder().id("a")
                .description(" ").owner(CUSTOMER).ownerRole("r").due(day("2026-02-01")).status(ActionStatus.DONE).build());
        assertEquals(List.of("description", "closedOn"), done.violations().stream().map(Violation::path).toList());
        assertTrue(done.getMessage().contains("action 'a' is DONE and needs the day it was done (closedOn)"));
        ValidationException cancelled = assertThrows(ValidationException.class, () -> Minutes.builder()
                .meeting(ForumMeeting.cancelled("delivery-board", day("2026-02-10")))
                .addDecisions(Decision.of("d", "t", B, day("2026-02-10"))).build());
        assertTrue(cancelled.getMessage().contains("a cancelled meeting takes no decision and agrees no action"));
    }
}
