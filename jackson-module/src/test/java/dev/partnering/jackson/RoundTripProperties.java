package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.explanation.Explanation;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.governance.GovernanceFixtures;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.MeetingStatus;
import dev.partnering.health.HealthCalculator;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.health.Pillar;
import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.BackTester;
import dev.partnering.analysis.BalanceAnalyzer;
import dev.partnering.analysis.BalanceReport;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.analysis.SimulationReport;
import dev.partnering.analysis.Simulator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.SharedArbitraries.StatementCase;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.Amendment;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ContractTermCalculator;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.lifecycle.ExitReadinessCheck;
import dev.partnering.lifecycle.HandoverCheck;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.lifecycle.FinancialItemKind;
import dev.partnering.lifecycle.LifecycleFixtures;
import dev.partnering.lifecycle.OpenFinancialItem;
import dev.partnering.lifecycle.ReturnKind;
import dev.partnering.lifecycle.ReturnObligation;
import dev.partnering.amendment.SharedArbitraries.TermCase;
import dev.partnering.term.TermMilestone;
import dev.partnering.term.TermStatus;
import dev.partnering.term.TermTimeline;
import dev.partnering.money.Money;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.SharedArbitraries.ScorecardCase;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.SelfImage;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;
import dev.partnering.trust.TrustTrend;

import dev.partnering.testkit.PartneringArbitraries;

/**
 * Generated values of every kind survive write → read unchanged. The generators are core's own
 * (money, periods, KPIs and measurements, incentive schemes and months, contract terms, trust
 * surveys, health inputs and policies), reached through the {@code SharedArbitraries} of each
 * package; explanations, exit plans, amendments, trust policies, behavioural signals and the
 * records of forum meetings and escalations are generated here. Balance reports, back-tests,
 * simulation reports and handover and exit readiness reports are computed from generated agreements
 * and schemes (with a fee for every month of 2026). Trust and governance reports are
 * read back by rebuilding them from their parts; they read back equal, and so does each part.
 */
@AddLifecycleHook(ThoroughTries.class)
class RoundTripProperties {

    // ---------------------------------------------------------------- values

    @Property(tries = 300)
    void moneySurvivesWithItsScale(@ForAll("money") Money m) {
        Money back = JsonTesting.roundTrip(m, Money.class);
        assertEquals(m, back);
        assertEquals(m.amount(), back.amount());
    }

    @Property(tries = 300)
    void reportingPeriodsSurvive(@ForAll("periods") ReportingPeriod p) {
        assertEquals(p, JsonTesting.roundTrip(p, ReportingPeriod.class));
    }

    @Property(tries = 300)
    void decimalsSurviveWithTheirExactScale(@ForAll("decimals") BigDecimal value) {
        Measurement m = Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-03")).value(value)
                .recordedAt(Instant.parse("2026-03-31T12:00:00Z")).build();
        Measurement back = JsonTesting.roundTrip(m, Measurement.class);
        assertEquals(m, back);
        assertEquals(value.scale(), back.value().orElseThrow().scale());
    }

    @Property(tries = 200)
    void explanationsSurvive(@ForAll("explanations") Explanation e) {
        assertEquals(e, JsonTesting.roundTrip(e, Explanation.class));
    }

    // ---------------------------------------------------------------- KPIs and scorecards

    @Property(tries = 200)
    void kpiDefinitionsAndMeasurementsSurvive(@ForAll("scorecardCases") ScorecardCase c,
            @ForAll("kpiExtras") KpiExtras extras) {
        for (KpiDefinition k : c.kpis()) {
            assertEquals(k, JsonTesting.roundTrip(k, KpiDefinition.class));
            KpiDefinition richer = extras.applyTo(k);
            assertEquals(richer, JsonTesting.roundTrip(richer, KpiDefinition.class));
        }
        assertEquals(c.measurements(), JsonTesting.roundTrip(PartneringDocument.ofMeasurements(c.measurements()),
                PartneringDocument.class).measurements());
    }

    @Property(tries = 100)
    void scorecardsSurvive(@ForAll("scorecardCases") ScorecardCase c, @ForAll MissingDataPolicy policy) {
        Agreement agreement = dev.partnering.scorecard.SharedArbitraries.agreement(policy, c.kpis());
        Scorecard scorecard = ScorecardCalculator.standard().calculate(agreement,
                dev.partnering.scorecard.SharedArbitraries.MONTH, c.measurements());
        assertEquals(scorecard, JsonTesting.roundTrip(scorecard, Scorecard.class));
        assertEquals(agreement, JsonTesting.roundTrip(agreement, Agreement.class));
    }

    @Property
    void agreementsWithTheirOwnStandingsSurvive(@ForAll("scorecardCases") ScorecardCase c,
            @ForAll("standings") dev.partnering.scorecard.Standings standings) {
        Agreement plain = dev.partnering.scorecard.SharedArbitraries.agreement(MissingDataPolicy.ZERO, c.kpis());
        BigDecimal highest = plain.kpis().stream().map(KpiDefinition::maxAttainment).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        net.jqwik.api.Assume.that(standings.bands().get(0).minimumScore().compareTo(highest) <= 0);
        Agreement agreement = plain.withStandings(standings);
        Agreement read = JsonTesting.roundTrip(PartneringDocument.of(agreement), PartneringDocument.class).value(Agreement.class);
        assertEquals(agreement, read);
        assertEquals(standings, read.standings());
    }

    @Provide
    Arbitrary<dev.partnering.scorecard.Standings> standings() {
        return dev.partnering.testkit.MonthEndArbitraries.standings();
    }

    // ---------------------------------------------------------------- incentives

    @Property(tries = 100)
    void schemesAgreementsAndStatementsSurvive(@ForAll("statements") StatementCase c) {
        IncentiveScheme scheme = c.agreement().incentiveScheme().orElseThrow();
        assertEquals(scheme, JsonTesting.roundTrip(scheme, IncentiveScheme.class));
        assertEquals(c.agreement(), JsonTesting.roundTrip(PartneringDocument.of(c.agreement()), PartneringDocument.class)
                .value(Agreement.class));
        assertEquals(c.statement(), JsonTesting.roundTrip(c.statement(), IncentiveStatement.class));
    }

    @Property(tries = 100)
    void balanceReportsAreWrittenWithEveryField(@ForAll("statements") StatementCase c) {
        Agreement a = c.agreement();
        BalanceReport r = BalanceAnalyzer.analyze(a, a.incentiveScheme().orElseThrow(), monthlyFee(a), 12);
        // a result, written only
        JsonTesting.assertWritten(r, "periodFee", r.periodFee(), "periodsPerYear", r.periodsPerYear(), "upsidePerPeriod",
                r.upsidePerPeriod(), "downsidePerPeriod", r.downsidePerPeriod(), "upsidePerYear", r.upsidePerYear(),
                "downsidePerYear", r.downsidePerYear(), "upsideToDownside", r.upsideToDownside(), "warnings", r.warnings(),
                "explanation", r.explanation());
        assertEquals(JsonTesting.tree(r), JsonTesting.tree(PartneringDocument.of(r)).get("balanceReport"));
    }

    @Property(tries = 50)
    void backTestsAreWrittenWithEveryFieldAndTheirStatementsSurvive(@ForAll("backTests") BackTest t) {
        // a result, written only; the statements it holds read back
        JsonTesting.assertWritten(t, "rows", t.rows(), "current", t.current(), "proposed", t.proposed(), "explanation",
                t.explanation());
        for (BackTest.Row row : t.rows()) {
            JsonTesting.assertWritten(row, "period", row.period(), "currentNet", row.currentNet(), "proposedNet",
                    row.proposedNet());
        }
        assertEquals(t.current(), JsonTesting.roundTrip(t.current(), IncentiveStatement.class));
        assertEquals(t.proposed(), JsonTesting.roundTrip(t.proposed(), IncentiveStatement.class));
        assertEquals(JsonTesting.tree(t), JsonTesting.tree(PartneringDocument.of(t)).get("backTest"));
    }

    @Property(tries = 50)
    void simulationReportsAreWrittenWithEveryField(@ForAll("simulations") SimulationReport r) {
        // a result, written only
        JsonTesting.assertWritten(r, "periods", r.periods(), "seed", r.seed(), "supplier", r.supplier(), "customer",
                r.customer(), "explanation", r.explanation());
        for (SimulationReport.Distribution d : List.of(r.supplier(), r.customer())) {
            JsonTesting.assertWritten(d, "mean", d.mean(), "p5", d.p5(), "p50", d.p50(), "p95", d.p95(), "min", d.min(),
                    "max", d.max());
        }
        assertEquals(JsonTesting.tree(r), JsonTesting.tree(PartneringDocument.of(r)).get("simulationReport"));
    }

    /** 250,000 in the agreement's currency: the fee of every month of 2026. */
    private static Money monthlyFee(Agreement a) {
        return Money.of(new BigDecimal("250000.00"), a.currency());
    }

    private static Agreement withFees(Agreement a) {
        return a.withFeeSchedule(FeeSchedule.monthly(monthlyFee(a), YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
    }

    @Provide
    Arbitrary<BackTest> backTests() {
        return dev.partnering.incentive.SharedArbitraries.statements().map(c -> withFees(c.agreement()))
                .flatMap(current -> Combinators.combine(PartneringArbitraries.incentiveSchemes(current),
                        PartneringArbitraries.periodInputs(current).in(ReportingPeriod.parse("2026-01")))
                        .as((proposed, inputs) -> BackTester.compare(current, current.withIncentiveScheme(proposed),
                                List.of(inputs.period()), inputs.measurements(), inputs.events(),
                                Map.of(inputs.period(), inputs.costs()))));
    }

    @Provide
    Arbitrary<SimulationReport> simulations() {
        ReportingPeriod month = ReportingPeriod.parse("2026-01");
        return dev.partnering.incentive.SharedArbitraries.statements().map(c -> withFees(c.agreement()))
                .flatMap(a -> Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.longs())
                        .as((n, seed) -> Simulator.simulate(a, month, distributions(a, month), n, seed)));
    }

    /** Per KPI in force: met or not at random for a binary KPI, else normal around its target. */
    private static Map<String, KpiDistribution> distributions(Agreement a, ReportingPeriod month) {
        Map<String, KpiDistribution> d = new java.util.LinkedHashMap<>();
        for (String id : a.kpiIds()) {
            a.kpiInForce(id, month.start()).ifPresent(k -> d.put(id, k.isBinary()
                    ? KpiDistribution.sampled(List.of(BigDecimal.ZERO, BigDecimal.ONE))
                    : KpiDistribution.normal(k.target().orElseThrow(), k.target().orElseThrow().subtract(
                            k.minimum().orElseThrow()).abs().max(BigDecimal.ONE), 2)));
        }
        return d;
    }

    // ---------------------------------------------------------------- lifecycle

    @Property(tries = 200)
    void termsSurviveAndTheirStatusAndTimelineAreWrittenWithEveryField(@ForAll("termCases") TermCase c) {
        assertEquals(c.term(), JsonTesting.roundTrip(c.term(), ContractTerm.class));
        // a term status and a timeline are results, written only: every field written, in the format's order
        TermStatus status = ContractTermCalculator.status(c.term(), c.asOf());
        JsonNode s = JsonTesting.tree(status);
        List<String> fields = new ArrayList<>(List.of("term", "asOf", "state", "optionsExercised", "initialEndDate",
                "currentEndDate", "latestEndDate", "latestAttainableEndDate", "nextDecision", "lapsedOptions", "timeRemaining",
                "daysRemaining", "explanation"));
        if (status.nextDecision().isEmpty()) {
            fields.remove("nextDecision");
        }
        assertEquals(fields, JsonTesting.fieldNames(s));
        assertEquals(JsonTesting.tree(c.term()), s.get("term"));
        assertEquals(c.asOf().toString(), s.get("asOf").textValue());
        assertEquals(status.state().name(), s.get("state").textValue());
        assertEquals(status.optionsExercised(), s.get("optionsExercised").intValue());
        assertEquals(status.initialEndDate().toString(), s.get("initialEndDate").textValue());
        assertEquals(status.currentEndDate().toString(), s.get("currentEndDate").textValue());
        assertEquals(status.latestEndDate().toString(), s.get("latestEndDate").textValue());
        assertEquals(status.latestAttainableEndDate().toString(), s.get("latestAttainableEndDate").textValue());
        status.nextDecision().ifPresent(d -> {
            JsonNode n = s.get("nextDecision");
            assertEquals(List.of("optionNumber", "option", "deadline", "endDateIfExercised", "daysUntilDeadline"),
                    JsonTesting.fieldNames(n));
            assertEquals(d.optionNumber(), n.get("optionNumber").intValue());
            assertEquals(JsonTesting.tree(d.option()), n.get("option"));
            assertEquals(d.deadline().toString(), n.get("deadline").textValue());
            assertEquals(d.endDateIfExercised().toString(), n.get("endDateIfExercised").textValue());
            assertEquals(d.daysUntilDeadline(), n.get("daysUntilDeadline").longValue());
        });
        List<Integer> lapsed = new ArrayList<>();
        s.get("lapsedOptions").forEach(n -> lapsed.add(n.intValue()));
        assertEquals(status.lapsedOptions(), lapsed);
        assertEquals(status.timeRemaining().toString(), s.get("timeRemaining").textValue());
        assertEquals(status.daysRemaining(), s.get("daysRemaining").longValue());
        assertEquals(JsonTesting.tree(status.explanation()), s.get("explanation"));
        TermTimeline timeline = ContractTermCalculator.timeline(c.term());
        JsonNode t = JsonTesting.tree(timeline);
        assertEquals(List.of("term", "milestones"), JsonTesting.fieldNames(t));
        assertEquals(JsonTesting.tree(c.term()), t.get("term"));
        assertEquals(timeline.milestones().size(), t.get("milestones").size());
        for (int i = 0; i < timeline.milestones().size(); i++) {
            TermMilestone m = timeline.milestones().get(i);
            JsonNode n = t.get("milestones").get(i);
            assertEquals(List.of("date", "kind", "optionNumber", "description"), JsonTesting.fieldNames(n));
            assertEquals(m.date().toString(), n.get("date").textValue());
            assertEquals(m.kind().name(), n.get("kind").textValue());
            assertEquals(m.optionNumber(), n.get("optionNumber").intValue());
            assertEquals(m.description(), n.get("description").textValue());
        }
    }

    @Property(tries = 50)
    void historiesSurviveAndTheirVersionsAndDifferencesAreWritten(@ForAll("histories") AgreementHistory history) {
        AgreementHistory back = JsonTesting.roundTrip(history, AgreementHistory.class);
        assertEquals(history.versions().size(), back.versions().size());
        for (int i = 0; i < history.versions().size(); i++) {
            assertEquals(history.versions().get(i).agreement(), back.versions().get(i).agreement());
            assertEquals(history.versions().get(i).amendment(), back.versions().get(i).amendment());
            assertEquals(history.versions().get(i).effectiveFrom(), back.versions().get(i).effectiveFrom());
        }
        // a version and the difference between two are results, written only
        for (dev.partnering.amendment.AgreementVersion v : history.versions()) {
            JsonTesting.assertWritten(v, "number", v.number(), "effectiveFrom", v.effectiveFrom(), "amendment", v.amendment(),
                    "agreement", v.agreement());
        }
        dev.partnering.amendment.AgreementDiff d = history.diff(1, history.versions().size());
        JsonTesting.assertWritten(d, "from", d.from(), "to", d.to(), "amendments", d.amendments(), "differences",
                d.differences());
        for (dev.partnering.amendment.Difference x : d.differences()) {
            JsonTesting.assertWritten(x, "subject", x.subject(), "before", x.before(), "after", x.after());
        }
    }

    @Property(tries = 100)
    void readinessReportsAreWrittenWithEveryField(@ForAll("statements") StatementCase c, @ForAll IncentiveArrangement arrangement,
            @ForAll("exitPlans") ExitPlan plan) {
        for (ReadinessReport report : List.of(HandoverCheck.run(c.agreement(), HandoverDeclaration.of(arrangement)),
                HandoverCheck.run(c.agreement().withoutIncentiveScheme(), HandoverDeclaration.of(arrangement)),
                ExitReadinessCheck.run(c.agreement(), plan))) {
            // written only: the JSON holds what the report holds, and reading it back is refused
            String json = JsonTesting.write(PartneringDocument.of(report));
            JsonTesting.assertWritten(report, "check", report.check(), "agreementId", report.agreementId(), "ready",
                    report.isReady(), "requirements", report.requirements(), "gaps", report.gaps());
            for (dev.partnering.lifecycle.ReadinessGap g : report.gaps()) {
                JsonTesting.assertWritten(g, "requirement", g.requirement(), "path", g.path(), "message", g.message());
            }
            assertEquals(JsonTesting.tree(report), JsonTesting.tree(json).get("readinessReport"));
            assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, PartneringDocument.class));
        }
    }

    @Property(tries = 200)
    void exitPlansSurvive(@ForAll("exitPlans") ExitPlan plan) {
        assertEquals(plan, JsonTesting.roundTrip(plan, ExitPlan.class));
    }

    // ---------------------------------------------------------------- trust

    @Property(tries = 100)
    void surveysSurviveAndTheirReportsAreWrittenWithEveryFigure(@ForAll("surveys") TrustSurvey survey,
            @ForAll("surveys") TrustSurvey earlier, @ForAll("trustPolicies") TrustPolicy policy) {
        assertEquals(survey, JsonTesting.roundTrip(PartneringDocument.of(survey), PartneringDocument.class)
                .value(TrustSurvey.class));
        assertEquals(policy, JsonTesting.roundTrip(policy, TrustPolicy.class));
        TrustCalculator calculator = TrustCalculator.of(policy);
        TrustSurvey previous = TrustSurvey.builder().assessmentDate(earlier.assessmentDate().minusMonths(3))
                .scale(earlier.scale()).addAllDimensions(earlier.dimensions()).addAllResponses(earlier.responses()).build();
        TrustReport report = calculator.assess(survey, calculator.assess(previous));
        // the report and its figures are results, written only: every field in the format's order
        for (DimensionTrust d : report.dimensions()) {
            JsonTesting.assertWritten(d, "dimension", d.dimension(), "weight", d.weight(), "overall", d.overall(),
                    "customer", d.customer(), "supplier", d.supplier(), "perceptionGap", d.perceptionGap(),
                    "customerSelfImage", d.customerSelfImage(), "supplierSelfImage", d.supplierSelfImage());
            for (SelfImage i : List.of(d.customerSelfImage(), d.supplierSelfImage())) {
                JsonTesting.assertWritten(i, "side", i.side(), "self", i.self(), "seenByPartner", i.seenByPartner(),
                        "gap", i.gap());
                assertFiguresWritten(List.of(i.self(), i.seenByPartner()));
            }
            assertFiguresWritten(List.of(d.overall(), d.customer(), d.supplier()));
        }
        for (LevelTrust l : report.levels()) {
            JsonTesting.assertWritten(l, "side", l.side(), "level", l.level(), "scores", l.scores(), "index", l.index());
            assertFiguresWritten(l.scores());
        }
        for (TrustIndex index : List.of(report.index(), report.index(PartyKind.CUSTOMER), report.index(PartyKind.SUPPLIER))) {
            JsonTesting.assertWritten(index, "value", index.value(), "included", index.included(), "leftOut",
                    index.leftOut());
        }
        assertFiguresWritten(report.suppressed());
        TrustTrend trend = report.trend().orElseThrow();
        JsonTesting.assertWritten(trend, "previousAssessment", trend.previousAssessment(), "changes", trend.changes());
        for (dev.partnering.trust.TrustChange c : trend.changes()) {
            JsonTesting.assertWritten(c, "figure", c.figure(), "previous", c.previous(), "current", c.current(), "change",
                    c.change());
        }
        JsonTesting.assertWritten(report, "assessmentDate", report.assessmentDate(), "scale", report.scale(), "policy",
                report.policy(), "respondents", report.respondents(), "dimensions", report.dimensions(), "index",
                report.index(), "customerIndex", report.index(PartyKind.CUSTOMER), "supplierIndex",
                report.index(PartyKind.SUPPLIER), "levels", report.levels(), "balance", report.balance(), "trend",
                report.trend(), "suppressed", report.suppressed(), "explanation", report.explanation());
        // the report itself is written only
        assertThrows(PartneringJsonException.class, () -> JsonTesting.read(JsonTesting.write(report), TrustReport.class));
    }

    @Property(tries = 200)
    void signalsSurviveAndTheirTallyIsWrittenWithEveryCount(@ForAll("signals") List<BehaviouralSignal> signals) {
        assertEquals(signals, JsonTesting.roundTrip(PartneringDocument.ofBehaviouralSignals(signals), PartneringDocument.class)
                .behaviouralSignals());
        // the tally is a result, written only: every count, per side too, and the in-time shares
        SignalTally tally = SignalTally.count(signals, SIGNAL_MONTH);
        JsonNode written = JsonTesting.tree(tally);
        List<String> fields = new ArrayList<>(List.of("period", "counts"));
        tally.inTimeShare().ifPresent(x -> fields.add("inTimeShare"));
        tally.inTimeShare(PartyKind.CUSTOMER).ifPresent(x -> fields.add("customerInTimeShare"));
        tally.inTimeShare(PartyKind.SUPPLIER).ifPresent(x -> fields.add("supplierInTimeShare"));
        fields.add("explanation");
        assertEquals(fields, JsonTesting.fieldNames(written));
        assertEquals(SIGNAL_MONTH.toString(), written.get("period").textValue());
        List<String> kinds = new ArrayList<>();
        for (SignalKind kind : SignalKind.values()) {
            kinds.add(kind.name());
            JsonNode counts = written.get("counts").get(kind.name());
            assertEquals(List.of("total", "customer", "supplier"), JsonTesting.fieldNames(counts));
            assertEquals(tally.count(kind), counts.get("total").intValue());
            assertEquals(tally.count(kind, PartyKind.CUSTOMER), counts.get("customer").intValue());
            assertEquals(tally.count(kind, PartyKind.SUPPLIER), counts.get("supplier").intValue());
        }
        assertEquals(kinds, JsonTesting.fieldNames(written.get("counts")));
        assertEquals(tally.inTimeShare().map(dev.partnering.jackson.common.internal.FormatScalars::format).orElse(null), text(written, "inTimeShare"));
        assertEquals(tally.inTimeShare(PartyKind.CUSTOMER).map(dev.partnering.jackson.common.internal.FormatScalars::format).orElse(null),
                text(written, "customerInTimeShare"));
        assertEquals(tally.inTimeShare(PartyKind.SUPPLIER).map(dev.partnering.jackson.common.internal.FormatScalars::format).orElse(null),
                text(written, "supplierInTimeShare"));
        assertEquals(JsonTesting.tree(tally.explanation()), written.get("explanation"));
    }

    /** @return the text of a field, null when it is absent */
    private static String text(JsonNode object, String field) {
        return object.has(field) ? object.get(field).textValue() : null;
    }

    /** Asserts that figures of a trust report are written with their type and every field, and their groups too. */
    private static void assertFiguresWritten(List<? extends GroupScore> figures) {
        for (GroupScore s : figures) {
            if (s instanceof GroupScore.Shown shown) {
                JsonTesting.assertWritten(s, "type", "shown", "group", s.group(), "value", shown.value(), "answers",
                        shown.answers(), "respondents", shown.respondents());
            } else if (s instanceof GroupScore.Suppressed hidden) {
                // a suppressed figure carries its group, reason and minimum group size, never a number
                JsonTesting.assertWritten(s, "type", "suppressed", "group", s.group(), "reason", hidden.reason(),
                        "minimumGroupSize", hidden.minimumGroupSize());
            } else {
                JsonTesting.assertWritten(s, "type", "no-answers", "group", s.group());
            }
            dev.partnering.trust.TrustGroup g = s.group();
            JsonTesting.assertWritten(g, "dimension", g.dimension(), "side", g.side(), "level", g.level(), "focus",
                    g.focus(), "label", g.label());
        }
    }

    // ---------------------------------------------------------------- governance and health

    @Property(tries = 150)
    void governanceRecordsSurviveAndTheirReportsAreWrittenWithEveryField(@ForAll("meetings") List<ForumMeeting> meetings,
            @ForAll("escalations") List<Escalation> escalations) {
        assertEquals(meetings, JsonTesting.roundTrip(PartneringDocument.ofForumMeetings(meetings), PartneringDocument.class)
                .forumMeetings());
        assertEquals(escalations, JsonTesting.roundTrip(PartneringDocument.ofEscalations(escalations),
                PartneringDocument.class).escalations());
        GovernanceReport report = GovernanceCalculator.standard().assess(GovernanceFixtures.agreement(), JsonFixtures.Q1, meetings,
                escalations);
        // the report, its parts and the stays of an escalation are results, written only: every field in order
        for (LevelActivity l : report.levels()) {
            JsonTesting.assertWritten(l, "level", l.level(), "forums", l.forums(), "lastHeld", l.lastHeld(), "stale",
                    l.isStale(), "attendance", l.attendance(), "heldWithoutBothSides", l.heldWithoutBothSides(), "raised",
                    l.raised(), "resolved", l.resolved(), "resolvedWhereRaised", l.resolvedWhereRaised(),
                    "resolvedAfterRaisedHere", l.resolvedAfterRaisedHere(), "meanDaysToResolve", l.meanDaysToResolve(),
                    "overdue", l.overdue());
            // the sides in their order, whatever the order of the map
            List<String> sides = new ArrayList<>();
            for (PartyKind side : PartyKind.values()) {
                if (l.attendance().containsKey(side)) {
                    sides.add(side.name());
                }
            }
            assertEquals(sides, JsonTesting.fieldNames(JsonTesting.tree(l).get("attendance")));
            for (dev.partnering.governance.ForumActivity f : l.forums()) {
                JsonTesting.assertWritten(f, "forum", f.forum(), "scheduled", f.scheduled(), "held", f.held(), "cancelled",
                        f.cancelled(), "lastHeld", f.lastHeld(), "overdue", f.isOverdue());
            }
            for (dev.partnering.governance.OverdueEscalation o : l.overdue()) {
                JsonTesting.assertWritten(o, "escalation", o.escalation(), "level", o.level(), "since", o.since(), "days",
                        o.days(), "allowed", dev.partnering.jackson.common.internal.FormatScalars.format(o.allowed()), "dueBy", o.dueBy());
            }
        }
        JsonTesting.assertWritten(report, "agreementId", report.agreementId(), "period", report.period(), "evaluatedOn",
                report.evaluatedOn(), "levels", report.levels(), "scheduledMeetings", report.scheduledMeetings(),
                "heldMeetings", report.heldMeetings(), "heldShare", report.heldShare(), "resolvedEscalations",
                report.resolvedEscalations(), "resolvedWhereRaised", report.resolvedWhereRaised(),
                "resolvedWhereRaisedShare", report.resolvedWhereRaisedShare(), "judgedAgainstDeadline",
                report.judgedAgainstDeadline(), "withinDeadline", report.withinDeadline(), "withinDeadlineShare",
                report.withinDeadlineShare(), "score", report.score(), "explanation", report.explanation());
        for (Escalation e : escalations) {
            for (Escalation.Stay stay : e.staysUntil(e.raisedOn().plusDays(30))) {
                JsonTesting.assertWritten(stay, "level", stay.level(), "from", stay.from(), "until", stay.until(), "closed",
                        stay.isClosed());
            }
        }
    }

    @Property(tries = 200)
    void healthInputsAndPoliciesSurviveAndTheirReportsAreWrittenWithEveryField(@ForAll("healthInputs") HealthInputs inputs,
            @ForAll("healthPolicies") HealthPolicy policy) {
        assertEquals(inputs, JsonTesting.roundTrip(inputs, HealthInputs.class));
        assertEquals(policy, JsonTesting.roundTrip(policy, HealthPolicy.class));
        HealthReport report = HealthCalculator.of(policy).assess(inputs);
        // the report is a result, written only: every field in order, each pillar's colour in the order of the pillars
        Map<Pillar, dev.partnering.health.HealthStatus> pillars = new java.util.LinkedHashMap<>();
        for (Pillar p : Pillar.values()) {
            report.status(p).ifPresent(c -> pillars.put(p, c));
        }
        JsonTesting.assertWritten(report, "inputs", report.inputs(), "policy", report.policy(), "score", report.score(),
                "status", report.status(), "pillars", pillars, "reasons", report.reasons(), "explanation",
                report.explanation());
        assertEquals(pillars.keySet().stream().map(Pillar::name).toList(),
                JsonTesting.fieldNames(JsonTesting.tree(report).get("pillars")));
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Money> money() {
        return dev.partnering.money.SharedArbitraries.money();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return dev.partnering.period.SharedArbitraries.periods();
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        // within the core's bounds (at most 18 digits before the point and 18 after it, trailing
        // zeros dropped): at most 15 digits at a scale of -3 to 18, then up to 30 trailing zeros
        // (a scale up to 48); a measurement beyond the bounds is refused when built
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(new BigInteger("-" + "9".repeat(15)),
                new BigInteger("9".repeat(15)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 18), Arbitraries.integers().between(0, 30))
                .as((u, scale, zeros) -> {
                    BigDecimal d = new BigDecimal(u, scale);
                    return d.setScale(Math.max(scale, 0) + zeros);
                });
    }

    @Provide
    Arbitrary<ScorecardCase> scorecardCases() {
        return dev.partnering.scorecard.SharedArbitraries.cases();
    }

    @Provide
    Arbitrary<StatementCase> statements() {
        return dev.partnering.incentive.SharedArbitraries.statements();
    }

    @Provide
    Arbitrary<TermCase> termCases() {
        return dev.partnering.amendment.SharedArbitraries.termCases();
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(30)
                .edgeCases(e -> e.add("").add("\"quoted\" \\ back\nslash").add("Å ä ö – “€” 😀"));
    }

    @Provide
    Arbitrary<Explanation> explanations() {
        return PartneringArbitraries.explanations();
    }

    /** Extras a generated KPI does not have: a valid range, qualifying conditions, source and method. */
    record KpiExtras(Optional<String> dataSource, Optional<String> method, List<QualifyingCondition> conditions,
            int version, LocalDate effectiveFrom) {

        KpiDefinition applyTo(KpiDefinition k) {
            KpiDefinition.Builder b = KpiDefinition.builder().id(k.id()).name(k.name()).unit(k.unit())
                    .direction(k.direction()).maxAttainment(k.maxAttainment()).aggregation(k.aggregation())
                    .weight(k.weight()).frequency(k.frequency()).addAllQualifyingConditions(conditions)
                    .effectiveFrom(effectiveFrom).version(version);
            k.minimum().ifPresent(b::minimum);
            k.target().ifPresent(b::target);
            k.stretch().ifPresent(b::stretch);
            dataSource.ifPresent(b::dataSource);
            method.ifPresent(b::measurementMethod);
            BigDecimal low = k.minimum().orElse(BigDecimal.ZERO).min(k.stretch().orElse(k.target().orElse(BigDecimal.ZERO)));
            b.validRange(ValueRange.atLeast(low.subtract(BigDecimal.TEN)));
            return b.build();
        }
    }

    @Provide
    Arbitrary<KpiExtras> kpiExtras() {
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().withChars(' ', '-').ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank());
        Arbitrary<QualifyingCondition> condition = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("500")).ofScale(1)
                        .map(QualifyingCondition::minimumVolume),
                Combinators.combine(periods().list().ofMinSize(1).ofMaxSize(3), words)
                        .as(QualifyingCondition::outOfScope));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        return Combinators.combine(words.optional(), words.optional(), condition.list().ofMaxSize(3),
                Arbitraries.integers().between(1, 50), dates).as(KpiExtras::new);
    }

    @Provide
    Arbitrary<AgreementHistory> histories() {
        return dev.partnering.amendment.SharedArbitraries.amendmentDays().map(d -> d.subList(0, Math.min(4, d.size()))).map(days -> {
            AgreementHistory h = AgreementHistory.of(LifecycleFixtures.agreement());
            for (int i = 0; i < days.size(); i++) {
                LocalDate on = LifecycleFixtures.START.plusDays(days.get(i));
                List<AgreementChange> changes = new ArrayList<>();
                changes.add(AgreementChange.roleRestaffed("sup-ops", "Holder " + (i + 1)));
                changes.add(AgreementChange.targetChanged("incident-response", new BigDecimal("90"),
                        new BigDecimal(95 + i % 3), new BigDecimal("98")));
                if (i == 0) {
                    // a note only: the fixture agreement carries no scheme yet
                    changes.add(AgreementChange.incentiveChanged("revision " + i));
                } else if (i % 2 == 1) {
                    changes.add(AgreementChange.incentiveChanged("revision " + i, JsonFixtures.savingsShare(String.valueOf(40 + i))));
                }
                h = h.amend(Amendment.builder().effectiveFrom(on).description("Review " + (i + 1)).addAllChanges(changes)
                        .build());
            }
            return h;
        });
    }

    @Provide
    Arbitrary<ExitPlan> exitPlans() {
        Arbitrary<String> words = Arbitraries.strings().alpha().withChars(' ').ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        Arbitrary<String> parties = Arbitraries.of("northfield", "nordic-it", "globex");
        Arbitrary<ReturnObligation> returns = Combinators.combine(Arbitraries.of(ReturnKind.class), words, parties)
                .as(ReturnObligation::of);
        Arbitrary<OpenFinancialItem> items = Combinators.combine(Arbitraries.of(FinancialItemKind.class), words,
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("9999999")).ofScale(2),
                parties, parties).filter((k, d, a, by, to) -> !by.equals(to))
                .as((k, d, a, by, to) -> OpenFinancialItem.builder().kind(k).description(d).amount(Money.of(a,
                        Money.currency("SEK"))).owedBy(by).owedTo(to).build());
        Arbitrary<Optional<Period>> transition = Arbitraries.integers().between(1, 24).map(Period::ofMonths).optional();
        Arbitrary<Optional<LocalDate>> reviewed = Arbitraries.integers().between(0, 3000)
                .map(d -> LifecycleFixtures.START.plusDays(d)).optional();
        return Combinators.combine(transition, returns.list().ofMaxSize(4), words.optional(), items.list().ofMaxSize(3),
                reviewed).as((t, r, owner, i, rev) -> {
                    ExitPlan.Builder b = ExitPlan.builder().addAllReturns(r).addAllOpenFinancialItems(i);
                    t.ifPresent(b::transitionPeriod);
                    owner.ifPresent(b::knowledgeTransferOwner);
                    rev.ifPresent(b::financialItemsReviewedOn);
                    return b.build();
                });
    }

    @Provide
    Arbitrary<TrustSurvey> surveys() {
        return dev.partnering.trust.SharedArbitraries.surveys();
    }

    @Provide
    Arbitrary<TrustPolicy> trustPolicies() {
        Arbitrary<BigDecimal> weight = Arbitraries.integers().between(1, 40).map(w -> BigDecimal.valueOf(w, 1));
        Arbitrary<Map<String, BigDecimal>> weights = Arbitraries.maps(Arbitraries.of(TrustDimension.HONESTY.id(),
                TrustDimension.TRANSPARENCY.id()), weight).ofMaxSize(2);
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 30), weights)
                .as((minimum, threshold, w) -> TrustPolicy.builder().minimumGroupSize(minimum)
                        .balanceThreshold(BigDecimal.valueOf(threshold)).putAllWeights(w).build());
    }

    /** The month the generated signals are counted in; they fall from a month before to a month after. */
    static final ReportingPeriod SIGNAL_MONTH = ReportingPeriod.parse("2026-03");

    @Provide
    Arbitrary<List<BehaviouralSignal>> signals() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-31, 61).map(d -> SIGNAL_MONTH.start().plusDays(d));
        Arbitrary<Optional<String>> references = Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1)
                .ofMaxLength(12).optional(0.3);
        Arbitrary<BehaviouralSignal> signal = Combinators.combine(Arbitraries.of(SignalKind.class), dates,
                Arbitraries.of(PartyKind.class).optional(0.8), references).as((kind, date, by, reference) -> {
                    BehaviouralSignal.Builder b = BehaviouralSignal.builder().kind(kind).date(date).reference(reference);
                    if (kind != SignalKind.JOINT_IMPROVEMENT_STARTED) {
                        b.by(by.orElse(PartyKind.SUPPLIER));
                    } else {
                        b.by(by);
                    }
                    return b.build();
                });
        return signal.list().ofMaxSize(25);
    }

    /** Meetings of the forums of core's {@code GovernanceFixtures} agreement around 2026-Q1, one per forum and day. */
    @Provide
    Arbitrary<List<ForumMeeting>> meetings() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 240).map(d -> LocalDate.of(2025, 10, 1).plusDays(d));
        Arbitrary<Optional<List<Integer>>> attendance = Arbitraries.integers().between(0, 6).list().ofSize(2).optional(0.7);
        Arbitrary<ForumMeeting> meeting = Combinators.combine(Arbitraries.of("steering", "delivery", "ops-sync"), dates,
                Arbitraries.of(MeetingStatus.class), attendance).as((forum, date, status, people) -> {
                    ForumMeeting.Builder b = ForumMeeting.builder().forum(forum).date(date).status(status);
                    if (status == MeetingStatus.HELD) {
                        people.ifPresent(p -> b.putAttendance(PartyKind.CUSTOMER, p.get(0)).putAttendance(PartyKind.SUPPLIER,
                                p.get(1)));
                    }
                    return b.build();
                });
        return meeting.list().ofMaxSize(20).uniqueElements(m -> m.forum() + "@" + m.date());
    }

    /** Escalations around 2026-Q1 raised at any level, handed up zero or more times, some resolved, some titled. */
    @Provide
    Arbitrary<List<Escalation>> escalations() {
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 15).list().ofMaxSize(2);
        Arbitrary<Optional<Integer>> resolution = Arbitraries.integers().between(0, 20).optional(0.7);
        Arbitrary<Optional<String>> titles = Arbitraries.strings().alpha().withChars(' ').ofMinLength(1).ofMaxLength(30)
                .filter(t -> !t.isBlank()).optional(0.4);
        // the raising party and role, and for a resolved escalation the outcome that resolved it
        Arbitrary<Optional<String>> raisers = Arbitraries.of("region-nord", "acme", "globex").optional(0.5);
        Arbitrary<Optional<dev.partnering.governance.EscalationOutcome>> outcomes = Combinators.combine(
                Arbitraries.of(dev.partnering.governance.EscalationOutcome.Kind.class),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8))
                .as(dev.partnering.governance.EscalationOutcome::new).optional(0.6);
        Arbitrary<Escalation.Builder> escalation = Combinators.combine(Arbitraries.of(GovernanceLevel.class),
                Arbitraries.integers().between(0, 150).map(d -> LocalDate.of(2025, 12, 1).plusDays(d)), gaps, resolution,
                titles, raisers, outcomes).as((level, raised, steps, resolved, title, raiser, outcome) -> {
                    Escalation.Builder b = Escalation.builder().raisedAt(level).raisedOn(raised).title(title);
                    raiser.ifPresent(p -> b.raisedBy(p).raisedByRole(p + "-" + level.letter()));
                    if (resolved.isPresent()) {
                        outcome.ifPresent(b::outcome);
                    }
                    GovernanceLevel at = level;
                    LocalDate on = raised;
                    for (int gap : steps) {
                        if (at.higher().isEmpty()) {
                            break;
                        }
                        at = at.higher().get();
                        on = on.plusDays(gap);
                        b.escalatedTo(at, on);
                    }
                    LocalDate last = on;
                    resolved.ifPresent(r -> b.resolvedOn(last.plusDays(r)));
                    return b;
                });
        return escalation.list().ofMaxSize(10).map(bs -> {
            List<Escalation> es = new ArrayList<>();
            for (int i = 0; i < bs.size(); i++) {
                es.add(bs.get(i).id("E" + (i + 1)).build());
            }
            return es;
        });
    }

    @Provide
    Arbitrary<HealthInputs> healthInputs() {
        Arbitrary<HealthReason> reason = Combinators.combine(Arbitraries.of(Pillar.class).optional(0.8), texts())
                .as(HealthReason::new);
        return Combinators.combine(dev.partnering.health.SharedArbitraries.inputs(), reason.list().ofMaxSize(3))
                .as((in, concerns) -> HealthInputs.builder().period(in.period()).performance(in.performance())
                        .trustIndex(in.trustIndex()).trustBalance(in.trustBalance()).governanceScore(in.governanceScore())
                        .addAllConcerns(concerns).build())
                // the relationship-management pillar's score, often present
                .flatMap(in -> Arbitraries.integers().between(0, 10000).map(n -> BigDecimal.valueOf(n, 2)).optional(0.6)
                        .map(m -> m.isEmpty() ? in : HealthInputs.builder().period(in.period()).performance(in.performance())
                                .trustIndex(in.trustIndex()).trustBalance(in.trustBalance())
                                .governanceScore(in.governanceScore()).managementScore(m.get())
                                .addAllConcerns(in.concerns()).build()));
    }

    @Provide
    Arbitrary<HealthPolicy> healthPolicies() {
        // a management weight 0-3, often left at its default 0 (then not written)
        return dev.partnering.health.SharedArbitraries.policies().flatMap(p -> Arbitraries.integers().between(0, 3)
                .optional(0.5).map(w -> w.isEmpty() ? p : HealthPolicy.builder().performanceWeight(p.performanceWeight())
                        .trustWeight(p.trustWeight()).governanceWeight(p.governanceWeight())
                        .managementWeight(BigDecimal.valueOf(w.get())).greenFrom(p.greenFrom()).amberFrom(p.amberFrom())
                        .pillarFloor(p.pillarFloor()).build()));
    }
}
