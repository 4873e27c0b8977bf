package dev.partnering.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;

/**
 * Whether the outcomes and the KPIs cover each other: every outcome measured by at least one KPI,
 * and every KPI serving at least one outcome. A KPI that serves no outcome is a parameter followed
 * up for its own sake, which practitioners name as a common failure; an outcome no KPI measures
 * cannot be followed up at all.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param outcomesWithoutKpis  the ids of the outcomes no given KPI measures, in declaration order
 * @param kpisWithoutOutcome  the ids of the KPIs that serve no outcome, in the order given
 * @param explanation  how the check was made, each gap a warning
 * @since 0.1.0
 */
public record OutcomeCoverage(List<String> outcomesWithoutKpis, List<String> kpisWithoutOutcome,
        Explanation explanation) {

    /**
     * Copies the lists; checks for nulls.
     *
     * @param outcomesWithoutKpis  the outcomes without KPIs, not null
     * @param kpisWithoutOutcome  the KPIs without outcome, not null
     * @param explanation  the explanation, not null
     */
    public OutcomeCoverage {
        outcomesWithoutKpis = List.copyOf(outcomesWithoutKpis);
        kpisWithoutOutcome = List.copyOf(kpisWithoutOutcome);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Checks the coverage of outcomes by KPIs and of KPIs by outcomes. A contribution that names a
     * KPI not among {@code kpiIds} does not measure its outcome.
     *
     * @param outcomes  the desired outcomes, not null
     * @param kpiIds  the ids of the KPIs followed up, not null (duplicates count once)
     * @return the coverage, never null
     */
    public static OutcomeCoverage check(List<DesiredOutcome> outcomes, Collection<String> kpiIds) {
        Objects.requireNonNull(outcomes, "outcomes");
        Set<String> kpis = new LinkedHashSet<>(Objects.requireNonNull(kpiIds, "kpiIds"));
        Set<String> served = new LinkedHashSet<>();
        List<String> unmeasured = new ArrayList<>();
        Explanation.Builder b = Explanation.builder("Coverage of " + outcomes.size() + " outcomes by "
                + kpis.size() + " KPIs");
        for (DesiredOutcome o : outcomes) {
            List<String> measuring = o.kpiIds().stream().filter(kpis::contains).toList();
            served.addAll(measuring);
            if (measuring.isEmpty()) {
                unmeasured.add(o.id());
            } else {
                b.add(StepKind.INPUT, "outcome '" + o.id() + "' is measured by " + String.join(", ", measuring));
            }
        }
        List<String> unserving = kpis.stream().filter(k -> !served.contains(k)).toList();
        for (String o : unmeasured) {
            b.add(StepKind.WARNING, "outcome '" + o + "' is measured by no KPI");
        }
        for (String k : unserving) {
            b.add(StepKind.WARNING, "KPI '" + k + "' serves no outcome");
        }
        b.add(StepKind.RESULT, unmeasured.isEmpty() && unserving.isEmpty()
                ? "complete: every outcome is measured and every KPI serves an outcome"
                : unmeasured.size() + " outcomes without KPIs, " + unserving.size() + " KPIs without outcome");
        return new OutcomeCoverage(unmeasured, unserving, b.build());
    }

    /** @return true if every outcome is measured and every KPI serves an outcome */
    public boolean isComplete() {
        return outcomesWithoutKpis.isEmpty() && kpisWithoutOutcome.isEmpty();
    }
}
