package dev.partnering.jackson.common.mixin;

import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.partnering.action.Action;
import dev.partnering.action.ActionStatus;
import dev.partnering.action.Decision;
import dev.partnering.action.Minutes;
import dev.partnering.action.RemedyLink;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationOutcome;
import dev.partnering.governance.EscalationStep;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.MeetingStatus;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.money.Money;
import dev.partnering.party.PartyKind;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskScale;
import dev.partnering.risk.RiskStatus;

/**
 * How the values of the relationship in operation are read: forum meetings and escalations;
 * minutes with their decisions and actions, the joint risk register and the improvement backlog.
 * Mix-ins on their builders (the records are read through the creators of their writing mix-ins,
 * {@link PartneringMixins}).
 */
final class RelationshipBuilders {

    private RelationshipBuilders() {
    }

    /** Adds the bindings of these families to {@link BuilderMixins}. */
    static void register() {
        // governance in operation
        BuilderMixins.bind(ForumMeeting.class, ForumMeeting.Builder.class, ForumMeeting::builder, ForumMeetingBuilder.class);
        BuilderMixins.bind(Escalation.class, Escalation.Builder.class, Escalation::builder, EscalationBuilder.class);
        BuilderMixins.created(EscalationStep.class, EscalationOutcome.class);
        // relationship management: minutes, risks, the improvement backlog
        BuilderMixins.bind(Action.class, Action.Builder.class, Action::builder, ActionBuilder.class);
        BuilderMixins.bind(Minutes.class, Minutes.Builder.class, Minutes::builder, MinutesBuilder.class);
        BuilderMixins.bind(Risk.class, Risk.Builder.class, Risk::builder, RiskBuilder.class);
        BuilderMixins.bind(RiskRegister.class, RiskRegister.Builder.class, RiskRegister::builder, RiskRegisterBuilder.class);
        BuilderMixins.bind(Initiative.class, Initiative.Builder.class, Initiative::builder, InitiativeBuilder.class);
        BuilderMixins.bind(ImprovementBacklog.class, ImprovementBacklog.Builder.class, ImprovementBacklog::builder,
                BacklogBuilder.class);
        BuilderMixins.created(Decision.class, RemedyLink.class, RiskScale.class);
    }

    // ---------------------------------------------------------------- governance in operation

    @JsonPropertyOrder({"forum", "date", "status", "attendance"})
    abstract static class ForumMeetingBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("forum") abstract Object forum(String forum);
        @JsonProperty("date") abstract Object date(LocalDate date);
        @JsonProperty("status") abstract Object status(MeetingStatus status);
        @JsonProperty("attendance") abstract Object putAllAttendance(Map<PartyKind, ? extends Integer> attendance);
    }

    @JsonPropertyOrder({"id", "title", "raisedBy", "raisedByRole", "raisedAt", "raisedOn", "steps", "resolvedOn", "outcome"})
    abstract static class EscalationBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("title") abstract Object title(String title);
        @JsonProperty("raisedBy") abstract Object raisedBy(String raisedBy);
        @JsonProperty("raisedByRole") abstract Object raisedByRole(String role);
        @JsonProperty("raisedAt") abstract Object raisedAt(GovernanceLevel level);
        @JsonProperty("raisedOn") abstract Object raisedOn(LocalDate date);
        @JsonProperty("steps") abstract Object addAllSteps(Iterable<? extends EscalationStep> steps);
        @JsonProperty("resolvedOn") abstract Object resolvedOn(LocalDate date);
        @JsonProperty("outcome") abstract Object outcome(EscalationOutcome outcome);
    }

    // ---------------------------------------------------------------- minutes, decisions and actions

    @JsonPropertyOrder({"id", "description", "owner", "ownerRole", "due", "status", "closedOn", "decision",
            "escalation", "remedy", "risk"})
    abstract static class ActionBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("description") abstract Object description(String description);
        @JsonProperty("owner") abstract Object owner(String owner);
        @JsonProperty("ownerRole") abstract Object ownerRole(String role);
        @JsonProperty("due") abstract Object due(LocalDate due);
        @JsonProperty("status") abstract Object status(ActionStatus status);
        @JsonProperty("closedOn") abstract Object closedOn(LocalDate date);
        @JsonProperty("decision") abstract Object decision(String decision);
        @JsonProperty("escalation") abstract Object escalation(String escalation);
        @JsonProperty("remedy") abstract Object remedy(RemedyLink remedy);
        @JsonProperty("risk") abstract Object risk(String risk);
    }

    @JsonPropertyOrder({"meeting", "decisions", "actions"})
    abstract static class MinutesBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("meeting") abstract Object meeting(ForumMeeting meeting);
        @JsonProperty("decisions") abstract Object addAllDecisions(Iterable<? extends Decision> decisions);
        @JsonProperty("actions") abstract Object addAllActions(Iterable<? extends Action> actions);
    }

    // ---------------------------------------------------------------- risks

    @JsonPropertyOrder({"id", "title", "owner", "likelihood", "impact", "identifiedOn", "lastReviewed", "reviewBy",
            "status"})
    abstract static class RiskBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("title") abstract Object title(String title);
        @JsonProperty("owner") abstract Object owner(String owner);
        @JsonProperty("likelihood") abstract Object likelihood(int likelihood);
        @JsonProperty("impact") abstract Object impact(int impact);
        @JsonProperty("identifiedOn") abstract Object identifiedOn(LocalDate date);
        @JsonProperty("lastReviewed") abstract Object lastReviewed(LocalDate date);
        @JsonProperty("reviewBy") abstract Object reviewBy(LocalDate date);
        @JsonProperty("status") abstract Object status(RiskStatus status);
    }

    @JsonPropertyOrder({"likelihoodScale", "impactScale", "highFrom", "risks"})
    abstract static class RiskRegisterBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("likelihoodScale") abstract Object likelihoodScale(RiskScale scale);
        @JsonProperty("impactScale") abstract Object impactScale(RiskScale scale);
        @JsonProperty("highFrom") abstract Object highFrom(int highFrom);
        @JsonProperty("risks") abstract Object addAllRisks(Iterable<? extends Risk> risks);
    }

    // ---------------------------------------------------------------- the improvement backlog

    @JsonPropertyOrder({"id", "title", "proposer", "decidedBy", "status", "proposedOn", "decidedOn", "deliveredOn",
            "expectedBenefit", "realisedBenefit", "gainShare"})
    abstract static class InitiativeBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("title") abstract Object title(String title);
        @JsonProperty("proposer") abstract Object proposer(String proposer);
        @JsonProperty("decidedBy") abstract Object decidedBy(GovernanceLevel level);
        @JsonProperty("status") abstract Object status(InitiativeStatus status);
        @JsonProperty("proposedOn") abstract Object proposedOn(LocalDate date);
        @JsonProperty("decidedOn") abstract Object decidedOn(LocalDate date);
        @JsonProperty("deliveredOn") abstract Object deliveredOn(LocalDate date);
        @JsonProperty("expectedBenefit") abstract Object expectedBenefit(Money benefit);
        @JsonProperty("realisedBenefit") abstract Object realisedBenefit(Money benefit);
        @JsonProperty("gainShare") abstract Object gainShare(String gainShare);
    }

    @JsonPropertyOrder({"currency", "decisionWithin", "initiatives"})
    abstract static class BacklogBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("currency") abstract Object currency(Currency currency);
        @JsonProperty("decisionWithin") abstract Object decisionWithin(Period within);
        @JsonProperty("initiatives") abstract Object addAllInitiatives(Iterable<? extends Initiative> initiatives);
    }
}
