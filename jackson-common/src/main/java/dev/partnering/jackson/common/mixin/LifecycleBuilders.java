package dev.partnering.jackson.common.mixin;

import java.time.LocalDate;
import java.time.Period;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.amendment.Amendment;
import dev.partnering.kpi.Precision;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.lifecycle.FinancialItemKind;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.OpenFinancialItem;
import dev.partnering.lifecycle.ReturnObligation;
import dev.partnering.money.Money;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.KpiContribution;
import dev.partnering.outcome.OutcomeKind;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.term.OptionExercise;

/**
 * How the contract lifecycle and the agreement's remaining parts are read: terms with their
 * extension options and exercises, exit plans and handover declarations, amendments and the agreement's history (restored from its
 * versions, each checked against its amendment), precision, standings and desired outcomes. Builder mix-ins here;
 * the records and static factories are read through the creators of their writing mix-ins
 * ({@link PartneringMixins}). This class is immutable and thread-safe.
 */
final class LifecycleBuilders {

    private LifecycleBuilders() {
    }

    /** Adds the lifecycle family to {@link BuilderMixins}. */
    static void register() {
        BuilderMixins.bind(ContractTerm.class, ContractTerm.Builder.class, ContractTerm::builder, ContractTermBuilder.class);
        BuilderMixins.bind(ExtensionOption.class, ExtensionOption.Builder.class, ExtensionOption::builder,
                ExtensionOptionBuilder.class);
        BuilderMixins.bind(Precision.class, Precision.Builder.class, Precision::builder, PrecisionBuilder.class);
        BuilderMixins.bind(DesiredOutcome.class, DesiredOutcome.Builder.class, DesiredOutcome::builder,
                DesiredOutcomeBuilder.class);
        BuilderMixins.created(OptionExercise.class, KpiContribution.class, StandingBand.class, Standings.class);
        BuilderMixins.bind(ExitPlan.class, ExitPlan.Builder.class, ExitPlan::builder, ExitPlanBuilder.class);
        BuilderMixins.bind(OpenFinancialItem.class, OpenFinancialItem.Builder.class, OpenFinancialItem::builder,
                OpenFinancialItemBuilder.class);
        BuilderMixins.created(ReturnObligation.class, HandoverDeclaration.class);
        BuilderMixins.bind(Amendment.class, Amendment.Builder.class, Amendment::builder, AmendmentBuilder.class);
        BuilderMixins.family(AgreementChange.class);
        // a version is read only inside its history, which restores it from the amendments
        BuilderMixins.created(AgreementVersion.class, AgreementHistory.class);
    }

    // ---------------------------------------------------------------- terms

    @JsonPropertyOrder({"startDate", "initialDuration", "extensionOptions", "exercises"})
    abstract static class ContractTermBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("startDate") abstract Object startDate(LocalDate startDate);
        @JsonProperty("initialDuration") abstract Object initialDuration(Period duration);
        @JsonProperty("extensionOptions") abstract Object addAllExtensionOptions(Iterable<? extends ExtensionOption> options);
        @JsonProperty("exercises") abstract Object addAllExercises(Iterable<? extends OptionExercise> exercises);
    }

    @JsonPropertyOrder({"duration", "noticePeriod"})
    abstract static class ExtensionOptionBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("duration") abstract Object duration(Period duration);
        @JsonProperty("noticePeriod") abstract Object noticePeriod(Period noticePeriod);
    }

    // ---------------------------------------------------------------- exit

    @JsonPropertyOrder({"transitionPeriod", "returns", "knowledgeTransferOwner", "openFinancialItems",
            "financialItemsReviewedOn"})
    abstract static class ExitPlanBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("transitionPeriod") abstract Object transitionPeriod(Period period);
        @JsonProperty("returns") abstract Object addAllReturns(Iterable<? extends ReturnObligation> returns);
        @JsonProperty("knowledgeTransferOwner") abstract Object knowledgeTransferOwner(String owner);
        @JsonProperty("openFinancialItems") abstract Object addAllOpenFinancialItems(Iterable<? extends OpenFinancialItem> items);
        @JsonProperty("financialItemsReviewedOn") abstract Object financialItemsReviewedOn(LocalDate reviewedOn);
    }

    @JsonPropertyOrder({"kind", "description", "amount", "owedBy", "owedTo"})
    abstract static class OpenFinancialItemBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("kind") abstract Object kind(FinancialItemKind kind);
        @JsonProperty("description") abstract Object description(String description);
        @JsonProperty("amount") abstract Object amount(Money amount);
        @JsonProperty("owedBy") abstract Object owedBy(String owedBy);
        @JsonProperty("owedTo") abstract Object owedTo(String owedTo);
    }

    // ---------------------------------------------------------------- amendments

    @JsonPropertyOrder({"effectiveFrom", "description", "changes"})
    abstract static class AmendmentBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("effectiveFrom") abstract Object effectiveFrom(LocalDate effectiveFrom);
        @JsonProperty("description") abstract Object description(String description);
        @JsonProperty("changes") abstract Object addAllChanges(Iterable<? extends AgreementChange> changes);
    }

    // ---------------------------------------------------------------- the agreement's remaining parts

    /** Each decimals field is optional: a figure not given keeps the standard 6 decimals. */
    @JsonPropertyOrder({"periodValueDecimals", "attainmentDecimals", "scoreDecimals"})
    abstract static class PrecisionBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("periodValueDecimals") abstract Object periodValueDecimals(int decimals);
        @JsonProperty("attainmentDecimals") abstract Object attainmentDecimals(int decimals);
        @JsonProperty("scoreDecimals") abstract Object scoreDecimals(int decimals);
    }

    @JsonPropertyOrder({"id", "statement", "kind", "contributions"})
    abstract static class DesiredOutcomeBuilder extends BuilderMixins.HiddenBuilder {
        @JsonProperty("id") abstract Object id(String id);
        @JsonProperty("statement") abstract Object statement(String statement);
        @JsonProperty("kind") abstract Object kind(OutcomeKind kind);
        @JsonProperty("contributions") abstract Object addAllContributions(Iterable<? extends KpiContribution> contributions);
    }
}
