package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.ObjectIdGenerator;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionReport;
import dev.partnering.action.RegisteredAction;
import dev.partnering.explanation.Explanation;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.health.HealthStatus;
import dev.partnering.health.Pillar;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Balance;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.Focus;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustTrend;

/**
 * Values written with references by id and results written only: a survey's answer (its dimension
 * by id), the backlog report (its unmeasured and stalled initiatives by id), the action report (its
 * overdue and late actions by id), the health report (the colour of each pillar), the trust report
 * (the index of each side) and the signal tally (the counts of each kind of signal, the in-time share
 * of each side). A reference is written as the referenced value's {@code id} through
 * {@code @JsonIdentityReference(alwaysAsId = true)}: the id is a field of the value written
 * ({@code PropertyGenerator}), or, for a registered action, whose written form has no id of its own,
 * its action's id ({@link ActionIds}). Like {@link ResultMixins} each names
 * every field in the format's order; annotations only, so the same classes serve Jackson 2 and 3.
 */
final class ReportMixins {

    private ReportMixins() {
    }

    /** @return the mix-ins by the type they annotate; part of {@link PartneringMixins#all()} */
    static Map<Class<?>, Class<?>> all() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(Answer.class, AnswerMixin.class);
        m.put(BacklogReport.class, BacklogReportMixin.class);
        m.put(HealthReport.class, HealthReportMixin.class);
        m.put(TrustReport.class, TrustReportMixin.class);
        m.put(SignalTally.Count.class, SignalCountMixin.class);
        m.put(SignalTally.class, SignalTallyMixin.class);
        m.put(ActionReport.class, ActionReportMixin.class);
        return m;
    }

    /** An answer names its dimension by id; the survey holding it defines the dimensions. */
    @JsonPropertyOrder({"dimension", "focus", "about", "value"})
    abstract static class AnswerMixin extends PartneringMixins.Hidden {
        @JsonProperty
        @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
        @JsonIdentityReference(alwaysAsId = true)
        abstract TrustDimension dimension();
        @JsonProperty abstract Focus focus();
        @JsonProperty abstract Optional<String> about();
        @JsonProperty abstract int value();
    }

    /** The backlog report names its unmeasured and stalled initiatives by id; they are among its initiatives. */
    @JsonPropertyOrder({"asOf", "initiatives", "pipeline", "expectedDelivered", "realised", "unmeasured",
            "proposedBySuppliers", "supplierShare", "stalled", "explanation"})
    abstract static class BacklogReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract List<Initiative> initiatives();
        @JsonProperty abstract List<PipelineCell> pipeline();
        @JsonProperty abstract Money expectedDelivered();
        @JsonProperty abstract Money realised();
        @JsonProperty
        @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
        @JsonIdentityReference(alwaysAsId = true)
        abstract List<Initiative> unmeasured();
        @JsonProperty abstract int proposedBySuppliers();
        @JsonProperty abstract Optional<BigDecimal> supplierShare();
        @JsonProperty
        @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
        @JsonIdentityReference(alwaysAsId = true)
        abstract List<Initiative> stalled();
        @JsonProperty abstract Explanation explanation();
    }

    /** The health report: the colour of each pillar that has one, by the pillar's name in the pillars' order. */
    @JsonPropertyOrder({"inputs", "policy", "score", "status", "pillars", "reasons", "explanation"})
    abstract static class HealthReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract HealthInputs inputs();
        @JsonProperty abstract HealthPolicy policy();
        @JsonProperty abstract Optional<BigDecimal> score();
        @JsonProperty abstract Optional<HealthStatus> status();
        @JsonProperty abstract Map<Pillar, HealthStatus> pillars();
        @JsonProperty abstract List<HealthReason> reasons();
        @JsonProperty abstract Explanation explanation();
    }

    /** The trust report: the index overall and of each side; the answers it was computed from are left out. */
    @JsonPropertyOrder({"assessmentDate", "scale", "policy", "respondents", "dimensions", "index", "customerIndex",
            "supplierIndex", "levels", "balance", "trend", "suppressed", "explanation"})
    abstract static class TrustReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate assessmentDate();
        @JsonProperty abstract LikertScale scale();
        @JsonProperty abstract TrustPolicy policy();
        @JsonProperty abstract int respondents();
        @JsonProperty abstract List<DimensionTrust> dimensions();
        @JsonProperty abstract TrustIndex index();
        @JsonProperty abstract TrustIndex customerIndex();
        @JsonProperty abstract TrustIndex supplierIndex();
        @JsonProperty abstract List<LevelTrust> levels();
        @JsonProperty abstract Balance balance();
        @JsonProperty abstract Optional<TrustTrend> trend();
        @JsonProperty abstract List<GroupScore.Suppressed> suppressed();
        @JsonProperty abstract Explanation explanation();
    }

    /** A signal tally: the counts of every kind of signal, then the share of requests answered in time overall and per side. */
    @JsonPropertyOrder({"period", "counts", "inTimeShare", "customerInTimeShare", "supplierInTimeShare", "explanation"})
    abstract static class SignalTallyMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Map<SignalKind, SignalTally.Count> counts();
        @JsonProperty abstract Optional<BigDecimal> inTimeShare();
        @JsonProperty abstract Optional<BigDecimal> customerInTimeShare();
        @JsonProperty abstract Optional<BigDecimal> supplierInTimeShare();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"total", "customer", "supplier"})
    abstract static class SignalCountMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract int total();
        @JsonProperty abstract int customer();
        @JsonProperty abstract int supplier();
    }

    /** The action report names its overdue and late actions by their action's id; they are among its actions. */
    @JsonPropertyOrder({"asOf", "actions", "total", "byParty", "byLevel", "overdue", "doneLate", "explanation"})
    abstract static class ActionReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract List<RegisteredAction> actions();
        @JsonProperty abstract ActionCounts total();
        @JsonProperty abstract Map<String, ActionCounts> byParty();
        @JsonProperty abstract Map<GovernanceLevel, ActionCounts> byLevel();
        @JsonProperty
        @JsonIdentityInfo(generator = ActionIds.class)
        @JsonIdentityReference(alwaysAsId = true)
        abstract List<RegisteredAction> overdue();
        @JsonProperty
        @JsonIdentityInfo(generator = ActionIds.class)
        @JsonIdentityReference(alwaysAsId = true)
        abstract List<RegisteredAction> doneLate();
        @JsonProperty abstract Explanation explanation();
    }

    /**
     * The id of a registered action, {@link RegisteredAction#id()} (its action's id), as the object id
     * of a reference to it: a registered action is written without an id field of its own, so
     * {@code PropertyGenerator} cannot name one. Jackson makes one per serialization; only for writing.
     */
    static final class ActionIds extends ObjectIdGenerator<String> {
        private static final long serialVersionUID = 1L;
        private final Class<?> scope;

        /** For Jackson, which makes the generator named by {@link JsonIdentityInfo}. */
        public ActionIds() {
            this(Object.class);
        }

        private ActionIds(Class<?> scope) {
            this.scope = scope;
        }

        @Override
        public Class<?> getScope() {
            return scope;
        }

        @Override
        public boolean canUseFor(ObjectIdGenerator<?> gen) {
            return gen.getClass() == getClass() && gen.getScope() == scope;
        }

        @Override
        public ObjectIdGenerator<String> forScope(Class<?> scope) {
            return scope == this.scope ? this : new ActionIds(scope);
        }

        @Override
        public ObjectIdGenerator<String> newForSerialization(Object context) {
            return new ActionIds(scope);
        }

        @Override
        public IdKey key(Object key) {
            return key == null ? null : new IdKey(getClass(), scope, key);
        }

        @Override
        public String generateId(Object forPojo) {
            return ((RegisteredAction) forPojo).id();
        }
    }
}
