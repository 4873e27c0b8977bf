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
        m.put(GainShareTier.class, GainShareTierMixin.class);
        m.put(CreditBand.class, CreditBandMixin.class);
        m.put(CurvePoint.class, CurvePointMixin.class);
        m.put(ExtensionOption.class, ExtensionOptionMixin.class);
        m.put(OptionExercise.class, OptionExerciseMixin.class);
        m.put(ReturnObligation.class, ReturnObligationMixin.class);
        m.put(OpenFinancialItem.class, OpenFinancialItemMixin.class);
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
        m.putAll(IncentiveMixins.all());
        m.putAll(ResultMixins.all());
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

    @JsonPropertyOrder({"optionNumber", "exercisedOn"})
    abstract static class OptionExerciseMixin extends Hidden {
        @JsonProperty abstract int optionNumber();
        @JsonProperty abstract LocalDate exercisedOn();
    }

    @JsonPropertyOrder({"kind", "what", "responsibleParty"})
    abstract static class ReturnObligationMixin extends Hidden {
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

    // ---------------------------------------------------------------- relationship management

    @JsonPropertyOrder({"kpiId", "weight"})
    abstract static class KpiContributionMixin extends Hidden {
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
        @JsonProperty abstract String id();
        @JsonProperty abstract String text();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract LocalDate date();
    }

    @JsonPropertyOrder({"remedy", "period"})
    abstract static class RemedyLinkMixin extends Hidden {
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
        @JsonProperty abstract dev.partnering.governance.EscalationOutcome.Kind kind();
        @JsonProperty abstract String reference();
    }

    @JsonPropertyOrder({"name", "levels"})
    abstract static class RiskScaleMixin extends Hidden {
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
}
