package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CarriedCredit;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.CreditTrigger;
import dev.partnering.incentive.CurvePoint;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.incentive.KpiStreak;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

/**
 * How the inputs of incentives are read: the builders of the scheme, its components, the inputs of
 * a period and what a month end carries, named field by field in the format's order; the records
 * and closed families (tiers, bands, points, bounds, remedy triggers, KPI distributions, carried
 * credits, streaks) through the creators of their writing mix-ins. Annotations only.
 */
final class IncentiveBuilders {

    private IncentiveBuilders() {
    }

    /** Registers the incentive family with {@link BuilderMixins}. */
    static void register() {
        BuilderMixins.bind(BreachEvent.class, BreachEvent.Builder.class, BreachEvent::builder, BreachEventBuilder.class);
        BuilderMixins.bind(IncentiveScheme.class, IncentiveScheme.Builder.class, IncentiveScheme::builder,
                IncentiveSchemeBuilder.class);
        BuilderMixins.created(IncentiveComponent.class);
        BuilderMixins.bind(GainShare.class, GainShare.Builder.class, GainShare::builder, GainShareBuilder.class);
        BuilderMixins.bind(AtRiskPool.class, AtRiskPool.Builder.class, AtRiskPool::builder, AtRiskPoolBuilder.class);
        BuilderMixins.bind(ServiceCreditTiers.class, ServiceCreditTiers.Builder.class, ServiceCreditTiers::builder,
                ServiceCreditTiersBuilder.class);
        BuilderMixins.bind(BonusMalusCurve.class, BonusMalusCurve.Builder.class, BonusMalusCurve::builder,
                BonusMalusCurveBuilder.class);
        BuilderMixins.bind(Penalty.class, Penalty.Builder.class, Penalty::builder, PenaltyBuilder.class);
        BuilderMixins.bind(JointArrangement.class, JointArrangement.Builder.class, JointArrangement::builder,
                JointArrangementBuilder.class);
        BuilderMixins.bind(IncentivePeriod.class, IncentivePeriod.Builder.class, IncentivePeriod::builder,
                IncentivePeriodBuilder.class);
        BuilderMixins.bind(OpeningBalance.class, OpeningBalance.Builder.class, OpeningBalance::builder,
                OpeningBalanceBuilder.class);
        BuilderMixins.bind(CarriedPeriod.class, CarriedPeriod.Builder.class, CarriedPeriod::builder, CarriedPeriodBuilder.class);
        BuilderMixins.created(GainShareTier.class, CreditBand.class, CurvePoint.class, CarriedCredit.class, KpiStreak.class,
                NetLimits.class, RemedyFollowUp.class);
        BuilderMixins.family(Bound.class);
        BuilderMixins.family(RemedyTrigger.class);
        BuilderMixins.family(KpiDistribution.class);
    }

    @JsonPropertyOrder({"id", "penaltyId", "date", "units", "description", "exclusionReason"})
    abstract static class BreachEventBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("penaltyId") abstract Object penaltyId(String penaltyId);
        @JsonProperty("date") abstract Object date(LocalDate date);
        @JsonProperty("units") abstract Object units(BigDecimal units);
        @JsonProperty("description") abstract Object description(String description);
        @JsonProperty("exclusionReason") abstract Object exclusionReason(String reason);
    }

    // ---------------------------------------------------------------- the scheme and its components

    @JsonPropertyOrder({"supplier", "customerWeights", "components", "floor", "cap", "remedyTriggers"})
    abstract static class IncentiveSchemeBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("supplier") abstract Object supplier(String supplier);
        @JsonProperty("customerWeights") abstract Object putAllCustomerWeights(Map<String, ? extends BigDecimal> weights);
        @JsonProperty("components") abstract Object addAllComponents(Iterable<? extends IncentiveComponent> components);
        @JsonProperty("floor") abstract Object floor(Bound floor);
        @JsonProperty("cap") abstract Object cap(Bound cap);
        @JsonProperty("remedyTriggers") abstract Object addAllRemedyTriggers(Iterable<? extends RemedyTrigger> triggers);
    }

    @JsonPropertyOrder({"id", "tiers", "cap", "painSharePercent", "painCap"})
    abstract static class GainShareBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("tiers") abstract Object addAllTiers(Iterable<? extends GainShareTier> tiers);
        @JsonProperty("cap") abstract Object cap(Money cap);
        @JsonProperty("painSharePercent") abstract Object painSharePercent(BigDecimal percent);
        @JsonProperty("painCap") abstract Object painCap(Money cap);
    }

    @JsonPropertyOrder({"id", "atRiskPercent", "allocations", "trigger", "earnBackPeriods"})
    abstract static class AtRiskPoolBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("atRiskPercent") abstract Object atRiskPercent(BigDecimal percent);
        @JsonProperty("allocations") abstract Object putAllAllocations(Map<String, ? extends BigDecimal> allocations);
        @JsonProperty("trigger") abstract Object trigger(CreditTrigger trigger);
        @JsonProperty("earnBackPeriods") abstract Object earnBackPeriods(int periods);
    }

    @JsonPropertyOrder({"id", "kpiId", "bands", "periodCapPercent", "rollingCapPercent"})
    abstract static class ServiceCreditTiersBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("kpiId") abstract Object kpiId(String kpiId);
        @JsonProperty("bands") abstract Object addAllBands(Iterable<? extends CreditBand> bands);
        @JsonProperty("periodCapPercent") abstract Object periodCapPercent(BigDecimal percent);
        @JsonProperty("rollingCapPercent") abstract Object rollingCapPercent(BigDecimal percent);
    }

    @JsonPropertyOrder({"id", "points", "unit"})
    abstract static class BonusMalusCurveBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("points") abstract Object addAllPoints(Iterable<? extends CurvePoint> points);
        @JsonProperty("unit") abstract Object unit(BonusMalusCurve.Unit unit);
    }

    @JsonPropertyOrder({"id", "basis", "rate", "periodCap", "yearCap"})
    abstract static class PenaltyBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("basis") abstract Object basis(Penalty.Basis basis);
        @JsonProperty("rate") abstract Object rate(Money rate);
        @JsonProperty("periodCap") abstract Object periodCap(Bound cap);
        @JsonProperty("yearCap") abstract Object yearCap(Bound cap);
    }

    @JsonPropertyOrder({"jointScheme", "sharesPercent", "leadPassThrough"})
    abstract static class JointArrangementBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("jointScheme") abstract Object jointScheme(IncentiveScheme scheme);
        @JsonProperty("sharesPercent") abstract Object putAllSharesPercent(Map<String, ? extends BigDecimal> shares);
        @JsonProperty("leadPassThrough") abstract Object leadPassThrough(boolean passThrough);
    }

    // ---------------------------------------------------------------- inputs of a period

    @JsonPropertyOrder({"period", "fee", "scorecard", "costs", "events"})
    abstract static class IncentivePeriodBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("period") abstract Object period(ReportingPeriod period);
        @JsonProperty("fee") abstract Object fee(Money fee);
        @JsonProperty("scorecard") abstract Object scorecard(Scorecard scorecard);
        @JsonProperty("costs") abstract Object putAllCosts(Map<String, ? extends CostOutcome> costs);
        @JsonProperty("events") abstract Object addAllEvents(Iterable<? extends BreachEvent> events);
    }

    // ---------------------------------------------------------------- month end

    @JsonPropertyOrder({"firstPeriod", "periods", "streaks"})
    abstract static class OpeningBalanceBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("firstPeriod") abstract Object firstPeriod(ReportingPeriod period);
        @JsonProperty("periods") abstract Object addAllPeriods(Iterable<? extends CarriedPeriod> periods);
        @JsonProperty("streaks") abstract Object addAllStreaks(Iterable<? extends KpiStreak> streaks);
    }

    @JsonPropertyOrder({"period", "charge", "amounts", "credits", "kpiStatuses", "score", "limits"})
    abstract static class CarriedPeriodBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("period") abstract Object period(ReportingPeriod period);
        @JsonProperty("charge") abstract Object charge(Money charge);
        @JsonProperty("amounts") abstract Object putAllAmounts(Map<String, ? extends Money> amounts);
        @JsonProperty("credits") abstract Object addAllCredits(Iterable<? extends CarriedCredit> credits);
        @JsonProperty("kpiStatuses") abstract Object putAllKpiStatuses(Map<String, ? extends KpiStatus> statuses);
        @JsonProperty("score") abstract Object score(BigDecimal score);
        @JsonProperty("limits") abstract Object limits(NetLimits limits);
    }
}
