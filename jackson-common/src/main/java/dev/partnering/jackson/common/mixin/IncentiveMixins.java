package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.incentive.AppliedCap;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.PartyRemedy;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.incentive.SupplierStatement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.CreditTrigger;
import dev.partnering.incentive.CurvePoint;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CarriedCredit;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.incentive.KpiStreak;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.KpiStatus;

/**
 * The writing mix-ins of the inputs of incentives that have no other (the scheme, its components,
 * bounds, remedy triggers, KPI distributions, breach events, the inputs of a period, joint arrangements, opening balances
 * and the periods they carry, cost outcomes, the statements of one supplier and of several and their parts), with the
 * creators their records are read through; part of {@link PartneringMixins#all()}. In the records' creators a list or
 * map that is absent reads as empty and every other field without a default is required. Annotations only.
 */
final class IncentiveMixins {

    private IncentiveMixins() {
    }

    /** @return the mix-ins by the type they annotate, never null */
    static Map<Class<?>, Class<?>> all() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(IncentiveScheme.class, IncentiveSchemeMixin.class);
        m.put(IncentiveComponent.class, IncentiveComponentMixin.class);
        m.put(GainShare.class, GainShareMixin.class);
        m.put(AtRiskPool.class, AtRiskPoolMixin.class);
        m.put(ServiceCreditTiers.class, ServiceCreditTiersMixin.class);
        m.put(BonusMalusCurve.class, BonusMalusCurveMixin.class);
        m.put(Penalty.class, PenaltyMixin.class);
        m.put(JointArrangement.class, JointArrangementMixin.class);
        m.put(Bound.class, BoundMixin.class);
        m.put(Bound.Fixed.class, Fixed.class);
        m.put(Bound.PercentOfFee.class, PercentOfFee.class);
        m.put(RemedyTrigger.class, RemedyTriggerMixin.class);
        m.put(RemedyTrigger.ConsecutiveBelowMinimum.class, ConsecutiveBelowMinimum.class);
        m.put(RemedyTrigger.BreachesInWindow.class, BreachesInWindow.class);
        m.put(RemedyTrigger.ScoreBelow.class, ScoreBelow.class);
        m.put(RemedyTrigger.DelayBeyond.class, DelayBeyond.class);
        m.put(KpiDistribution.class, KpiDistributionMixin.class);
        m.put(KpiDistribution.Normal.class, Normal.class);
        m.put(KpiDistribution.Sampled.class, Sampled.class);
        m.put(IncentivePeriod.class, IncentivePeriodMixin.class);
        m.put(BreachEvent.class, BreachEventMixin.class);
        m.put(OpeningBalance.class, OpeningBalanceMixin.class);
        m.put(CarriedCredit.class, CarriedCreditMixin.class);
        m.put(NetLimits.class, NetLimitsMixin.class);
        m.put(RemedyFollowUp.class, RemedyFollowUpMixin.class);
        m.put(KpiStreak.class, KpiStreakMixin.class);
        m.put(CarriedPeriod.class, CarriedPeriodMixin.class);
        m.put(CostOutcome.class, CostOutcomeMixin.class);
        // statements, read back to continue at month end (StatementBuilders)
        m.put(RemedyFinding.class, RemedyFindingMixin.class);
        m.put(OutcomeLine.class, OutcomeLineMixin.class);
        m.put(Movement.class, MovementMixin.class);
        m.put(AppliedCap.class, AppliedCapMixin.class);
        m.put(ComponentOutcome.class, ComponentOutcomeMixin.class);
        m.put(PeriodStatement.class, PeriodStatementMixin.class);
        m.put(IncentiveStatement.class, IncentiveStatementMixin.class);
        m.put(Exposure.class, ExposureMixin.class);
        m.put(Payment.class, PaymentMixin.class);
        m.put(PartyRemedy.class, PartyRemedyMixin.class);
        m.put(SupplierPeriod.class, SupplierPeriodMixin.class);
        m.put(SupplierStatement.class, SupplierStatementMixin.class);
        m.put(ConsolidatedPeriod.class, ConsolidatedPeriodMixin.class);
        m.put(MultiSupplierStatement.class, MultiSupplierStatementMixin.class);
        return m;
    }

    // ---------------------------------------------------------------- the scheme and its components

    @JsonPropertyOrder({"supplier", "customerWeights", "components", "floor", "cap", "remedyTriggers"})
    abstract static class IncentiveSchemeMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Optional<String> supplier();
        @JsonProperty abstract Map<String, BigDecimal> customerWeights();
        @JsonProperty abstract List<IncentiveComponent> components();
        @JsonProperty abstract Optional<Bound> floor();
        @JsonProperty abstract Optional<Bound> cap();
        @JsonProperty abstract List<RemedyTrigger> remedyTriggers();
    }

    /** The SDK's five components; a user's own are registered by name with the module. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(GainShare.class), @JsonSubTypes.Type(AtRiskPool.class),
            @JsonSubTypes.Type(ServiceCreditTiers.class), @JsonSubTypes.Type(BonusMalusCurve.class),
            @JsonSubTypes.Type(Penalty.class)})
    abstract static class IncentiveComponentMixin extends PartneringMixins.Hidden {
    }

    @JsonTypeName(GainShare.TYPE)
    @JsonPropertyOrder({"id", "tiers", "cap", "painSharePercent", "painCap"})
    abstract static class GainShareMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract List<GainShareTier> tiers();
        @JsonProperty abstract Optional<Money> cap();
        @JsonProperty abstract BigDecimal painSharePercent();
        @JsonProperty abstract Optional<Money> painCap();
    }

    @JsonTypeName(AtRiskPool.TYPE)
    @JsonPropertyOrder({"id", "atRiskPercent", "allocations", "trigger", "earnBackPeriods"})
    abstract static class AtRiskPoolMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract BigDecimal atRiskPercent();
        @JsonProperty abstract Map<String, BigDecimal> allocations();
        @JsonProperty abstract CreditTrigger trigger();
        @JsonProperty abstract Optional<Integer> earnBackPeriods();
    }

    @JsonTypeName(ServiceCreditTiers.TYPE)
    @JsonPropertyOrder({"id", "kpiId", "bands", "periodCapPercent", "rollingCapPercent"})
    abstract static class ServiceCreditTiersMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract List<CreditBand> bands();
        @JsonProperty abstract Optional<BigDecimal> periodCapPercent();
        @JsonProperty abstract Optional<BigDecimal> rollingCapPercent();
    }

    @JsonTypeName(BonusMalusCurve.TYPE)
    @JsonPropertyOrder({"id", "points", "unit"})
    abstract static class BonusMalusCurveMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract List<CurvePoint> points();
        @JsonProperty abstract BonusMalusCurve.Unit unit();
    }

    @JsonTypeName(Penalty.TYPE)
    @JsonPropertyOrder({"id", "basis", "rate", "periodCap", "yearCap"})
    abstract static class PenaltyMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract Penalty.Basis basis();
        @JsonProperty abstract Money rate();
        @JsonProperty abstract Optional<Bound> periodCap();
        @JsonProperty abstract Optional<Bound> yearCap();
    }

    @JsonPropertyOrder({"jointScheme", "sharesPercent", "leadPassThrough"})
    abstract static class JointArrangementMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Optional<IncentiveScheme> jointScheme();
        @JsonProperty abstract Map<String, BigDecimal> sharesPercent();
        @JsonProperty abstract boolean leadPassThrough();
    }

    // ---------------------------------------------------------------- bounds

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(Bound.Fixed.class), @JsonSubTypes.Type(Bound.PercentOfFee.class)})
    abstract static class BoundMixin extends PartneringMixins.Hidden {
    }

    @JsonTypeName("fixed")
    abstract static class Fixed extends PartneringMixins.Hidden {
        @JsonCreator Fixed(@JsonProperty("amount") Money amount) {
        }
        @JsonProperty abstract Money amount();
    }

    @JsonTypeName("percent-of-fee")
    abstract static class PercentOfFee extends PartneringMixins.Hidden {
        @JsonCreator PercentOfFee(@JsonProperty("percent") BigDecimal percent) {
        }
        @JsonProperty abstract BigDecimal percent();
    }

    // ---------------------------------------------------------------- remedy triggers

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(RemedyTrigger.ConsecutiveBelowMinimum.class),
            @JsonSubTypes.Type(RemedyTrigger.BreachesInWindow.class), @JsonSubTypes.Type(RemedyTrigger.ScoreBelow.class),
            @JsonSubTypes.Type(RemedyTrigger.DelayBeyond.class)})
    abstract static class RemedyTriggerMixin extends PartneringMixins.Hidden {
    }

    @JsonTypeName("consecutive-below-minimum")
    @JsonPropertyOrder({"kpiId", "periods", "remedy"})
    abstract static class ConsecutiveBelowMinimum extends PartneringMixins.Hidden {
        @JsonCreator ConsecutiveBelowMinimum(@JsonProperty("kpiId") String kpiId,
                @JsonProperty(value = "periods", required = true) int periods, @JsonProperty("remedy") Remedy remedy) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract int periods();
        @JsonProperty abstract Remedy remedy();
    }

    @JsonTypeName("breaches-in-window")
    @JsonPropertyOrder({"kpiId", "breaches", "window", "belowMinimumOnly", "remedy"})
    abstract static class BreachesInWindow extends PartneringMixins.Hidden {
        @JsonCreator BreachesInWindow(@JsonProperty("kpiId") String kpiId,
                @JsonProperty(value = "breaches", required = true) int breaches,
                @JsonProperty(value = "window", required = true) int window,
                @JsonProperty("belowMinimumOnly") boolean belowMinimumOnly, @JsonProperty("remedy") Remedy remedy) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract int breaches();
        @JsonProperty abstract int window();
        @JsonProperty abstract boolean belowMinimumOnly();
        @JsonProperty abstract Remedy remedy();
    }

    @JsonTypeName("score-below")
    @JsonPropertyOrder({"threshold", "breaches", "window", "remedy"})
    abstract static class ScoreBelow extends PartneringMixins.Hidden {
        @JsonCreator ScoreBelow(@JsonProperty("threshold") BigDecimal threshold,
                @JsonProperty(value = "breaches", required = true) int breaches,
                @JsonProperty(value = "window", required = true) int window, @JsonProperty("remedy") Remedy remedy) {
        }
        @JsonProperty abstract BigDecimal threshold();
        @JsonProperty abstract int breaches();
        @JsonProperty abstract int window();
        @JsonProperty abstract Remedy remedy();
    }

    @JsonTypeName("delay-beyond")
    @JsonPropertyOrder({"penaltyId", "units", "remedy"})
    abstract static class DelayBeyond extends PartneringMixins.Hidden {
        @JsonCreator DelayBeyond(@JsonProperty("penaltyId") String penaltyId, @JsonProperty("units") BigDecimal units,
                @JsonProperty("remedy") Remedy remedy) {
        }
        @JsonProperty abstract String penaltyId();
        @JsonProperty abstract BigDecimal units();
        @JsonProperty abstract Remedy remedy();
    }

    // ---------------------------------------------------------------- KPI distributions (input of the simulator)

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(KpiDistribution.Normal.class), @JsonSubTypes.Type(KpiDistribution.Sampled.class)})
    abstract static class KpiDistributionMixin extends PartneringMixins.Hidden {
    }

    @JsonTypeName("normal")
    @JsonPropertyOrder({"mean", "standardDeviation", "decimals"})
    abstract static class Normal extends PartneringMixins.Hidden {
        @JsonCreator Normal(@JsonProperty("mean") BigDecimal mean, @JsonProperty("standardDeviation") BigDecimal deviation,
                @JsonProperty(value = "decimals", required = true) int decimals) {
        }
        @JsonProperty abstract BigDecimal mean();
        @JsonProperty abstract BigDecimal standardDeviation();
        @JsonProperty abstract int decimals();
    }

    @JsonTypeName("sampled")
    abstract static class Sampled extends PartneringMixins.Hidden {
        @JsonCreator Sampled(@JsonProperty("values") List<BigDecimal> values) {
        }
        @JsonProperty abstract List<BigDecimal> values();
    }

    // ---------------------------------------------------------------- inputs of a period

    @JsonPropertyOrder({"period", "fee", "scorecard", "costs", "events"})
    abstract static class IncentivePeriodMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Optional<Money> fee();
        @JsonProperty abstract Optional<Scorecard> scorecard();
        @JsonProperty abstract Map<String, CostOutcome> costs();
        @JsonProperty abstract List<BreachEvent> events();
    }

    @JsonPropertyOrder({"id", "penaltyId", "date", "units", "description", "exclusionReason"})
    abstract static class BreachEventMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String id();
        @JsonProperty abstract String penaltyId();
        @JsonProperty abstract LocalDate date();
        @JsonProperty abstract BigDecimal units();
        @JsonProperty abstract Optional<String> description();
        @JsonProperty abstract Optional<String> exclusionReason();
    }

    // ---------------------------------------------------------------- month end

    @JsonPropertyOrder({"firstPeriod", "periods", "streaks"})
    abstract static class OpeningBalanceMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod firstPeriod();
        @JsonProperty abstract List<CarriedPeriod> periods();
        @JsonProperty abstract List<KpiStreak> streaks();
    }

    @JsonPropertyOrder({"componentId", "kpiId", "amount"})
    abstract static class CarriedCreditMixin extends PartneringMixins.Hidden {
        @JsonCreator CarriedCreditMixin(@JsonProperty("componentId") String componentId, @JsonProperty("kpiId") String kpiId,
                @JsonProperty("amount") Money amount) {
        }
        @JsonProperty abstract String componentId();
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract Money amount();
    }

    @JsonPropertyOrder({"kpiId", "status", "periods"})
    abstract static class KpiStreakMixin extends PartneringMixins.Hidden {
        @JsonCreator KpiStreakMixin(@JsonProperty("kpiId") String kpiId, @JsonProperty("status") KpiStatus status,
                @JsonProperty(value = "periods", required = true) int periods) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract KpiStatus status();
        @JsonProperty abstract int periods();
    }

    @JsonPropertyOrder({"lowest", "highest"})
    abstract static class NetLimitsMixin extends PartneringMixins.Hidden {
        @JsonCreator NetLimitsMixin(@JsonProperty("lowest") Optional<Money> lowest,
                @JsonProperty("highest") Optional<Money> highest) {
        }
        @JsonProperty abstract Optional<Money> lowest();
        @JsonProperty abstract Optional<Money> highest();
    }

    @JsonPropertyOrder({"period", "remedy", "trigger", "acknowledgedOn", "actionPlan", "dueDate", "closedOn"})
    abstract static class RemedyFollowUpMixin extends PartneringMixins.Hidden {
        @JsonCreator RemedyFollowUpMixin(@JsonProperty("period") ReportingPeriod period, @JsonProperty("remedy") Remedy remedy,
                @JsonProperty("trigger") String trigger, @JsonProperty("acknowledgedOn") Optional<LocalDate> acknowledgedOn,
                @JsonProperty("actionPlan") Optional<String> actionPlan, @JsonProperty("dueDate") Optional<LocalDate> dueDate,
                @JsonProperty("closedOn") Optional<LocalDate> closedOn) {
        }
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Remedy remedy();
        @JsonProperty abstract String trigger();
        @JsonProperty abstract Optional<LocalDate> acknowledgedOn();
        @JsonProperty abstract Optional<String> actionPlan();
        @JsonProperty abstract Optional<LocalDate> dueDate();
        @JsonProperty abstract Optional<LocalDate> closedOn();
    }

    /** The maps by sorted key; the limits only when some applied (absent reads as none). */
    @JsonPropertyOrder({"period", "charge", "amounts", "credits", "kpiStatuses", "score", "limits"})
    abstract static class CarriedPeriodMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Optional<Money> charge();
        @JsonProperty @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<String, Money> amounts();
        @JsonProperty abstract List<CarriedCredit> credits();
        @JsonProperty @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<String, KpiStatus> kpiStatuses();
        @JsonProperty abstract Optional<BigDecimal> score();
        @JsonProperty @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoLimits.class)
        abstract NetLimits limits();
    }

    /** Equal to no limits: the value a carried period's {@code limits} is left out at. */
    static final class NoLimits {
        @Override
        public boolean equals(Object o) {
            return NetLimits.none().equals(o);
        }

        @Override
        public int hashCode() {
            return NetLimits.none().hashCode();
        }
    }

    /** A baseline and an actual cost, or the savings: each written only when present. */
    @JsonPropertyOrder({"baseline", "actual", "givenSavings"})
    abstract static class CostOutcomeMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Optional<Money> baseline();
        @JsonProperty abstract Optional<Money> actual();
        @JsonProperty abstract Optional<Money> givenSavings();
    }

    // ---------------------------------------------------------------- statements

    @JsonPropertyOrder({"period", "trigger", "explanation"})
    abstract static class RemedyFindingMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract RemedyTrigger trigger();
        @JsonProperty abstract Step explanation();
    }

    @JsonPropertyOrder({"key", "label", "amount"})
    abstract static class OutcomeLineMixin extends PartneringMixins.Hidden {
        @JsonCreator OutcomeLineMixin(@JsonProperty(value = "key", required = true) String key,
                @JsonProperty(value = "label", required = true) String label,
                @JsonProperty(value = "amount", required = true) Money amount) {
        }
        @JsonProperty abstract String key();
        @JsonProperty abstract String label();
        @JsonProperty abstract Money amount();
    }

    @JsonPropertyOrder({"componentId", "from", "to", "amount"})
    abstract static class MovementMixin extends PartneringMixins.Hidden {
        @JsonCreator MovementMixin(@JsonProperty(value = "componentId", required = true) String componentId,
                @JsonProperty(value = "from", required = true) String from,
                @JsonProperty(value = "to", required = true) String to,
                @JsonProperty(value = "amount", required = true) Money amount) {
        }
        @JsonProperty abstract String componentId();
        @JsonProperty abstract String from();
        @JsonProperty abstract String to();
        @JsonProperty abstract Money amount();
    }

    @JsonPropertyOrder({"kind", "uncapped", "limit"})
    abstract static class AppliedCapMixin extends PartneringMixins.Hidden {
        @JsonCreator AppliedCapMixin(@JsonProperty(value = "kind", required = true) AppliedCap.Kind kind,
                @JsonProperty(value = "uncapped", required = true) Money uncapped,
                @JsonProperty(value = "limit", required = true) Money limit) {
        }
        @JsonProperty abstract AppliedCap.Kind kind();
        @JsonProperty abstract Money uncapped();
        @JsonProperty abstract Money limit();
    }

    @JsonPropertyOrder({"componentId", "type", "period", "amount", "lines", "capsApplied", "explanation"})
    abstract static class ComponentOutcomeMixin extends PartneringMixins.Hidden {
        @JsonCreator ComponentOutcomeMixin(@JsonProperty(value = "componentId", required = true) String componentId,
                @JsonProperty(value = "type", required = true) String type,
                @JsonProperty(value = "period", required = true) ReportingPeriod period,
                @JsonProperty(value = "amount", required = true) Money amount,
                @JsonProperty("lines") @JsonSetter(nulls = Nulls.AS_EMPTY) List<OutcomeLine> lines,
                @JsonProperty("capsApplied") @JsonSetter(nulls = Nulls.AS_EMPTY) List<AppliedCap> capsApplied,
                @JsonProperty(value = "explanation", required = true) Step explanation) {
        }
        @JsonProperty abstract String componentId();
        @JsonProperty abstract String type();
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Money amount();
        @JsonProperty abstract List<OutcomeLine> lines();
        @JsonProperty abstract List<AppliedCap> capsApplied();
        @JsonProperty abstract Step explanation();
    }

    @JsonPropertyOrder({"period", "fee", "outcomes", "gross", "limitApplied", "net", "netByParty", "movements", "remedies",
            "explanation"})
    abstract static class PeriodStatementMixin extends PartneringMixins.Hidden {
        @JsonCreator PeriodStatementMixin(@JsonProperty(value = "period", required = true) ReportingPeriod period,
                @JsonProperty("fee") Optional<Money> fee,
                @JsonProperty("outcomes") @JsonSetter(nulls = Nulls.AS_EMPTY) List<ComponentOutcome> outcomes,
                @JsonProperty(value = "gross", required = true) Money gross,
                @JsonProperty("limitApplied") Optional<String> limitApplied,
                @JsonProperty(value = "net", required = true) Money net,
                @JsonProperty("netByParty") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, Money> netByParty,
                @JsonProperty("movements") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Movement> movements,
                @JsonProperty("remedies") @JsonSetter(nulls = Nulls.AS_EMPTY) List<RemedyFinding> remedies,
                @JsonProperty(value = "explanation", required = true) Explanation explanation) {
        }
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Optional<Money> fee();
        @JsonProperty abstract List<ComponentOutcome> outcomes();
        @JsonProperty abstract Money gross();
        @JsonProperty abstract Optional<String> limitApplied();
        @JsonProperty abstract Money net();
        @JsonProperty abstract Map<String, Money> netByParty();
        @JsonProperty abstract List<Movement> movements();
        @JsonProperty abstract List<RemedyFinding> remedies();
        @JsonProperty abstract Explanation explanation();
    }

    /** The closing balance, what a month end continues from, written only when known. */
    @JsonPropertyOrder({"agreementId", "supplierId", "periods", "explanation", "closingBalance"})
    abstract static class IncentiveStatementMixin extends PartneringMixins.Hidden {
        @JsonCreator IncentiveStatementMixin(@JsonProperty(value = "agreementId", required = true) String agreementId,
                @JsonProperty(value = "supplierId", required = true) String supplierId,
                @JsonProperty("periods") @JsonSetter(nulls = Nulls.AS_EMPTY) List<PeriodStatement> periods,
                @JsonProperty(value = "explanation", required = true) Explanation explanation,
                @JsonProperty("closingBalance") Optional<OpeningBalance> closingBalance) {
        }
        @JsonProperty abstract String agreementId();
        @JsonProperty abstract String supplierId();
        @JsonProperty abstract List<PeriodStatement> periods();
        @JsonProperty abstract Explanation explanation();
        @JsonProperty abstract Optional<OpeningBalance> closingBalance();
    }

    @JsonPropertyOrder({"upside", "downside"})
    abstract static class ExposureMixin extends PartneringMixins.Hidden {
        @JsonCreator ExposureMixin(@JsonProperty("upside") Optional<Money> upside,
                @JsonProperty("downside") Optional<Money> downside) {
        }
        @JsonProperty abstract Optional<Money> upside();
        @JsonProperty abstract Optional<Money> downside();
    }

    // ---------------------------------------------------------------- several suppliers in one room

    @JsonPropertyOrder({"from", "to", "amount", "supplierId", "basis", "relay"})
    abstract static class PaymentMixin extends PartneringMixins.Hidden {
        @JsonCreator PaymentMixin(@JsonProperty(value = "from", required = true) String from,
                @JsonProperty(value = "to", required = true) String to,
                @JsonProperty(value = "amount", required = true) Money amount,
                @JsonProperty(value = "supplierId", required = true) String supplierId,
                @JsonProperty(value = "basis", required = true) Payment.Basis basis,
                @JsonProperty(value = "relay", required = true) boolean relay) {
        }
        @JsonProperty abstract String from();
        @JsonProperty abstract String to();
        @JsonProperty abstract Money amount();
        @JsonProperty abstract String supplierId();
        @JsonProperty abstract Payment.Basis basis();
        @JsonProperty abstract boolean relay();
    }

    @JsonPropertyOrder({"finding", "against"})
    abstract static class PartyRemedyMixin extends PartneringMixins.Hidden {
        @JsonCreator PartyRemedyMixin(@JsonProperty(value = "finding", required = true) RemedyFinding finding,
                @JsonProperty("against") @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> against) {
        }
        @JsonProperty abstract RemedyFinding finding();
        @JsonProperty abstract List<String> against();
    }

    @JsonPropertyOrder({"period", "supplierId", "own", "jointParts", "jointShare", "earned", "bore", "limits", "net",
            "passedThrough", "explanation"})
    abstract static class SupplierPeriodMixin extends PartneringMixins.Hidden {
        @JsonCreator SupplierPeriodMixin(@JsonProperty(value = "period", required = true) ReportingPeriod period,
                @JsonProperty(value = "supplierId", required = true) String supplierId,
                @JsonProperty("own") Optional<PeriodStatement> own,
                @JsonProperty("jointParts") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, Money> jointParts,
                @JsonProperty(value = "jointShare", required = true) Money jointShare,
                @JsonProperty(value = "earned", required = true) Money earned,
                @JsonProperty(value = "bore", required = true) Money bore,
                @JsonProperty(value = "limits", required = true) Money limits,
                @JsonProperty(value = "net", required = true) Money net,
                @JsonProperty(value = "passedThrough", required = true) Money passedThrough,
                @JsonProperty(value = "explanation", required = true) Explanation explanation) {
        }
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract String supplierId();
        @JsonProperty abstract Optional<PeriodStatement> own();
        @JsonProperty abstract Map<String, Money> jointParts();
        @JsonProperty abstract Money jointShare();
        @JsonProperty abstract Money earned();
        @JsonProperty abstract Money bore();
        @JsonProperty abstract Money limits();
        @JsonProperty abstract Money net();
        @JsonProperty abstract Money passedThrough();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"agreementId", "supplierId", "periods", "explanation"})
    abstract static class SupplierStatementMixin extends PartneringMixins.Hidden {
        @JsonCreator SupplierStatementMixin(@JsonProperty(value = "agreementId", required = true) String agreementId,
                @JsonProperty(value = "supplierId", required = true) String supplierId,
                @JsonProperty("periods") @JsonSetter(nulls = Nulls.AS_EMPTY) List<SupplierPeriod> periods,
                @JsonProperty(value = "explanation", required = true) Explanation explanation) {
        }
        @JsonProperty abstract String agreementId();
        @JsonProperty abstract String supplierId();
        @JsonProperty abstract List<SupplierPeriod> periods();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"period", "suppliers", "joint", "payments", "netByParty", "passedThroughLead", "remedies",
            "explanation"})
    abstract static class ConsolidatedPeriodMixin extends PartneringMixins.Hidden {
        @JsonCreator ConsolidatedPeriodMixin(@JsonProperty(value = "period", required = true) ReportingPeriod period,
                @JsonProperty("suppliers") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, SupplierPeriod> suppliers,
                @JsonProperty("joint") Optional<PeriodStatement> joint,
                @JsonProperty("payments") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Payment> payments,
                @JsonProperty("netByParty") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, Money> netByParty,
                @JsonProperty(value = "passedThroughLead", required = true) Money passedThroughLead,
                @JsonProperty("remedies") @JsonSetter(nulls = Nulls.AS_EMPTY) List<PartyRemedy> remedies,
                @JsonProperty(value = "explanation", required = true) Explanation explanation) {
        }
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Map<String, SupplierPeriod> suppliers();
        @JsonProperty abstract Optional<PeriodStatement> joint();
        @JsonProperty abstract List<Payment> payments();
        @JsonProperty abstract Map<String, Money> netByParty();
        @JsonProperty abstract Money passedThroughLead();
        @JsonProperty abstract List<PartyRemedy> remedies();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"agreementId", "periods", "suppliers", "explanation"})
    abstract static class MultiSupplierStatementMixin extends PartneringMixins.Hidden {
        @JsonCreator MultiSupplierStatementMixin(@JsonProperty(value = "agreementId", required = true) String agreementId,
                @JsonProperty("periods") @JsonSetter(nulls = Nulls.AS_EMPTY) List<ConsolidatedPeriod> periods,
                @JsonProperty("suppliers") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, SupplierStatement> suppliers,
                @JsonProperty(value = "explanation", required = true) Explanation explanation) {
        }
        @JsonProperty abstract String agreementId();
        @JsonProperty abstract List<ConsolidatedPeriod> periods();
        @JsonProperty abstract Map<String, SupplierStatement> suppliers();
        @JsonProperty abstract Explanation explanation();
    }
}
