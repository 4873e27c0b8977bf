package dev.partnering.jackson.common.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.partnering.explanation.Step;
import dev.partnering.incentive.AppliedCap;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.PartyRemedy;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.incentive.SupplierStatement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * How incentive statements are read back (a month end continues from a stored statement): the
 * statements of one supplier and of several, their periods, outcomes, lines, caps, movements,
 * payments and remedies through the canonical constructors their writing mix-ins annotate
 * ({@code IncentiveMixins}); cost outcomes and remedy findings through their builders, which keep
 * the rule of a cost outcome (a baseline and an actual cost, or the savings) and read a finding as
 * 0.1 snapshots stored it (its facts instead of its explanation). Annotations only.
 */
final class StatementBuilders {

    private StatementBuilders() {
    }

    /** Registers the statement family with {@link BuilderMixins}. */
    static void register() {
        BuilderMixins.bind(CostOutcome.class, CostOutcome.Builder.class, CostOutcome::builder, CostOutcomeBuilder.class);
        BuilderMixins.bind(RemedyFinding.class, RemedyFinding.Builder.class, RemedyFinding::builder,
                RemedyFindingBuilder.class);
        BuilderMixins.created(OutcomeLine.class, Movement.class, AppliedCap.class, ComponentOutcome.class,
                PeriodStatement.class, IncentiveStatement.class, Exposure.class, Payment.class, PartyRemedy.class,
                SupplierPeriod.class, SupplierStatement.class, ConsolidatedPeriod.class, MultiSupplierStatement.class);
    }

    @JsonPropertyOrder({"baseline", "actual", "givenSavings"})
    abstract static class CostOutcomeBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("baseline") abstract Object baseline(Money baseline);
        @JsonProperty("actual") abstract Object actual(Money actual);
        @JsonProperty("givenSavings") abstract Object givenSavings(Money savings);
    }

    /** {@code facts}: as 0.1 snapshots stored a finding, instead of its explanation; ignored beside one. */
    @JsonPropertyOrder({"period", "trigger", "explanation"})
    abstract static class RemedyFindingBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("period") abstract Object period(ReportingPeriod period);
        @JsonProperty("trigger") abstract Object trigger(RemedyTrigger trigger);
        @JsonProperty("explanation") abstract Object explanation(Step explanation);
        @JsonProperty("facts") abstract Object addAllFacts(Iterable<String> facts);
    }
}
