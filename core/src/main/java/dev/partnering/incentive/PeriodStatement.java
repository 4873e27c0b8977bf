package dev.partnering.incentive;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.FrozenList;
import dev.partnering.internal.FrozenMap;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The incentive outcome of one period: each component's outcome, their sum (gross), the floor or
 * cap applied, the net adjustment of the supplier's payout, the net per party (the supplier
 * receives {@code net}, the customer side pays it, split within a consortium equally or by the
 * scheme's customer weights), the remedy
 * triggers that fired, and the explanation.
 * <p>
 * All amounts are rounded to the minor unit; the net per party adds up to zero exactly.
 * This class is immutable and thread-safe.
 *
 * @param period  the period
 * @param fee  the period fee, if known
 * @param outcomes  the components' outcomes, in the scheme's order
 * @param gross  Σ of the outcomes' amounts
 * @param limitApplied  the floor or cap that bit, in words, if one did
 * @param net  the adjustment of the supplier's payout after floor and cap
 * @param netByParty  the net per party id: positive receives, negative pays
 * @param movements  per component, who pays whom how much (before the floor and cap)
 * @param remedies  the remedy triggers that fired
 * @param explanation  how the net was reached
 * @since 0.1.0
 */
public record PeriodStatement(ReportingPeriod period, Optional<Money> fee, List<ComponentOutcome> outcomes, Money gross,
        Optional<String> limitApplied, Money net, Map<String, Money> netByParty, List<Movement> movements,
        List<RemedyFinding> remedies,
        Explanation explanation) {

    /**
     * Copies the collections; checks for nulls.
     *
     * @param period  the period
     * @param fee  the period fee, if known
     * @param outcomes  the components' outcomes, in the scheme's order
     * @param gross  Σ of the outcomes' amounts
     * @param limitApplied  the floor or cap that bit, in words, if one did
     * @param net  the adjustment of the supplier's payout after floor and cap
     * @param netByParty  the net per party id: positive receives, negative pays
     * @param movements  per component, who pays whom how much (before the floor and cap)
     * @param remedies  the remedy triggers that fired
     * @param explanation  how the net was reached
     */
    public PeriodStatement {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(fee, "fee");
        // the calculator's lists and map are made for the statement and never changed: kept, not copied
        outcomes = FrozenList.immutable(outcomes);
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(limitApplied, "limitApplied");
        Objects.requireNonNull(net, "net");
        netByParty = java.util.Collections.unmodifiableMap(netByParty instanceof FrozenMap<String, Money> frozen ? frozen
                : new java.util.LinkedHashMap<>(netByParty));
        movements = FrozenList.immutable(movements);
        remedies = List.copyOf(remedies);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The warnings on the statement's face: the period's incomplete data (a KPI without data, a period
     * without any data, a period outside the term) and the remedy findings, in the explanation's order.
     *
     * @return the texts of the explanation's WARNING steps, never null
     * @since 0.1.0
     */
    public List<String> warnings() {
        return explanation.steps().stream().filter(s -> s.kind() == dev.partnering.explanation.StepKind.WARNING)
                .map(dev.partnering.explanation.Step::text).toList();
    }

    /**
     * @param componentId  a component id, not null
     * @return that component's outcome, if the scheme has it
     */
    public Optional<ComponentOutcome> outcome(String componentId) {
        return outcomes.stream().filter(o -> o.componentId().equals(componentId)).findFirst();
    }
}
