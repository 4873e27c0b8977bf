package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.time.LocalDate;

import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationStep;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.MeetingStatus;
import dev.partnering.party.PartyKind;

/**
 * Governance in operation: the records of forum meetings and escalations. The governance
 * structure itself (levels, roles, forums, escalation policy) is part of the agreement, read through
 * its builders and written through its mix-ins; the governance report is a result, written through
 * its mix-in only.
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

    // ---------------------------------------------------------------- activity

    // ---------------------------------------------------------------- the report

}
