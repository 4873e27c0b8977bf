package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.agreement.Scope;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.money.Money;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Standings;
import dev.partnering.term.ContractTerm;

/**
 * How the SDK's values are read: the builder each value type is built with, and mix-ins on the
 * builders and on the records' constructors that name the fields of the format (see
 * {@code FORMAT.md}). Reading a value calls its builder's setters with the fields found and then
 * {@code build()}, so every rule of the domain is checked by the SDK itself. Only what a mix-in
 * names is a field. Jackson's shared annotations only, so the same classes serve Jackson 2 and 3.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BuilderMixins {

    private BuilderMixins() {
    }

    /**
     * The builder of one of the SDK's value types.
     *
     * @param type  the value type, e.g. {@code Party.class}
     * @param builder  its builder interface, e.g. {@code Party.Builder.class}
     * @param factory  makes a new builder, e.g. {@code Party::builder}
     * @since 0.1.0
     */
    public record Binding(Class<?> type, Class<?> builder, Supplier<?> factory) {
        /**
         * @param type  the value type, not null
         * @param builder  its builder interface, not null
         * @param factory  makes a new builder, not null
         */
        public Binding {
            java.util.Objects.requireNonNull(type, "type");
            java.util.Objects.requireNonNull(builder, "builder");
            java.util.Objects.requireNonNull(factory, "factory");
        }
    }

    private static final Map<Class<?>, Binding> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, Binding> BY_BUILDER = new LinkedHashMap<>();
    private static final Map<Class<?>, Class<?>> MIXINS = new LinkedHashMap<>();
    private static final java.util.Set<Class<?>> CREATED = new java.util.LinkedHashSet<>();

    static {
        bind(Party.class, Party.Builder.class, Party::builder, PartyBuilder.class);
        bind(ResponsibilityArea.class, ResponsibilityArea.Builder.class, ResponsibilityArea::builder, AreaBuilder.class);
        bind(Scope.class, Scope.Builder.class, Scope::builder, ScopeBuilder.class);
        bind(FeeSchedule.class, FeeSchedule.Builder.class, FeeSchedule::builder, FeeScheduleBuilder.class);
        bind(Role.class, Role.Builder.class, Role::builder, RoleBuilder.class);
        bind(Forum.class, Forum.Builder.class, Forum::builder, ForumBuilder.class);
        bind(EscalationPolicy.class, EscalationPolicy.Builder.class, EscalationPolicy::builder, EscalationPolicyBuilder.class);
        bind(Governance.class, Governance.Builder.class, Governance::builder, GovernanceBuilder.class);
        bind(KpiDefinition.class, KpiDefinition.Builder.class, KpiDefinition::builder, KpiDefinitionBuilder.class);
        bind(ValueRange.class, ValueRange.Builder.class, ValueRange::builder, ValueRangeBuilder.class);
        bind(Measurement.class, Measurement.Builder.class, Measurement::builder, MeasurementBuilder.class);
        bind(Agreement.class, Agreement.Builder.class, Agreement::builder, AgreementBuilder.class);
        MIXINS.put(Money.class, MoneyCreator.class);
        created(Money.class, PeriodFee.class);
        created(dev.partnering.kpi.MeasurementTable.class); // the array of its measurements
        family(AggregationRule.class);
        family(QualifyingCondition.class);
        family(Accountability.class);
        // the other families of values, one line each
        RelationshipBuilders.register();
        LifecycleBuilders.register();
        IncentiveBuilders.register();
        ScorecardMixins.register();
        StatementBuilders.register();
    }

    /**
     * Reads a value type through its builder, named by a mix-in on the builder interface.
     *
     * @param type  the value type
     * @param builder  its builder interface
     * @param factory  makes a new builder
     * @param mixin  the mix-in of the builder interface: {@code @JsonProperty("field")} on each setter read
     */
    static <T, B> void bind(Class<T> type, Class<B> builder, Supplier<? extends B> factory, Class<?> mixin) {
        Binding b = new Binding(type, builder, factory);
        BY_TYPE.put(type, b);
        BY_BUILDER.put(builder, b);
        MIXINS.put(builder, mixin);
    }

    /**
     * Reads value types through a creator (a record's constructor or a static factory) that their
     * writing mix-in (or {@link #creator}) annotates with {@code @JsonCreator}.
     *
     * @param types  the value types
     */
    static void created(Class<?>... types) {
        CREATED.addAll(List.of(types));
    }

    /**
     * Reads a closed family by its {@code "type"}: the interface's mix-in names the members with
     * {@code @JsonSubTypes}; each member is read through its own builder or creator.
     *
     * @param family  the sealed interface
     */
    static void family(Class<?> family) {
        CREATED.add(family);
        CREATED.addAll(List.of(family.getPermittedSubclasses()));
    }

    /**
     * Adds a creator mix-in for a type that has no writing mix-in (e.g. money, written by its own serializer).
     *
     * @param type  the value type
     * @param mixin  the mix-in with the {@code @JsonCreator}
     */
    static void creator(Class<?> type, Class<?> mixin) {
        MIXINS.put(type, mixin);
        CREATED.add(type);
    }

    /** @return the builders of the value types read through one, by value type, never null */
    public static Map<Class<?>, Binding> bindings() {
        return java.util.Collections.unmodifiableMap(BY_TYPE);
    }

    /**
     * @param builder  a class
     * @return the binding whose builder interface it is, or null
     */
    public static Binding ofBuilder(Class<?> builder) {
        return BY_BUILDER.get(builder);
    }

    /**
     * @return the value types read through Jackson's deserializers: those with a builder, and those
     *         built by a creator that a mix-in names (money, period fees, the members of the closed
     *         families of aggregation rules, qualifying conditions and accountabilities), never null
     */
    public static java.util.Set<Class<?>> read() {
        java.util.Set<Class<?>> s = new java.util.LinkedHashSet<>(BY_TYPE.keySet());
        s.addAll(CREATED);
        return java.util.Collections.unmodifiableSet(s);
    }

    /** @return the reading mix-ins (of builders and of records' constructors) by the type they annotate, never null */
    public static Map<Class<?>, Class<?>> all() {
        return java.util.Collections.unmodifiableMap(MIXINS);
    }

    /** Only what a mix-in names is a field: no setter, field or creator is found by its name. */
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            setterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class HiddenBuilder {
    }

    // ---------------------------------------------------------------- records

    abstract static class MoneyCreator {
        @JsonCreator
        static Money of(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") Currency currency) {
            return null;
        }
    }

    // ---------------------------------------------------------------- agreement

    @JsonPropertyOrder({"id", "name", "kind", "lead"})
    abstract static class PartyBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("name") abstract Object name(String name);
        @JsonProperty("kind") abstract Object kind(PartyKind kind);
        @JsonProperty("lead") abstract Object lead(boolean lead);
    }

    @JsonPropertyOrder({"id", "name", "owner", "description"})
    abstract static class AreaBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("name") abstract Object name(String name);
        @JsonProperty("owner") abstract Object owner(String owner);
        @JsonProperty("description") abstract Object description(String description);
    }

    @JsonPropertyOrder({"id", "name", "volume"})
    abstract static class ScopeBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("name") abstract Object name(String name);
        @JsonProperty("volume") abstract Object volume(BigDecimal volume);
    }

    abstract static class FeeScheduleBuilder extends HiddenBuilder {
        @JsonProperty("fees") abstract Object addAllFees(Iterable<? extends PeriodFee> fees);
    }

    @JsonPropertyOrder({"id", "title", "party", "level", "mandate", "counterpart", "holder"})
    abstract static class RoleBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("title") abstract Object title(String title);
        @JsonProperty("party") abstract Object party(String party);
        @JsonProperty("level") abstract Object level(GovernanceLevel level);
        @JsonProperty("mandate") abstract Object mandate(String mandate);
        @JsonProperty("counterpart") abstract Object counterpart(String counterpart);
        @JsonProperty("holder") abstract Object holder(String holder);
    }

    @JsonPropertyOrder({"id", "name", "level", "cadence", "participants"})
    abstract static class ForumBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("name") abstract Object name(String name);
        @JsonProperty("level") abstract Object level(GovernanceLevel level);
        @JsonProperty("cadence") abstract Object cadence(Cadence cadence);
        @JsonProperty("participants") abstract Object addAllParticipants(Iterable<String> participants);
    }

    abstract static class EscalationPolicyBuilder extends HiddenBuilder {
        @JsonProperty("timeAllowed") abstract Object putAllTimeAllowed(Map<GovernanceLevel, ? extends Duration> times);
    }

    @JsonPropertyOrder({"levels", "roles", "forums", "escalationPolicy"})
    abstract static class GovernanceBuilder extends HiddenBuilder {
        @JsonProperty("levels") abstract Object addAllLevels(Iterable<GovernanceLevel> levels);
        @JsonProperty("roles") abstract Object addAllRoles(Iterable<? extends Role> roles);
        @JsonProperty("forums") abstract Object addAllForums(Iterable<? extends Forum> forums);
        @JsonProperty("escalationPolicy") abstract Object escalationPolicy(EscalationPolicy policy);
    }

    @JsonPropertyOrder({"id", "title", "phase", "currency", "parties", "term", "sharedVision", "goals", "outcomes",
            "responsibilityAreas", "governance", "kpis", "feeSchedule", "missingDataPolicy", "precision", "standings",
            "incentiveScheme", "supplierSchemes", "jointArrangement", "scopes"})
    abstract static class AgreementBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("title") abstract Object title(String title);
        @JsonProperty("phase") abstract Object phase(LifecyclePhase phase);
        @JsonProperty("currency") abstract Object currency(Currency currency);
        @JsonProperty("parties") abstract Object addAllParties(Iterable<? extends Party> parties);
        @JsonProperty("term") abstract Object term(ContractTerm term);
        @JsonProperty("sharedVision") abstract Object sharedVision(String vision);
        @JsonProperty("goals") abstract Object addAllGoals(Iterable<String> goals);
        @JsonProperty("outcomes") abstract Object addAllOutcomes(Iterable<? extends DesiredOutcome> outcomes);
        @JsonProperty("responsibilityAreas") abstract Object addAllResponsibilityAreas(
                Iterable<? extends ResponsibilityArea> areas);
        @JsonProperty("governance") abstract Object governance(Governance governance);
        @JsonProperty("kpis") abstract Object addAllKpis(Iterable<? extends KpiDefinition> kpis);
        @JsonProperty("feeSchedule") abstract Object feeSchedule(FeeSchedule schedule);
        @JsonProperty("missingDataPolicy") abstract Object missingDataPolicy(MissingDataPolicy policy);
        @JsonProperty("precision") abstract Object precision(Precision precision);
        @JsonProperty("standings") abstract Object standings(Standings standings);
        @JsonProperty("incentiveScheme") abstract Object incentiveScheme(IncentiveScheme scheme);
        @JsonProperty("supplierSchemes") abstract Object addAllSupplierSchemes(Iterable<? extends IncentiveScheme> schemes);
        @JsonProperty("jointArrangement") abstract Object jointArrangement(JointArrangement arrangement);
        @JsonProperty("scopes") abstract Object addAllScopes(Iterable<? extends Scope> scopes);
    }

    // ---------------------------------------------------------------- KPIs and measurements

    @JsonPropertyOrder({"id", "version", "effectiveFrom", "name", "unit", "direction", "minimum", "target", "stretch",
            "maxAttainment", "aggregation", "weight", "frequency", "dataSource", "measurementMethod", "validRange",
            "qualifyingConditions", "accountability"})
    abstract static class KpiDefinitionBuilder extends HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("version") abstract Object version(int version);
        @JsonProperty("effectiveFrom") abstract Object effectiveFrom(LocalDate from);
        @JsonProperty("name") abstract Object name(String name);
        @JsonProperty("unit") abstract Object unit(String unit);
        @JsonProperty("direction") abstract Object direction(Direction direction);
        @JsonProperty("minimum") abstract Object minimum(BigDecimal minimum);
        @JsonProperty("target") abstract Object target(BigDecimal target);
        @JsonProperty("stretch") abstract Object stretch(BigDecimal stretch);
        @JsonProperty("maxAttainment") abstract Object maxAttainment(BigDecimal max);
        @JsonProperty("aggregation") abstract Object aggregation(AggregationRule rule);
        @JsonProperty("weight") abstract Object weight(BigDecimal weight);
        @JsonProperty("frequency") abstract Object frequency(MeasurementFrequency frequency);
        @JsonProperty("dataSource") abstract Object dataSource(String source);
        @JsonProperty("measurementMethod") abstract Object measurementMethod(String method);
        @JsonProperty("validRange") abstract Object validRange(ValueRange range);
        @JsonProperty("qualifyingConditions") abstract Object addAllQualifyingConditions(
                Iterable<? extends QualifyingCondition> conditions);
        @JsonProperty("accountability") abstract Object accountability(Accountability accountability);
    }

    @JsonPropertyOrder({"lower", "upper"})
    abstract static class ValueRangeBuilder extends HiddenBuilder {
        @JsonProperty("lower") abstract Object lower(BigDecimal lower);
        @JsonProperty("upper") abstract Object upper(BigDecimal upper);
    }

    @JsonPropertyOrder({"kpiId", "period", "value", "numerator", "denominator", "source", "recordedAt",
            "exclusionReason", "scope"})
    abstract static class MeasurementBuilder extends HiddenBuilder {
        @JsonProperty("kpiId") abstract Object kpiId(String kpiId);
        @JsonProperty("period") abstract Object period(ReportingPeriod period);
        @JsonProperty("value") abstract Object value(BigDecimal value);
        @JsonProperty("numerator") abstract Object numerator(BigDecimal numerator);
        @JsonProperty("denominator") abstract Object denominator(BigDecimal denominator);
        @JsonProperty("source") abstract Object source(String source);
        @JsonProperty("recordedAt") abstract Object recordedAt(Instant recordedAt);
        @JsonProperty("exclusionReason") abstract Object exclusionReason(String reason);
        @JsonProperty("scope") abstract Object scope(String scope);
    }

    /** Keeps the unused-import check quiet about types named only in Javadoc-free signatures. */
    static final Set<Class<?>> NAMED = Set.of(List.class);
}
