package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.BOOL;
import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.DURATION;
import static dev.partnering.jackson.Scalars.DURATION_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.LONG;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationStep;
import dev.partnering.governance.Forum;
import dev.partnering.governance.ForumActivity;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.MeetingStatus;
import dev.partnering.governance.OverdueEscalation;
import dev.partnering.party.PartyKind;

/**
 * Governance in operation: the records of forum meetings and escalations, and the governance
 * report with the activity of each level. The governance structure itself (levels, roles, forums,
 * escalation policy) is part of the agreement, in {@link AgreementFormats}.
 * <p>
 * A governance report is written only: it does not hold the agreement and records it was computed
 * from, so it cannot be checked when read; recompute it from them instead.
 */
final class GovernanceFormats {

    private GovernanceFormats() {
    }

    static final ValueReader<ForumMeeting> MEETING = GovernanceFormats::readMeeting;
    static final ValueWriter<ForumMeeting> MEETING_OUT = GovernanceFormats::writeMeeting;
    static final ValueReader<EscalationStep> STEP = GovernanceFormats::readStep;
    static final ValueWriter<EscalationStep> STEP_OUT = GovernanceFormats::writeStep;
    static final ValueReader<Escalation> ESCALATION = GovernanceFormats::readEscalation;
    static final ValueWriter<Escalation> ESCALATION_OUT = GovernanceFormats::writeEscalation;
    static final ValueReader<Escalation.Stay> STAY = GovernanceFormats::readStay;
    static final ValueWriter<Escalation.Stay> STAY_OUT = GovernanceFormats::writeStay;

    static final ValueReader<ForumActivity> FORUM_ACTIVITY = GovernanceFormats::readForumActivity;
    static final ValueWriter<ForumActivity> FORUM_ACTIVITY_OUT = GovernanceFormats::writeForumActivity;
    static final ValueReader<OverdueEscalation> OVERDUE = GovernanceFormats::readOverdue;
    static final ValueWriter<OverdueEscalation> OVERDUE_OUT = GovernanceFormats::writeOverdue;
    static final ValueReader<LevelActivity> LEVEL_ACTIVITY = GovernanceFormats::readLevelActivity;
    static final ValueWriter<LevelActivity> LEVEL_ACTIVITY_OUT = GovernanceFormats::writeLevelActivity;

    static final ValueWriter<GovernanceReport> REPORT_OUT = GovernanceFormats::writeReport;

    // ---------------------------------------------------------------- records

    private static ForumMeeting readMeeting(In in) {
        in.object("a forum meeting");
        ForumMeeting.Builder b = ForumMeeting.builder();
        in.req("forum", TEXT, b::forum);
        in.req("date", DATE, b::date);
        in.opt("status", enumOf(MeetingStatus.class), b::status);
        b.putAllAttendance(in.enumMap("attendance", PartyKind.class, INT));
        return in.build(b::build);
    }

    private static void writeMeeting(Out out, ForumMeeting m) throws IOException {
        out.begin();
        out.text("forum", m.forum());
        out.value("date", m.date(), DATE_OUT);
        out.enumValue("status", m.status());
        out.enumMap("attendance", PartyKind.class, m.attendance(), Scalars.INT_OUT);
        out.end();
    }

    private static EscalationStep readStep(In in) {
        in.object("an escalation step");
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        LocalDate date = in.req("date", DATE);
        return in.build(() -> EscalationStep.of(level, date));
    }

    private static void writeStep(Out out, EscalationStep s) throws IOException {
        out.begin();
        out.enumValue("level", s.level());
        out.value("date", s.date(), DATE_OUT);
        out.end();
    }

    private static Escalation readEscalation(In in) {
        in.object("an escalation");
        Escalation.Builder b = Escalation.builder();
        in.req("id", TEXT, b::id);
        in.opt("title", TEXT, b::title);
        in.opt("raisedBy", TEXT, b::raisedBy);
        in.opt("raisedByRole", TEXT, b::raisedByRole);
        in.req("raisedAt", enumOf(GovernanceLevel.class), b::raisedAt);
        in.req("raisedOn", DATE, b::raisedOn);
        in.list("steps", STEP, b::addAllSteps);
        in.opt("resolvedOn", DATE, b::resolvedOn);
        in.opt("outcome", RelationshipFormats.ESCALATION_OUTCOME, b::outcome);
        return in.build(b::build);
    }

    private static void writeEscalation(Out out, Escalation e) throws IOException {
        out.begin();
        out.text("id", e.id());
        out.opt("title", e.title(), TEXT_OUT);
        out.opt("raisedBy", e.raisedBy(), TEXT_OUT);
        out.opt("raisedByRole", e.raisedByRole(), TEXT_OUT);
        out.enumValue("raisedAt", e.raisedAt());
        out.value("raisedOn", e.raisedOn(), DATE_OUT);
        out.list("steps", e.steps(), STEP_OUT);
        out.opt("resolvedOn", e.resolvedOn(), DATE_OUT);
        out.opt("outcome", e.outcome(), RelationshipFormats.ESCALATION_OUTCOME_OUT);
        out.end();
    }

    private static Escalation.Stay readStay(In in) {
        in.object("a stay of an escalation at a level");
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        LocalDate from = in.req("from", DATE);
        LocalDate until = in.req("until", DATE);
        Boolean closed = in.req("closed", BOOL);
        return in.build(() -> new Escalation.Stay(level, from, until, closed));
    }

    private static void writeStay(Out out, Escalation.Stay s) throws IOException {
        out.begin();
        out.enumValue("level", s.level());
        out.value("from", s.from(), DATE_OUT);
        out.value("until", s.until(), DATE_OUT);
        out.bool("closed", s.isClosed());
        out.end();
    }

    // ---------------------------------------------------------------- activity

    private static ForumActivity readForumActivity(In in) {
        in.object("the activity of a forum");
        Forum forum = in.req("forum", AgreementFormats.FORUM);
        Integer scheduled = in.req("scheduled", INT);
        Integer held = in.req("held", INT);
        Integer cancelled = in.req("cancelled", INT);
        Optional<LocalDate> lastHeld = in.opt("lastHeld", DATE);
        Boolean overdue = in.req("overdue", BOOL);
        return in.build(() -> new ForumActivity(forum, scheduled, held, cancelled, lastHeld, overdue));
    }

    private static void writeForumActivity(Out out, ForumActivity f) throws IOException {
        out.begin();
        out.value("forum", f.forum(), AgreementFormats.FORUM_OUT);
        out.integer("scheduled", f.scheduled());
        out.integer("held", f.held());
        out.integer("cancelled", f.cancelled());
        out.opt("lastHeld", f.lastHeld(), DATE_OUT);
        out.bool("overdue", f.isOverdue());
        out.end();
    }

    private static OverdueEscalation readOverdue(In in) {
        in.object("an overdue escalation");
        Escalation escalation = in.req("escalation", ESCALATION);
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        LocalDate since = in.req("since", DATE);
        Long days = in.req("days", LONG);
        Duration allowed = in.req("allowed", DURATION);
        Derived derived = Derived.of(in).field("dueBy", DATE);
        return derived.build(() -> new OverdueEscalation(escalation, level, since, days, allowed),
                o -> Derived.values("dueBy", o.dueBy()), "since + allowed");
    }

    private static void writeOverdue(Out out, OverdueEscalation o) throws IOException {
        out.begin();
        out.value("escalation", o.escalation(), ESCALATION_OUT);
        out.enumValue("level", o.level());
        out.value("since", o.since(), DATE_OUT);
        out.integer("days", o.days());
        out.value("allowed", o.allowed(), DURATION_OUT);
        out.value("dueBy", o.dueBy(), DATE_OUT);
        out.end();
    }

    private static LevelActivity readLevelActivity(In in) {
        in.object("the activity of a level");
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        List<ForumActivity> forums = in.list("forums", FORUM_ACTIVITY);
        Optional<LocalDate> lastHeld = in.opt("lastHeld", DATE);
        Boolean stale = in.req("stale", BOOL);
        Map<PartyKind, Integer> attendance = in.enumMap("attendance", PartyKind.class, INT);
        Integer withoutBothSides = in.req("heldWithoutBothSides", INT);
        Integer raised = in.req("raised", INT);
        Integer resolved = in.req("resolved", INT);
        Integer resolvedWhereRaised = in.req("resolvedWhereRaised", INT);
        Integer resolvedAfterRaisedHere = in.req("resolvedAfterRaisedHere", INT);
        Optional<BigDecimal> meanDays = in.opt("meanDaysToResolve", DECIMAL);
        List<OverdueEscalation> overdue = in.list("overdue", OVERDUE);
        return in.build(() -> new LevelActivity(level, forums, lastHeld, stale, attendance, withoutBothSides, raised,
                resolved, resolvedWhereRaised, resolvedAfterRaisedHere, meanDays, overdue));
    }

    private static void writeLevelActivity(Out out, LevelActivity l) throws IOException {
        out.begin();
        out.enumValue("level", l.level());
        out.list("forums", l.forums(), FORUM_ACTIVITY_OUT);
        out.opt("lastHeld", l.lastHeld(), DATE_OUT);
        out.bool("stale", l.isStale());
        out.enumMap("attendance", PartyKind.class, l.attendance(), Scalars.INT_OUT);
        out.integer("heldWithoutBothSides", l.heldWithoutBothSides());
        out.integer("raised", l.raised());
        out.integer("resolved", l.resolved());
        out.integer("resolvedWhereRaised", l.resolvedWhereRaised());
        out.integer("resolvedAfterRaisedHere", l.resolvedAfterRaisedHere());
        out.opt("meanDaysToResolve", l.meanDaysToResolve(), DECIMAL_OUT);
        out.list("overdue", l.overdue(), OVERDUE_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- the report

    /** Writes the report's own fields and, marked derived in the format, the figures computed from them. */
    private static void writeReport(Out out, GovernanceReport r) throws IOException {
        out.begin();
        out.text("agreementId", r.agreementId());
        out.value("period", r.period(), REPORTING_PERIOD_OUT);
        out.value("evaluatedOn", r.evaluatedOn(), DATE_OUT);
        out.list("levels", r.levels(), LEVEL_ACTIVITY_OUT);
        out.integer("scheduledMeetings", r.scheduledMeetings());
        out.integer("heldMeetings", r.heldMeetings());
        out.opt("heldShare", r.heldShare(), DECIMAL_OUT);
        out.integer("resolvedEscalations", r.resolvedEscalations());
        out.integer("resolvedWhereRaised", r.resolvedWhereRaised());
        out.opt("resolvedWhereRaisedShare", r.resolvedWhereRaisedShare(), DECIMAL_OUT);
        out.integer("judgedAgainstDeadline", r.judgedAgainstDeadline());
        out.integer("withinDeadline", r.withinDeadline());
        out.opt("withinDeadlineShare", r.withinDeadlineShare(), DECIMAL_OUT);
        out.opt("score", r.score(), DECIMAL_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }
}
