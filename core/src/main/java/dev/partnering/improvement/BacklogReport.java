package dev.partnering.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.internal.Decimals;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;

/**
 * The improvement backlog on a day: the pipeline per status and deciding level, the benefit
 * expected against the benefit realised by the initiatives delivered, the share of initiatives
 * proposed by the suppliers, and the proposals stalled waiting for a decision. Only initiatives
 * proposed by the day count, each at its status on the day.
 * <p>
 * Shares are exact quotients rounded once, HALF_EVEN, to 6 decimals.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BacklogReport {

    private final LocalDate asOf;
    private final List<Initiative> initiatives;
    private final List<PipelineCell> pipeline;
    private final Money expectedDelivered;
    private final Money realised;
    private final List<Initiative> unmeasured;
    private final int proposedBySuppliers;
    private final List<Initiative> stalled;
    private final Explanation explanation;

    private BacklogReport(LocalDate asOf, List<Initiative> initiatives, List<PipelineCell> pipeline,
            Money expectedDelivered, Money realised, List<Initiative> unmeasured, int proposedBySuppliers,
            List<Initiative> stalled, Explanation explanation) {
        this.asOf = asOf;
        this.initiatives = List.copyOf(initiatives);
        this.pipeline = List.copyOf(pipeline);
        this.expectedDelivered = expectedDelivered;
        this.realised = realised;
        this.unmeasured = List.copyOf(unmeasured);
        this.proposedBySuppliers = proposedBySuppliers;
        this.stalled = List.copyOf(stalled);
        this.explanation = explanation;
    }

    static BacklogReport of(ImprovementBacklog backlog, LocalDate asOf, Collection<Party> parties) {
        Set<String> suppliers = parties.stream().filter(p -> p.kind() == PartyKind.SUPPLIER).map(Party::id)
                .collect(Collectors.toSet());
        List<Initiative> counted = backlog.initiatives().stream().filter(i -> !i.proposedOn().isAfter(asOf)).toList();
        Money zero = Money.zero(backlog.currency());
        List<PipelineCell> pipeline = new ArrayList<>();
        for (InitiativeStatus s : InitiativeStatus.values()) {
            for (GovernanceLevel l : List.of(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)) {
                List<Initiative> in = counted.stream().filter(i -> i.statusOn(asOf) == s && i.decidedBy() == l).toList();
                if (!in.isEmpty()) {
                    pipeline.add(new PipelineCell(s, l, in.size(), sum(zero, in.stream().map(Initiative::expectedBenefit).toList())));
                }
            }
        }
        List<Initiative> delivered = counted.stream().filter(i -> i.statusOn(asOf) == InitiativeStatus.DELIVERED).toList();
        Money expected = sum(zero, delivered.stream().map(Initiative::expectedBenefit).toList());
        Money realised = sum(zero, delivered.stream().flatMap(i -> i.realisedBenefit().stream()).toList());
        List<Initiative> unmeasured = delivered.stream().filter(i -> i.realisedBenefit().isEmpty()).toList();
        int bySuppliers = (int) counted.stream().filter(i -> suppliers.contains(i.proposer())).count();
        List<Initiative> stalled = counted.stream().filter(i -> backlog.isStalledOn(i, asOf)).toList();

        Explanation.Builder b = Explanation.builder("Improvement backlog on " + asOf);
        b.add(StepKind.INPUT, counted.size() + " initiatives proposed by " + asOf);
        b.add(StepKind.RULE, "a proposal is stalled when undecided more than "
                + dev.partnering.internal.Texts.period(backlog.decisionWithin()) + " after it was proposed");
        for (PipelineCell c : pipeline) {
            b.add(StepKind.COMPUTATION, c.status() + " at level " + c.level().letter() + ": " + c.count()
                    + " initiatives expecting " + c.expectedBenefit());
        }
        b.add(StepKind.RESULT, "delivered: expected " + expected + ", realised " + realised
                + (unmeasured.isEmpty() ? "" : " (" + unmeasured.size() + " not yet measured)"));
        b.add(StepKind.RESULT, "proposed by the suppliers: " + bySuppliers + " of " + counted.size()
                + Decimals.ratio(BigDecimal.valueOf(bySuppliers), BigDecimal.valueOf(counted.size()))
                        .map(r -> " = " + Decimals.show(r)).orElse(""));
        for (Initiative i : stalled) {
            b.add(StepKind.WARNING, "initiative '" + i.id() + "' has waited for a decision by level "
                    + i.decidedBy().letter() + " since " + i.proposedOn());
        }
        return new BacklogReport(asOf, counted, pipeline, expected, realised, unmeasured, bySuppliers, stalled, b.build());
    }

    private static Money sum(Money zero, List<Money> amounts) {
        Money s = zero;
        for (Money m : amounts) {
            s = s.plus(m);
        }
        return s;
    }

    /** @return the day of the report, never null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the initiatives proposed by the day, in declaration order; never null */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    /** @return the non-empty cells of the pipeline, by status in order, then level A before B; never null */
    public List<PipelineCell> pipeline() {
        return pipeline;
    }

    /**
     * @param status  a status, not null
     * @param level  a deciding level, not null
     * @return how many initiatives of the level stood at the status on the day
     */
    public int count(InitiativeStatus status, GovernanceLevel level) {
        return pipeline.stream().filter(c -> c.status() == status && c.level() == level).mapToInt(PipelineCell::count).sum();
    }

    /** @return the benefit the delivered initiatives expected, never null */
    public Money expectedDelivered() {
        return expectedDelivered;
    }

    /** @return the benefit the delivered initiatives realised, never null */
    public Money realised() {
        return realised;
    }

    /** @return the delivered initiatives whose realised benefit is not yet measured; never null */
    public List<Initiative> unmeasured() {
        return unmeasured;
    }

    /** @return how many initiatives the suppliers proposed */
    public int proposedBySuppliers() {
        return proposedBySuppliers;
    }

    /** @return the share of initiatives proposed by the suppliers, from 0 to 1; empty without initiatives */
    public Optional<BigDecimal> supplierShare() {
        return Decimals.ratio(BigDecimal.valueOf(proposedBySuppliers), BigDecimal.valueOf(initiatives.size()));
    }

    /** @return the proposals waiting for a decision longer than the backlog allows; never null */
    public List<Initiative> stalled() {
        return stalled;
    }

    /** @return the rule, the pipeline, the benefits, the supplier share and the stalled proposals; never null */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BacklogReport r && asOf.equals(r.asOf) && initiatives.equals(r.initiatives)
                && explanation.equals(r.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, initiatives, explanation);
    }

    /** @return the explanation as text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
