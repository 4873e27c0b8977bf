package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results written only, through their mix-ins: reading one on its own is refused with a
 * {@link PartneringJsonException} that says so and what to do instead, whatever the JSON holds.
 */
class WriteOnlyResultsTest {

    /** Every result the module writes only (the documents of results are refused in {@link GoldenFilesTest}). */
    static Stream<Class<?>> results() {
        return Stream.of(dev.partnering.kpi.Attainment.class, dev.partnering.term.OptionDecision.class,
                dev.partnering.term.TermStatus.class, dev.partnering.term.TermMilestone.class,
                dev.partnering.term.TermTimeline.class, dev.partnering.trust.SignalTally.class,
                dev.partnering.trust.SignalTally.Count.class,
                dev.partnering.trust.TrustGroup.class, dev.partnering.trust.GroupScore.class,
                dev.partnering.trust.GroupScore.Shown.class, dev.partnering.trust.GroupScore.Suppressed.class,
                dev.partnering.trust.GroupScore.NoAnswers.class, dev.partnering.trust.SelfImage.class,
                dev.partnering.trust.DimensionTrust.class, dev.partnering.trust.TrustIndex.class,
                dev.partnering.trust.LevelTrust.class, dev.partnering.trust.TrustChange.class,
                dev.partnering.trust.TrustTrend.class, dev.partnering.trust.TrustReport.class,
                dev.partnering.trust.PartyTrustGroup.class, dev.partnering.trust.PartyFigure.class,
                dev.partnering.trust.PartyTrustReport.class, dev.partnering.governance.Escalation.Stay.class,
                dev.partnering.governance.ForumActivity.class, dev.partnering.governance.OverdueEscalation.class,
                dev.partnering.governance.LevelActivity.class, dev.partnering.governance.GovernanceReport.class,
                dev.partnering.health.HealthReport.class, dev.partnering.analysis.BalanceReport.class,
                dev.partnering.analysis.SimulationReport.class, dev.partnering.analysis.SimulationReport.Distribution.class,
                dev.partnering.analysis.BackTest.class, dev.partnering.analysis.BackTest.Row.class,
                dev.partnering.analysis.MultiSupplierBalance.class, dev.partnering.analysis.MultiSupplierSimulation.class,
                dev.partnering.analysis.MultiSupplierBackTest.class,
                dev.partnering.analysis.MultiSupplierBackTest.SupplierRows.class, dev.partnering.scorecard.PartyScorecards.class,
                dev.partnering.scorecard.ScopeScorecards.class, dev.partnering.scorecard.Standing.class,
                dev.partnering.evaluation.ContractYearScores.ContractYearScore.class,
                dev.partnering.lifecycle.ReadinessGap.class, dev.partnering.lifecycle.ReadinessReport.class,
                dev.partnering.amendment.AgreementVersion.class, dev.partnering.amendment.Difference.class,
                dev.partnering.amendment.AgreementDiff.class, dev.partnering.outcome.OutcomeCoverage.class,
                dev.partnering.outcome.OutcomeProgress.class, dev.partnering.action.ActionCounts.class,
                dev.partnering.action.RegisteredAction.class, dev.partnering.action.ActionRegister.class,
                dev.partnering.action.ActionReport.class, dev.partnering.risk.RiskAssessment.class,
                dev.partnering.risk.RiskReview.class, dev.partnering.improvement.PipelineCell.class,
                dev.partnering.improvement.BacklogReport.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void readingAResultIsRefused(Class<?> type) throws Exception {
        for (String json : List.of("{}", "{\"explanation\": {}}", "[]", "\"text\"")) {
            PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, type));
            assertTrue(e.getMessage().contains(type.getSimpleName() + " is a result, written only, never read back: "),
                    e.getMessage());
        }
    }

    @org.junit.jupiter.api.Test
    void everyTypeIsWrittenThroughAMixinOrIsAScalarOfTheFormat() throws Exception {
        // no hand-written writer is left: otherwise Jackson's defaults would write a type, in a shape the format does
        // not define; money and reporting periods have the module's scalar serializers
        java.util.Map<Class<?>, Class<?>> mixins = dev.partnering.jackson.common.mixin.PartneringMixins.all();
        List<String> unwritten = FormatCoverageTest.valueTypes().stream()
                .filter(t -> !mixins.containsKey(t) && t != dev.partnering.money.Money.class
                        && t != dev.partnering.period.ReportingPeriod.class)
                .map(Class::getName).toList();
        assertEquals(List.of(), unwritten);
        // and every result written only among them
        results().forEach(t -> assertTrue(mixins.containsKey(t), t.getName()));
    }

    /** The list above is the module's table of results, the one both modules refuse to read (jackson-common's). */
    @org.junit.jupiter.api.Test
    void theResultsAreTheTableOfRefusals() {
        java.util.Map<Class<?>, String> refusals = dev.partnering.jackson.common.internal.Results.refusals();
        assertEquals(java.util.Set.copyOf(results().toList()), refusals.keySet());
        assertEquals(56, refusals.size());
        refusals.forEach((type, message) -> assertTrue(message.startsWith(type.getSimpleName()
                + " is a result, written only, never read back: "), message));
    }
}
