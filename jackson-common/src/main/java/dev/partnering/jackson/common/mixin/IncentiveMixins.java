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
 * bounds, remedy triggers, KPI distributions, breach events, the inputs of a period, joint arrangements, opening balances), with the creators their records
 * are read through; part of {@link PartneringMixins#all()}. Annotations only.
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
}
