package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIdentityReference;
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
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReason;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskScale;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.RiskStatus;
import dev.partnering.trust.Balance;
import dev.partnering.trust.Answer;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustSurvey;

/**
 * How the values of the relationship in operation are read: trust surveys, policies and
 * behavioural signals; the inputs and policy of a health assessment; forum meetings and escalations; minutes with their decisions and actions,
 * the joint risk register and the improvement backlog. Mix-ins on their builders (the records are
 * read through the creators of their writing mix-ins, {@link PartneringMixins}).
 * <p>
 * An answer names its dimension by id ({@link JsonIdentityReference}): it is read as a placeholder
 * dimension of that id, and the survey that holds it, read through {@link SurveyReading}, puts its
 * own dimension of that id in its place before it is built, so the survey's own rules refuse an
 * id that is not one of its dimensions. Answers and responses are read only inside a survey.
 */
final class RelationshipBuilders {

    private RelationshipBuilders() {
    }

    /** Adds the bindings of these families to {@link BuilderMixins}. */
    static void register() {
        // trust
        BuilderMixins.bind(LikertScale.class, LikertScale.Builder.class, LikertScale::builder, LikertScaleBuilder.class);
        BuilderMixins.bind(TrustDimension.class, TrustDimension.Builder.class, TrustDimension::builder,
                TrustDimensionBuilder.class);
        BuilderMixins.bind(Answer.class, Answer.Builder.class, Answer::builder, AnswerBuilder.class);
        BuilderMixins.bind(SurveyResponse.class, SurveyResponse.Builder.class, SurveyResponse::builder,
                SurveyResponseBuilder.class);
        BuilderMixins.bind(TrustSurvey.class, TrustSurvey.Builder.class, SurveyReading::new, TrustSurveyBuilder.class);
        BuilderMixins.bind(TrustPolicy.class, TrustPolicy.Builder.class, TrustPolicy::builder, TrustPolicyBuilder.class);
        BuilderMixins.bind(BehaviouralSignal.class, BehaviouralSignal.Builder.class, BehaviouralSignal::builder,
                SignalBuilder.class);
        // health
        BuilderMixins.bind(HealthInputs.class, HealthInputs.Builder.class, HealthInputs::builder, HealthInputsBuilder.class);
        BuilderMixins.bind(HealthPolicy.class, HealthPolicy.Builder.class, HealthPolicy::builder, HealthPolicyBuilder.class);
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

    // ---------------------------------------------------------------- trust

    @JsonPropertyOrder({"minimum", "maximum"})
    abstract static class LikertScaleBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("minimum") abstract Object minimum(int minimum);
        @JsonProperty("maximum") abstract Object maximum(int maximum);
    }

    @JsonPropertyOrder({"id", "name"})
    abstract static class TrustDimensionBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("name") abstract Object name(String name);
    }

    @JsonPropertyOrder({"dimension", "focus", "about", "value"})
    abstract static class AnswerBuilder extends BuilderMixins.HiddenBuilder {
        /** The dimension by its id, resolved by the survey that holds the answer. */
        @JsonIdentityReference(alwaysAsId = true)
        @JsonProperty("dimension") abstract Object dimension(TrustDimension dimension);
        @JsonProperty("focus") abstract Object focus(Focus focus);
        @JsonProperty("about") abstract Object about(String about);
        @JsonProperty("value") abstract Object value(int value);
    }

    @JsonPropertyOrder({"respondent", "side", "party", "level", "answers"})
    abstract static class SurveyResponseBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("respondent") abstract Object respondent(String respondent);
        @JsonProperty("side") abstract Object side(PartyKind side);
        @JsonProperty("party") abstract Object party(String party);
        @JsonProperty("level") abstract Object level(GovernanceLevel level);
        @JsonProperty("answers") abstract Object addAllAnswers(Iterable<? extends Answer> answers);
    }

    @JsonPropertyOrder({"assessmentDate", "scale", "dimensions", "parties", "responses"})
    abstract static class TrustSurveyBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("assessmentDate") abstract Object assessmentDate(LocalDate date);
        @JsonProperty("scale") abstract Object scale(LikertScale scale);
        @JsonProperty("dimensions") abstract Object addAllDimensions(Iterable<? extends TrustDimension> dimensions);
        @JsonProperty("parties") abstract Object addAllParties(Iterable<? extends Party> parties);
        @JsonProperty("responses") abstract Object addAllResponses(Iterable<? extends SurveyResponse> responses);
    }

    @JsonPropertyOrder({"minimumGroupSize", "balanceThreshold", "weights"})
    abstract static class TrustPolicyBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("minimumGroupSize") abstract Object minimumGroupSize(int size);
        @JsonProperty("balanceThreshold") abstract Object balanceThreshold(BigDecimal threshold);
        @JsonProperty("weights") abstract Object putAllWeights(Map<String, ? extends BigDecimal> weights);
    }

    @JsonPropertyOrder({"kind", "date", "by", "reference"})
    abstract static class SignalBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("kind") abstract Object kind(SignalKind kind);
        @JsonProperty("date") abstract Object date(LocalDate date);
        @JsonProperty("by") abstract Object by(PartyKind by);
        @JsonProperty("reference") abstract Object reference(String reference);
    }

    /**
     * The builder a survey is read with: before the survey is built, each answer's placeholder
     * dimension is replaced by the survey's first dimension of the same id (an id that is none of
     * them stays, and the survey's own rules refuse it). Not thread-safe, one per survey read.
     */
    static final class SurveyReading implements TrustSurvey.Builder {
        private final TrustSurvey.Builder survey = TrustSurvey.builder();
        private final List<TrustDimension> dimensions = new ArrayList<>();
        private final List<SurveyResponse> responses = new ArrayList<>();

        @Override
        public TrustSurvey.Builder assessmentDate(LocalDate assessmentDate) {
            survey.assessmentDate(assessmentDate);
            return this;
        }

        @Override
        public TrustSurvey.Builder scale(LikertScale scale) {
            survey.scale(scale);
            return this;
        }

        @Override
        public TrustSurvey.Builder addDimensions(TrustDimension element) {
            dimensions.add(element);
            return this;
        }

        @Override
        public TrustSurvey.Builder addDimensions(TrustDimension... elements) {
            return addAllDimensions(List.of(elements));
        }

        @Override
        public TrustSurvey.Builder addAllDimensions(Iterable<? extends TrustDimension> elements) {
            elements.forEach(dimensions::add);
            return this;
        }

        @Override
        public TrustSurvey.Builder addResponses(SurveyResponse element) {
            responses.add(element);
            return this;
        }

        @Override
        public TrustSurvey.Builder addResponses(SurveyResponse... elements) {
            return addAllResponses(List.of(elements));
        }

        @Override
        public TrustSurvey.Builder addAllResponses(Iterable<? extends SurveyResponse> elements) {
            elements.forEach(responses::add);
            return this;
        }

        @Override
        public TrustSurvey.Builder addParties(Party element) {
            survey.addParties(element);
            return this;
        }

        @Override
        public TrustSurvey.Builder addParties(Party... elements) {
            survey.addParties(elements);
            return this;
        }

        @Override
        public TrustSurvey.Builder addAllParties(Iterable<? extends Party> elements) {
            survey.addAllParties(elements);
            return this;
        }

        @Override
        public TrustSurvey build() {
            Map<String, TrustDimension> byId = new LinkedHashMap<>();
            for (TrustDimension d : dimensions) {
                if (d != null) {
                    byId.putIfAbsent(d.id(), d);
                }
            }
            List<SurveyResponse> resolved = new ArrayList<>();
            for (SurveyResponse r : responses) {
                resolved.add(r == null ? null : resolve(r, byId));
            }
            return survey.addAllDimensions(dimensions).addAllResponses(resolved).build();
        }

        private static SurveyResponse resolve(SurveyResponse r, Map<String, TrustDimension> byId) {
            List<Answer> answers = new ArrayList<>();
            boolean changed = false;
            for (Answer a : r.answers()) {
                TrustDimension d = byId.getOrDefault(a.dimension().id(), a.dimension());
                changed |= !d.equals(a.dimension());
                answers.add(d.equals(a.dimension()) ? a : Answer.builder().dimension(d).focus(a.focus()).about(a.about())
                        .value(a.value()).build());
            }
            return !changed ? r : SurveyResponse.builder().respondent(r.respondent()).side(r.side()).party(r.party())
                    .level(r.level()).addAllAnswers(answers).build();
        }
    }

    // ---------------------------------------------------------------- health

    @JsonPropertyOrder({"period", "performance", "trustIndex", "trustBalance", "governanceScore", "managementScore",
            "concerns"})
    abstract static class HealthInputsBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("period") abstract Object period(ReportingPeriod period);
        @JsonProperty("performance") abstract Object performance(BigDecimal performance);
        @JsonProperty("trustIndex") abstract Object trustIndex(BigDecimal index);
        @JsonProperty("trustBalance") abstract Object trustBalance(Balance balance);
        @JsonProperty("governanceScore") abstract Object governanceScore(BigDecimal score);
        @JsonProperty("managementScore") abstract Object managementScore(BigDecimal score);
        @JsonProperty("concerns") abstract Object addAllConcerns(Iterable<? extends HealthReason> concerns);
    }

    @JsonPropertyOrder({"performanceWeight", "trustWeight", "governanceWeight", "managementWeight", "greenFrom",
            "amberFrom", "pillarFloor"})
    abstract static class HealthPolicyBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("performanceWeight") abstract Object performanceWeight(BigDecimal weight);
        @JsonProperty("trustWeight") abstract Object trustWeight(BigDecimal weight);
        @JsonProperty("governanceWeight") abstract Object governanceWeight(BigDecimal weight);
        @JsonProperty("managementWeight") abstract Object managementWeight(BigDecimal weight);
        @JsonProperty("greenFrom") abstract Object greenFrom(BigDecimal from);
        @JsonProperty("amberFrom") abstract Object amberFrom(BigDecimal from);
        @JsonProperty("pillarFloor") abstract Object pillarFloor(BigDecimal floor);
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
