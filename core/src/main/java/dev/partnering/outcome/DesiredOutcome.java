package dev.partnering.outcome;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * An outcome both parties want from the partnership, in their own words ("Buildings that are
 * always ready for use"), measured by the KPIs that {@linkplain #contributions() contribute} to
 * it, each with a weight. The shared vision is an outcome of kind {@link OutcomeKind#VISION}; the
 * goals are of kind {@link OutcomeKind#GOAL}.
 * <p>
 * An outcome may be declared before its KPIs are agreed: {@link OutcomeCoverage} then lists it as
 * not measured. Rules checked when built: a valid id, a statement that is not blank, each KPI at
 * most once. The agreement checks that every KPI named exists.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DesiredOutcome {

    DesiredOutcome() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableDesiredOutcome.builder();
    }

    /** @return the id, unique among the outcomes of an agreement, never null */
    public abstract String id();

    /** @return the outcome in the parties' words, never blank */
    public abstract String statement();

    /** @return the vision or a goal; GOAL by default */
    @Value.Default
    public OutcomeKind kind() {
        return OutcomeKind.GOAL;
    }

    /** @return the KPIs measuring the outcome with their weights, in declaration order; never null */
    public abstract List<KpiContribution> contributions();

    /** @return the ids of the KPIs measuring the outcome, in declaration order; never null */
    public List<String> kpiIds() {
        return contributions().stream().map(KpiContribution::kpiId).toList();
    }

    /**
     * @param kpiId  a KPI id, not null
     * @return the KPI's contribution to this outcome, if it measures it
     */
    public Optional<KpiContribution> contribution(String kpiId) {
        return contributions().stream().filter(c -> c.kpiId().equals(kpiId)).findFirst();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("DesiredOutcome");
        attrs.required("id", id());
        attrs.required("statement", statement());
        attrs.required("kind", kind());
        attrs.requiredAll("contributions", contributions());
        attrs.throwIfAny();
        String it = "outcome '" + id() + "'";
        Violations v = Violations.of("DesiredOutcome '" + id() + "'");
        Ids.check(v, "id", id(), "outcome");
        v.require(!statement().isBlank(), "statement", statement(), it + ": statement must not be blank");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contributions().size(); i++) {
            String kpi = contributions().get(i).kpiId();
            v.require(seen.add(kpi), "contributions[" + i + "].kpiId", kpi,
                    it + " names KPI '" + kpi + "' more than once; give it one contribution weight");
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link DesiredOutcome}; {@code id} and {@code statement} are required.
     * <p>
     * Obtained from {@link DesiredOutcome#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param id  the id, not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param statement  the outcome in the parties' words, not blank
         * @return this builder
         */
        Builder statement(String statement);

        /**
         * @param kind  the vision or a goal, not null; GOAL if not set
         * @return this builder
         */
        Builder kind(OutcomeKind kind);

        /**
         * @param element  a KPI measuring the outcome, not null
         * @return this builder
         */
        Builder addContributions(KpiContribution element);

        /**
         * @param elements  KPIs measuring the outcome, not null
         * @return this builder
         */
        Builder addAllContributions(Iterable<? extends KpiContribution> elements);

        /**
         * Adds a KPI measuring the outcome.
         *
         * @param kpiId  the KPI's id, not null
         * @param weight  its contribution weight, greater than 0, not null
         * @return this builder
         */
        default Builder measuredBy(String kpiId, BigDecimal weight) {
            return addContributions(KpiContribution.of(kpiId, weight));
        }

        /**
         * @return the DesiredOutcome, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        DesiredOutcome build();
    }
}
