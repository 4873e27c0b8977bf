package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.CurvePoint;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.lifecycle.FinancialItemKind;
import dev.partnering.lifecycle.OpenFinancialItem;
import dev.partnering.lifecycle.ReturnKind;
import dev.partnering.lifecycle.ReturnObligation;
import dev.partnering.term.ExtensionOption;
import dev.partnering.term.OptionExercise;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.money.Money;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.period.ReportingPeriod;

/**
 * The mix-ins of the SDK's value types, by the type they annotate. Each names every field the
 * format writes, in the format's order (see {@code FORMAT.md}); nothing else of the type is seen by
 * Jackson ({@link Hidden}). A closed family names its members with {@link JsonTypeInfo} by a
 * lower-kebab {@code "type"}, never a Java class name. How values are written (decimals as
 * strings, absent optionals left out) is the module's part, not the mix-ins'.
 * <p>
 * Only {@code com.fasterxml.jackson.annotation} is used, so the same classes serve Jackson 2 and
 * Jackson 3. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringMixins {

    private PartneringMixins() {
    }

    /** @return every mix-in by the type it annotates, in a fixed order, never null */
    public static Map<Class<?>, Class<?>> all() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(dev.partnering.agreement.Agreement.class, AgreementMixin.class);
        m.put(dev.partnering.governance.Governance.class, GovernanceMixin.class);
        m.put(dev.partnering.governance.Forum.class, ForumMixin.class);
        m.put(dev.partnering.governance.EscalationPolicy.class, EscalationPolicyMixin.class);
        m.put(Party.class, PartyMixin.class);
        m.put(ResponsibilityArea.class, ResponsibilityAreaMixin.class);
        m.put(dev.partnering.agreement.Scope.class, ScopeMixin.class);
        m.put(PeriodFee.class, PeriodFeeMixin.class);
        m.put(FeeSchedule.class, FeeScheduleMixin.class);
        m.put(Role.class, RoleMixin.class);
        m.put(KpiDefinition.class, KpiDefinitionMixin.class);
        m.put(Accountability.class, AccountabilityMixin.class);
        m.put(Accountability.Supplier.class, SupplierAccountability.class);
        m.put(Accountability.CustomerSide.class, CustomerSideAccountability.class);
        m.put(Accountability.Joint.class, JointAccountability.class);
        m.put(Measurement.class, MeasurementMixin.class);
        m.put(dev.partnering.kpi.MeasurementTable.class, MeasurementTableMixin.class);
        m.put(GainShareTier.class, GainShareTierMixin.class);
        m.put(CreditBand.class, CreditBandMixin.class);
        m.put(CurvePoint.class, CurvePointMixin.class);
        m.put(ExtensionOption.class, ExtensionOptionMixin.class);
        m.put(OptionExercise.class, OptionExerciseMixin.class);
        m.put(ReturnObligation.class, ReturnObligationMixin.class);
        m.put(OpenFinancialItem.class, OpenFinancialItemMixin.class);
        m.put(dev.partnering.term.ContractTerm.class, ContractTermMixin.class);
        m.put(dev.partnering.lifecycle.ExitPlan.class, ExitPlanMixin.class);
        m.put(dev.partnering.lifecycle.HandoverDeclaration.class, HandoverDeclarationMixin.class);
        m.put(dev.partnering.kpi.Precision.class, PrecisionMixin.class);
        m.put(dev.partnering.scorecard.StandingBand.class, StandingBandMixin.class);
        m.put(dev.partnering.scorecard.Standings.class, StandingsMixin.class);
        m.put(dev.partnering.amendment.Amendment.class, AmendmentMixin.class);
        m.put(dev.partnering.amendment.AgreementChange.class, AgreementChangeMixin.class);
        m.put(dev.partnering.amendment.AgreementChange.KpiRevised.class, KpiRevised.class);
        m.put(dev.partnering.amendment.AgreementChange.TargetChanged.class, TargetChanged.class);
        m.put(dev.partnering.amendment.AgreementChange.RoleRestaffed.class, RoleRestaffed.class);
        m.put(dev.partnering.amendment.AgreementChange.OptionExercised.class, OptionExercised.class);
        m.put(dev.partnering.amendment.AgreementChange.IncentiveChanged.class, IncentiveChanged.class);
        m.put(dev.partnering.amendment.AgreementHistory.class, AgreementHistoryMixin.class);
        m.put(ValueRange.class, ValueRangeMixin.class);
        m.put(AggregationRule.class, AggregationRuleMixin.class);
        m.put(AggregationRule.Mean.class, Mean.class);
        m.put(AggregationRule.Sum.class, Sum.class);
        m.put(AggregationRule.Min.class, Min.class);
        m.put(AggregationRule.Max.class, Max.class);
        m.put(AggregationRule.Last.class, Last.class);
        m.put(AggregationRule.Ratio.class, Ratio.class);
        m.put(AggregationRule.Percentile.class, Percentile.class);
        m.put(QualifyingCondition.class, QualifyingConditionMixin.class);
        m.put(QualifyingCondition.MinimumVolume.class, MinimumVolume.class);
        m.put(QualifyingCondition.OutOfScope.class, OutOfScope.class);
        // relationship management (issue 19)
        m.put(dev.partnering.outcome.KpiContribution.class, KpiContributionMixin.class);
        m.put(dev.partnering.outcome.DesiredOutcome.class, DesiredOutcomeMixin.class);
        m.put(dev.partnering.action.Decision.class, DecisionMixin.class);
        m.put(dev.partnering.action.RemedyLink.class, RemedyLinkMixin.class);
        m.put(dev.partnering.action.Action.class, ActionMixin.class);
        m.put(dev.partnering.governance.EscalationOutcome.class, EscalationOutcomeMixin.class);
        m.put(dev.partnering.risk.RiskScale.class, RiskScaleMixin.class);
        m.put(dev.partnering.risk.Risk.class, RiskMixin.class);
        m.put(dev.partnering.improvement.Initiative.class, InitiativeMixin.class);
        // governance in operation, minutes, the risk register and the improvement backlog (issue 20)
        m.put(dev.partnering.governance.ForumMeeting.class, ForumMeetingMixin.class);
        m.put(dev.partnering.governance.EscalationStep.class, EscalationStepMixin.class);
        m.put(dev.partnering.governance.Escalation.class, EscalationMixin.class);
        m.put(dev.partnering.action.Minutes.class, MinutesMixin.class);
        m.put(dev.partnering.risk.RiskRegister.class, RiskRegisterMixin.class);
        m.put(dev.partnering.improvement.ImprovementBacklog.class, ImprovementBacklogMixin.class);
        m.put(dev.partnering.trust.LikertScale.class, LikertScaleMixin.class);
        m.put(dev.partnering.trust.TrustDimension.class, TrustDimensionMixin.class);
        m.put(dev.partnering.trust.SurveyResponse.class, SurveyResponseMixin.class);
        m.put(dev.partnering.trust.TrustSurvey.class, TrustSurveyMixin.class);
        m.put(dev.partnering.trust.TrustPolicy.class, TrustPolicyMixin.class);
        m.put(dev.partnering.trust.BehaviouralSignal.class, BehaviouralSignalMixin.class);
        m.put(dev.partnering.health.HealthInputs.class, HealthInputsMixin.class);
        m.put(dev.partnering.health.HealthPolicy.class, HealthPolicyMixin.class);
        m.putAll(IncentiveMixins.all());
        m.putAll(ResultMixins.all());
        m.putAll(ScorecardMixins.all());
        m.putAll(ReportMixins.all());
        return m;
    }

    /**
     * Only what a mix-in names is a field: no getter, field or creator is found by its name. Every
     * field named is written, empty arrays and maps too, whatever the mapper's default inclusion
     * (an absent optional is left out by the module).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            setterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class Hidden {
    }

    // ---------------------------------------------------------------- agreements

    /**
     * Outcomes, supplier schemes and scopes are written only when present, precision and standings
     * only when not the standard ones: an agreement without them reads and writes as before.
     */
    @JsonPropertyOrder({"id", "title", "phase", "currency", "parties", "term", "sharedVision", "goals", "outcomes",
            "responsibilityAreas", "governance", "kpis", "feeSchedule", "missingDataPolicy", "precision", "standings",
            "incentiveScheme", "supplierSchemes", "jointArrangement", "scopes"})
    abstract static class AgreementMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String title();
        @JsonProperty abstract dev.partnering.agreement.LifecyclePhase phase();
        @JsonProperty abstract java.util.Currency currency();
        @JsonProperty abstract List<Party> parties();
        @JsonProperty abstract dev.partnering.term.ContractTerm term();
        @JsonProperty abstract Optional<String> sharedVision();
        @JsonProperty abstract List<String> goals();
        @JsonProperty @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<dev.partnering.outcome.DesiredOutcome> outcomes();
        @JsonProperty abstract List<ResponsibilityArea> responsibilityAreas();
        @JsonProperty abstract dev.partnering.governance.Governance governance();
        @JsonProperty abstract List<KpiDefinition> kpis();
        @JsonProperty abstract FeeSchedule feeSchedule();
        @JsonProperty abstract dev.partnering.kpi.MissingDataPolicy missingDataPolicy();
        @JsonProperty @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = StandardPrecision.class)
        abstract dev.partnering.kpi.Precision precision();
        @JsonProperty @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = StandardStandings.class)
        abstract dev.partnering.scorecard.Standings standings();
        @JsonProperty abstract Optional<dev.partnering.incentive.IncentiveScheme> incentiveScheme();
        @JsonProperty @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<dev.partnering.incentive.IncentiveScheme> supplierSchemes();
        @JsonProperty abstract Optional<dev.partnering.incentive.JointArrangement> jointArrangement();
        @JsonProperty @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<dev.partnering.agreement.Scope> scopes();
    }

    /** Equal to the standard precision: the value an agreement's {@code precision} is left out at. */
    static final class StandardPrecision {
        @Override
        public boolean equals(Object o) {
            return o instanceof dev.partnering.kpi.Precision p && p.isStandard();
        }

        @Override
        public int hashCode() {
            return dev.partnering.kpi.Precision.standard().hashCode();
        }
    }

    /** Equal to the standard standings: the value an agreement's {@code standings} is left out at. */
    static final class StandardStandings {
        @Override
        public boolean equals(Object o) {
            return dev.partnering.scorecard.Standings.standard().equals(o);
        }

        @Override
        public int hashCode() {
            return dev.partnering.scorecard.Standings.standard().hashCode();
        }
    }

    /** The levels in their order, highest first. */
    @JsonPropertyOrder({"levels", "roles", "forums", "escalationPolicy"})
    abstract static class GovernanceMixin extends Hidden {
        @JsonProperty("levels") abstract List<GovernanceLevel> levelsInOrder();
        @JsonProperty abstract List<Role> roles();
        @JsonProperty abstract List<dev.partnering.governance.Forum> forums();
        @JsonProperty abstract dev.partnering.governance.EscalationPolicy escalationPolicy();
    }

    @JsonPropertyOrder({"id", "name", "level", "cadence", "participants"})
    abstract static class ForumMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String name();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract dev.partnering.governance.Cadence cadence();
        @JsonProperty abstract List<String> participants();
    }

    /** The time allowed at each level, by the level's name, highest level first. */
    abstract static class EscalationPolicyMixin extends Hidden {
        @JsonProperty abstract Map<GovernanceLevel, java.time.Duration> timeAllowed();
    }

    @JsonPropertyOrder({"id", "name", "kind", "lead"})
    abstract static class PartyMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String name();
        @JsonProperty abstract PartyKind kind();
        @JsonProperty abstract boolean isLead();
    }

    @JsonPropertyOrder({"id", "name", "volume"})
    abstract static class ScopeMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String name();
        @JsonProperty abstract Optional<BigDecimal> volume();
    }

    @JsonPropertyOrder({"id", "name", "owner", "description"})
    abstract static class ResponsibilityAreaMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String name();
        @JsonProperty abstract String owner();
        @JsonProperty abstract Optional<String> description();
    }

    @JsonPropertyOrder({"period", "amount"})
    abstract static class PeriodFeeMixin extends Hidden {
        @JsonCreator static PeriodFee of(@JsonProperty("period") ReportingPeriod period, @JsonProperty("amount") Money amount) {
            return null;
        }
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Money amount();
    }

    abstract static class FeeScheduleMixin extends Hidden {
        @JsonProperty abstract List<PeriodFee> fees();
    }

    @JsonPropertyOrder({"id", "title", "party", "level", "mandate", "counterpart", "holder"})
    abstract static class RoleMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String title();
        @JsonProperty abstract String party();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract String mandate();
        @JsonProperty abstract Optional<String> counterpart();
        @JsonProperty abstract Optional<String> holder();
    }

    @JsonPropertyOrder({"periodValueDecimals", "attainmentDecimals", "scoreDecimals"})
    abstract static class PrecisionMixin extends Hidden {
        @JsonProperty abstract int periodValueDecimals();
        @JsonProperty abstract int attainmentDecimals();
        @JsonProperty abstract int scoreDecimals();
    }

    abstract static class StandingsMixin extends Hidden {
        @JsonCreator StandingsMixin(@JsonProperty("bands") List<dev.partnering.scorecard.StandingBand> bands) {
        }
        @JsonProperty abstract List<dev.partnering.scorecard.StandingBand> bands();
    }

    @JsonPropertyOrder({"name", "minimumScore", "consequences"})
    abstract static class StandingBandMixin extends Hidden {
        @JsonCreator StandingBandMixin(@JsonProperty("name") String name, @JsonProperty("minimumScore") BigDecimal minimumScore,
                @JsonProperty("consequences") List<String> consequences) {
        }
        @JsonProperty abstract String name();
        @JsonProperty abstract BigDecimal minimumScore();
        @JsonProperty abstract List<String> consequences();
    }

    // ---------------------------------------------------------------- KPIs

    @JsonPropertyOrder({"id", "version", "effectiveFrom", "name", "unit", "direction", "minimum", "target", "stretch",
            "maxAttainment", "aggregation", "weight", "frequency", "dataSource", "measurementMethod", "validRange",
            "qualifyingConditions", "accountability"})
    abstract static class KpiDefinitionMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract int version();
        @JsonProperty abstract LocalDate effectiveFrom();
        @JsonProperty abstract String name();
        @JsonProperty abstract String unit();
        @JsonProperty abstract Direction direction();
        @JsonProperty abstract Optional<BigDecimal> minimum();
        @JsonProperty abstract Optional<BigDecimal> target();
        @JsonProperty abstract Optional<BigDecimal> stretch();
        @JsonProperty abstract BigDecimal maxAttainment();
        @JsonProperty abstract AggregationRule aggregation();
        @JsonProperty abstract BigDecimal weight();
        @JsonProperty abstract MeasurementFrequency frequency();
        @JsonProperty abstract Optional<String> dataSource();
        @JsonProperty abstract Optional<String> measurementMethod();
        @JsonProperty abstract Optional<ValueRange> validRange();
        @JsonProperty abstract List<QualifyingCondition> qualifyingConditions();
        @JsonProperty abstract Optional<Accountability> accountability();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(Accountability.Supplier.class), @JsonSubTypes.Type(Accountability.CustomerSide.class),
            @JsonSubTypes.Type(Accountability.Joint.class)})
    abstract static class AccountabilityMixin extends Hidden {
    }

    @JsonTypeName("supplier")
    abstract static class SupplierAccountability extends Hidden {
        @JsonCreator SupplierAccountability(@JsonProperty("partyId") String partyId) {
        }
        @JsonProperty abstract String partyId();
    }

    @JsonTypeName("customer-side")
    abstract static class CustomerSideAccountability extends Hidden {
        @JsonCreator CustomerSideAccountability() {
        }
    }

    @JsonTypeName("joint")
    abstract static class JointAccountability extends Hidden {
        @JsonCreator JointAccountability() {
        }
    }

    /** A table of measurements is written and read as the array of its measurements, in its order. */
    abstract static class MeasurementTableMixin extends Hidden {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static dev.partnering.kpi.MeasurementTable of(java.util.Collection<Measurement> measurements) {
            return null;
        }
        @com.fasterxml.jackson.annotation.JsonValue abstract List<Measurement> asList();
    }

    @JsonPropertyOrder({"kpiId", "period", "value", "numerator", "denominator", "source", "recordedAt",
            "exclusionReason", "scope"})
    abstract static class MeasurementMixin extends Hidden {
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Optional<BigDecimal> value();
        @JsonProperty abstract Optional<BigDecimal> numerator();
        @JsonProperty abstract Optional<BigDecimal> denominator();
        @JsonProperty abstract Optional<String> source();
        @JsonProperty abstract Instant recordedAt();
        @JsonProperty abstract Optional<String> exclusionReason();
        @JsonProperty abstract Optional<String> scope();
    }

    @JsonPropertyOrder({"lower", "upper"})
    abstract static class ValueRangeMixin extends Hidden {
        @JsonProperty abstract Optional<BigDecimal> lower();
        @JsonProperty abstract Optional<BigDecimal> upper();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(AggregationRule.Mean.class), @JsonSubTypes.Type(AggregationRule.Sum.class),
            @JsonSubTypes.Type(AggregationRule.Min.class), @JsonSubTypes.Type(AggregationRule.Max.class),
            @JsonSubTypes.Type(AggregationRule.Last.class), @JsonSubTypes.Type(AggregationRule.Ratio.class),
            @JsonSubTypes.Type(AggregationRule.Percentile.class)})
    abstract static class AggregationRuleMixin extends Hidden {
    }

    @JsonTypeName("mean")
    abstract static class Mean extends Hidden {
        @JsonCreator Mean() {
        }
    }

    @JsonTypeName("sum")
    abstract static class Sum extends Hidden {
        @JsonCreator Sum() {
        }
    }

    @JsonTypeName("min")
    abstract static class Min extends Hidden {
        @JsonCreator Min() {
        }
    }

    @JsonTypeName("max")
    abstract static class Max extends Hidden {
        @JsonCreator Max() {
        }
    }

    @JsonTypeName("last")
    abstract static class Last extends Hidden {
        @JsonCreator Last() {
        }
    }

    @JsonTypeName("ratio")
    abstract static class Ratio extends Hidden {
        @JsonCreator Ratio() {
        }
    }

    @JsonTypeName("percentile")
    abstract static class Percentile extends Hidden {
        @JsonCreator Percentile(@JsonProperty("p") BigDecimal p) {
        }
        @JsonProperty abstract BigDecimal p();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(QualifyingCondition.MinimumVolume.class),
            @JsonSubTypes.Type(QualifyingCondition.OutOfScope.class)})
    abstract static class QualifyingConditionMixin extends Hidden {
    }

    @JsonTypeName("minimum-volume")
    abstract static class MinimumVolume extends Hidden {
        @JsonCreator MinimumVolume(@JsonProperty("minimum") BigDecimal minimum) {
        }
        @JsonProperty abstract BigDecimal minimum();
    }

    @JsonTypeName("out-of-scope")
    @JsonPropertyOrder({"periods", "reason"})
    abstract static class OutOfScope extends Hidden {
        @JsonCreator OutOfScope(@JsonProperty("periods") SortedSet<ReportingPeriod> periods,
                @JsonProperty("reason") String reason) {
        }
        @JsonProperty abstract SortedSet<ReportingPeriod> periods();
        @JsonProperty abstract String reason();
    }

    // ---------------------------------------------------------------- incentives

    @JsonPropertyOrder({"from", "sharePercent"})
    abstract static class GainShareTierMixin extends Hidden {
        @JsonCreator GainShareTierMixin(@JsonProperty("from") Money from, @JsonProperty("sharePercent") BigDecimal sharePercent) {
        }
        @JsonProperty abstract Money from();
        @JsonProperty abstract BigDecimal sharePercent();
    }

    @JsonPropertyOrder({"threshold", "creditPercent"})
    abstract static class CreditBandMixin extends Hidden {
        @JsonCreator CreditBandMixin(@JsonProperty("threshold") BigDecimal threshold,
                @JsonProperty("creditPercent") BigDecimal creditPercent) {
        }
        @JsonProperty abstract BigDecimal threshold();
        @JsonProperty abstract BigDecimal creditPercent();
    }

    @JsonPropertyOrder({"score", "value"})
    abstract static class CurvePointMixin extends Hidden {
        @JsonCreator CurvePointMixin(@JsonProperty("score") BigDecimal score, @JsonProperty("value") BigDecimal value) {
        }
        @JsonProperty abstract BigDecimal score();
        @JsonProperty abstract BigDecimal value();
    }

    // ---------------------------------------------------------------- terms and exit

    @JsonPropertyOrder({"duration", "noticePeriod"})
    abstract static class ExtensionOptionMixin extends Hidden {
        @JsonProperty abstract Period duration();
        @JsonProperty abstract Period noticePeriod();
    }

    @JsonPropertyOrder({"startDate", "initialDuration", "extensionOptions", "exercises"})
    abstract static class ContractTermMixin extends Hidden {
        @JsonProperty abstract LocalDate startDate();
        @JsonProperty abstract Period initialDuration();
        @JsonProperty abstract List<ExtensionOption> extensionOptions();
        @JsonProperty abstract List<OptionExercise> exercises();
    }

    @JsonPropertyOrder({"optionNumber", "exercisedOn"})
    abstract static class OptionExerciseMixin extends Hidden {
        @JsonCreator static OptionExercise of(@JsonProperty("optionNumber") int optionNumber,
                @JsonProperty("exercisedOn") LocalDate exercisedOn) {
            return null;
        }
        @JsonProperty abstract int optionNumber();
        @JsonProperty abstract LocalDate exercisedOn();
    }

    @JsonPropertyOrder({"transitionPeriod", "returns", "knowledgeTransferOwner", "openFinancialItems",
            "financialItemsReviewedOn"})
    abstract static class ExitPlanMixin extends Hidden {
        @JsonProperty abstract Optional<Period> transitionPeriod();
        @JsonProperty abstract List<ReturnObligation> returns();
        @JsonProperty abstract Optional<String> knowledgeTransferOwner();
        @JsonProperty abstract List<OpenFinancialItem> openFinancialItems();
        @JsonProperty abstract Optional<LocalDate> financialItemsReviewedOn();
    }

    abstract static class HandoverDeclarationMixin extends Hidden {
        @JsonCreator static dev.partnering.lifecycle.HandoverDeclaration of(
                @JsonProperty("incentiveArrangement") dev.partnering.lifecycle.IncentiveArrangement arrangement) {
            return null;
        }
        @JsonProperty abstract dev.partnering.lifecycle.IncentiveArrangement incentiveArrangement();
    }

    @JsonPropertyOrder({"kind", "what", "responsibleParty"})
    abstract static class ReturnObligationMixin extends Hidden {
        @JsonCreator static ReturnObligation of(@JsonProperty("kind") ReturnKind kind, @JsonProperty("what") String what,
                @JsonProperty("responsibleParty") String responsibleParty) {
            return null;
        }
        @JsonProperty abstract ReturnKind kind();
        @JsonProperty abstract String what();
        @JsonProperty abstract String responsibleParty();
    }

    @JsonPropertyOrder({"kind", "description", "amount", "owedBy", "owedTo"})
    abstract static class OpenFinancialItemMixin extends Hidden {
        @JsonProperty abstract FinancialItemKind kind();
        @JsonProperty abstract String description();
        @JsonProperty abstract Money amount();
        @JsonProperty abstract String owedBy();
        @JsonProperty abstract String owedTo();
    }

    // ---------------------------------------------------------------- amendments and history

    @JsonPropertyOrder({"effectiveFrom", "description", "changes"})
    abstract static class AmendmentMixin extends Hidden {
        @JsonProperty abstract LocalDate effectiveFrom();
        @JsonProperty abstract String description();
        @JsonProperty abstract List<dev.partnering.amendment.AgreementChange> changes();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(dev.partnering.amendment.AgreementChange.KpiRevised.class),
            @JsonSubTypes.Type(dev.partnering.amendment.AgreementChange.TargetChanged.class),
            @JsonSubTypes.Type(dev.partnering.amendment.AgreementChange.RoleRestaffed.class),
            @JsonSubTypes.Type(dev.partnering.amendment.AgreementChange.OptionExercised.class),
            @JsonSubTypes.Type(dev.partnering.amendment.AgreementChange.IncentiveChanged.class)})
    abstract static class AgreementChangeMixin extends Hidden {
    }

    @JsonTypeName("kpi-revised")
    abstract static class KpiRevised extends Hidden {
        @JsonCreator KpiRevised(@JsonProperty("revision") KpiDefinition revision) {
        }
        @JsonProperty abstract KpiDefinition revision();
    }

    @JsonTypeName("target-changed")
    @JsonPropertyOrder({"kpiId", "minimum", "target", "stretch"})
    abstract static class TargetChanged extends Hidden {
        @JsonCreator TargetChanged(@JsonProperty("kpiId") String kpiId, @JsonProperty("minimum") BigDecimal minimum,
                @JsonProperty("target") BigDecimal target, @JsonProperty("stretch") Optional<BigDecimal> stretch) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract BigDecimal minimum();
        @JsonProperty abstract BigDecimal target();
        @JsonProperty abstract Optional<BigDecimal> stretch();
    }

    @JsonTypeName("role-restaffed")
    @JsonPropertyOrder({"roleId", "holder"})
    abstract static class RoleRestaffed extends Hidden {
        @JsonCreator RoleRestaffed(@JsonProperty("roleId") String roleId, @JsonProperty("holder") String holder) {
        }
        @JsonProperty abstract String roleId();
        @JsonProperty abstract String holder();
    }

    @JsonTypeName("option-exercised")
    abstract static class OptionExercised extends Hidden {
        @JsonCreator OptionExercised(@JsonProperty("optionNumber") int optionNumber) {
        }
        @JsonProperty abstract int optionNumber();
    }

    @JsonTypeName("incentive-changed")
    @JsonPropertyOrder({"description", "scheme"})
    abstract static class IncentiveChanged extends Hidden {
        @JsonCreator IncentiveChanged(@JsonProperty("description") String description,
                @JsonProperty("scheme") Optional<dev.partnering.incentive.IncentiveScheme> scheme) {
        }
        @JsonProperty abstract String description();
        @JsonProperty abstract Optional<dev.partnering.incentive.IncentiveScheme> scheme();
    }

    /** Read by restoring the history from its versions: each must follow from the one before it. */
    abstract static class AgreementHistoryMixin extends Hidden {
        @JsonCreator static dev.partnering.amendment.AgreementHistory restore(
                @JsonProperty("versions") List<dev.partnering.amendment.AgreementVersion> versions) {
            return null;
        }
        @JsonProperty abstract List<dev.partnering.amendment.AgreementVersion> versions();
    }

    // ---------------------------------------------------------------- relationship management

    @JsonPropertyOrder({"kpiId", "weight"})
    abstract static class KpiContributionMixin extends Hidden {
        @JsonCreator KpiContributionMixin(@JsonProperty("kpiId") String kpiId, @JsonProperty("weight") BigDecimal weight) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract BigDecimal weight();
    }

    @JsonPropertyOrder({"id", "statement", "kind", "contributions"})
    abstract static class DesiredOutcomeMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String statement();
        @JsonProperty abstract dev.partnering.outcome.OutcomeKind kind();
        @JsonProperty abstract List<dev.partnering.outcome.KpiContribution> contributions();
    }

    @JsonPropertyOrder({"id", "text", "level", "date"})
    abstract static class DecisionMixin extends Hidden {
        @JsonCreator DecisionMixin(@JsonProperty("id") String id, @JsonProperty("text") String text,
                @JsonProperty("level") GovernanceLevel level, @JsonProperty("date") LocalDate date) {
        }
        @JsonProperty abstract String id();
        @JsonProperty abstract String text();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract LocalDate date();
    }

    @JsonPropertyOrder({"remedy", "period"})
    abstract static class RemedyLinkMixin extends Hidden {
        @JsonCreator RemedyLinkMixin(@JsonProperty("remedy") dev.partnering.incentive.Remedy remedy,
                @JsonProperty("period") ReportingPeriod period) {
        }
        @JsonProperty abstract dev.partnering.incentive.Remedy remedy();
        @JsonProperty abstract ReportingPeriod period();
    }

    @JsonPropertyOrder({"id", "description", "owner", "ownerRole", "due", "status", "closedOn", "decision",
            "escalation", "remedy", "risk"})
    abstract static class ActionMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String description();
        @JsonProperty abstract String owner();
        @JsonProperty abstract String ownerRole();
        @JsonProperty abstract LocalDate due();
        @JsonProperty abstract dev.partnering.action.ActionStatus status();
        @JsonProperty abstract Optional<LocalDate> closedOn();
        @JsonProperty abstract Optional<String> decision();
        @JsonProperty abstract Optional<String> escalation();
        @JsonProperty abstract Optional<dev.partnering.action.RemedyLink> remedy();
        @JsonProperty abstract Optional<String> risk();
    }

    @JsonPropertyOrder({"kind", "reference"})
    abstract static class EscalationOutcomeMixin extends Hidden {
        @JsonCreator EscalationOutcomeMixin(@JsonProperty("kind") dev.partnering.governance.EscalationOutcome.Kind kind,
                @JsonProperty("reference") String reference) {
        }
        @JsonProperty abstract dev.partnering.governance.EscalationOutcome.Kind kind();
        @JsonProperty abstract String reference();
    }

    @JsonPropertyOrder({"name", "levels"})
    abstract static class RiskScaleMixin extends Hidden {
        @JsonCreator RiskScaleMixin(@JsonProperty("name") String name, @JsonProperty("levels") List<String> levels) {
        }
        @JsonProperty abstract String name();
        @JsonProperty abstract List<String> levels();
    }

    @JsonPropertyOrder({"id", "title", "owner", "likelihood", "impact", "identifiedOn", "lastReviewed", "reviewBy",
            "status"})
    abstract static class RiskMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String title();
        @JsonProperty abstract String owner();
        @JsonProperty abstract int likelihood();
        @JsonProperty abstract int impact();
        @JsonProperty abstract LocalDate identifiedOn();
        @JsonProperty abstract Optional<LocalDate> lastReviewed();
        @JsonProperty abstract LocalDate reviewBy();
        @JsonProperty abstract dev.partnering.risk.RiskStatus status();
    }

    @JsonPropertyOrder({"id", "title", "proposer", "decidedBy", "status", "proposedOn", "decidedOn", "deliveredOn",
            "expectedBenefit", "realisedBenefit", "gainShare"})
    abstract static class InitiativeMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String title();
        @JsonProperty abstract String proposer();
        @JsonProperty abstract GovernanceLevel decidedBy();
        @JsonProperty abstract dev.partnering.improvement.InitiativeStatus status();
        @JsonProperty abstract LocalDate proposedOn();
        @JsonProperty abstract Optional<LocalDate> decidedOn();
        @JsonProperty abstract Optional<LocalDate> deliveredOn();
        @JsonProperty abstract Money expectedBenefit();
        @JsonProperty abstract Optional<Money> realisedBenefit();
        @JsonProperty abstract Optional<String> gainShare();
    }

    // ---------------------------------------------------------------- the relationship in operation

    @JsonPropertyOrder({"forum", "date", "status", "attendance"})
    abstract static class ForumMeetingMixin extends Hidden {
        @JsonProperty abstract String forum();
        @JsonProperty abstract LocalDate date();
        @JsonProperty abstract dev.partnering.governance.MeetingStatus status();
        @JsonProperty abstract Map<PartyKind, Integer> attendance();
    }

    @JsonPropertyOrder({"level", "date"})
    abstract static class EscalationStepMixin extends Hidden {
        @JsonCreator static dev.partnering.governance.EscalationStep of(@JsonProperty("level") GovernanceLevel level,
                @JsonProperty("date") LocalDate date) {
            return null;
        }
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract LocalDate date();
    }

    @JsonPropertyOrder({"id", "title", "raisedBy", "raisedByRole", "raisedAt", "raisedOn", "steps", "resolvedOn", "outcome"})
    abstract static class EscalationMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract Optional<String> title();
        @JsonProperty abstract Optional<String> raisedBy();
        @JsonProperty abstract Optional<String> raisedByRole();
        @JsonProperty abstract GovernanceLevel raisedAt();
        @JsonProperty abstract LocalDate raisedOn();
        @JsonProperty abstract List<dev.partnering.governance.EscalationStep> steps();
        @JsonProperty abstract Optional<LocalDate> resolvedOn();
        @JsonProperty abstract Optional<dev.partnering.governance.EscalationOutcome> outcome();
    }

    @JsonPropertyOrder({"meeting", "decisions", "actions"})
    abstract static class MinutesMixin extends Hidden {
        @JsonProperty abstract dev.partnering.governance.ForumMeeting meeting();
        @JsonProperty abstract List<dev.partnering.action.Decision> decisions();
        @JsonProperty abstract List<dev.partnering.action.Action> actions();
    }

    @JsonPropertyOrder({"likelihoodScale", "impactScale", "highFrom", "risks"})
    abstract static class RiskRegisterMixin extends Hidden {
        @JsonProperty abstract dev.partnering.risk.RiskScale likelihoodScale();
        @JsonProperty abstract dev.partnering.risk.RiskScale impactScale();
        @JsonProperty abstract int highFrom();
        @JsonProperty abstract List<dev.partnering.risk.Risk> risks();
    }

    @JsonPropertyOrder({"currency", "decisionWithin", "initiatives"})
    abstract static class ImprovementBacklogMixin extends Hidden {
        @JsonProperty abstract java.util.Currency currency();
        @JsonProperty abstract Period decisionWithin();
        @JsonProperty abstract List<dev.partnering.improvement.Initiative> initiatives();
    }

    // ---------------------------------------------------------------- trust (an answer keeps its writer: it names its dimension by id)

    @JsonPropertyOrder({"minimum", "maximum"})
    abstract static class LikertScaleMixin extends Hidden {
        @JsonProperty abstract int minimum();
        @JsonProperty abstract int maximum();
    }

    @JsonPropertyOrder({"id", "name"})
    abstract static class TrustDimensionMixin extends Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String name();
    }

    @JsonPropertyOrder({"respondent", "side", "party", "level", "answers"})
    abstract static class SurveyResponseMixin extends Hidden {
        @JsonProperty abstract String respondent();
        @JsonProperty abstract PartyKind side();
        @JsonProperty abstract Optional<String> party();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract List<dev.partnering.trust.Answer> answers();
    }

    @JsonPropertyOrder({"assessmentDate", "scale", "dimensions", "parties", "responses"})
    abstract static class TrustSurveyMixin extends Hidden {
        @JsonProperty abstract LocalDate assessmentDate();
        @JsonProperty abstract dev.partnering.trust.LikertScale scale();
        @JsonProperty abstract List<dev.partnering.trust.TrustDimension> dimensions();
        /** Written only when the survey names parties: a survey that records only the sides is written as before 0.3.0. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonProperty abstract List<Party> parties();
        @JsonProperty abstract List<dev.partnering.trust.SurveyResponse> responses();
    }

    @JsonPropertyOrder({"minimumGroupSize", "balanceThreshold", "weights"})
    abstract static class TrustPolicyMixin extends Hidden {
        @JsonProperty abstract int minimumGroupSize();
        @JsonProperty abstract BigDecimal balanceThreshold();
        @JsonProperty abstract Map<String, BigDecimal> weights();
    }

    @JsonPropertyOrder({"kind", "date", "by", "reference"})
    abstract static class BehaviouralSignalMixin extends Hidden {
        @JsonProperty abstract dev.partnering.trust.SignalKind kind();
        @JsonProperty abstract LocalDate date();
        @JsonProperty abstract Optional<PartyKind> by();
        @JsonProperty abstract Optional<String> reference();
    }

    // ---------------------------------------------------------------- health (a reason keeps its writer)

    @JsonPropertyOrder({"period", "performance", "trustIndex", "trustBalance", "governanceScore", "managementScore",
            "concerns"})
    abstract static class HealthInputsMixin extends Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Optional<BigDecimal> performance();
        @JsonProperty abstract Optional<BigDecimal> trustIndex();
        @JsonProperty abstract Optional<dev.partnering.trust.Balance> trustBalance();
        @JsonProperty abstract Optional<BigDecimal> governanceScore();
        @JsonProperty abstract Optional<BigDecimal> managementScore();
        @JsonProperty abstract List<dev.partnering.health.HealthReason> concerns();
    }

    @JsonPropertyOrder({"performanceWeight", "trustWeight", "governanceWeight", "managementWeight", "greenFrom",
            "amberFrom", "pillarFloor"})
    abstract static class HealthPolicyMixin extends Hidden {
        @JsonProperty abstract BigDecimal performanceWeight();
        @JsonProperty abstract BigDecimal trustWeight();
        @JsonProperty abstract BigDecimal governanceWeight();
        /** Written only when set: a policy without the relationship-management pillar is written as before. */
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Zero.class)
        @JsonProperty abstract BigDecimal managementWeight();
        @JsonProperty abstract BigDecimal greenFrom();
        @JsonProperty abstract BigDecimal amberFrom();
        @JsonProperty abstract BigDecimal pillarFloor();
    }

    /** Leaves out a decimal that is zero ({@code equals} is true for the values not written). */
    static final class Zero {
        @Override
        public boolean equals(Object o) {
            return o instanceof BigDecimal b && b.signum() == 0;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
