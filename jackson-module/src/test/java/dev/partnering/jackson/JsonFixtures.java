package dev.partnering.jackson;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.partnering.Fixtures;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.governance.GovernanceFixtures;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.health.HealthCalculator;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReport;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.BackTester;
import dev.partnering.analysis.BalanceAnalyzer;
import dev.partnering.analysis.BalanceReport;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.CreditTrigger;
import dev.partnering.incentive.GainShare;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.analysis.SimulationReport;
import dev.partnering.analysis.Simulator;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.Amendment;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ContractTermCalculator;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.lifecycle.HandoverCheck;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.lifecycle.LifecycleFixtures;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.term.TermStatus;
import dev.partnering.term.TermTimeline;
import dev.partnering.money.Money;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.trust.Answer;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;
import dev.partnering.trust.TrustSurveys;

/**
 * The values of the golden files under {@code format/v1/}: the fixture agreement of core's
 * {@link Fixtures} with an incentive scheme using every component type, a quarter of
 * measurements, and the results the SDK's calculators give for them; a trust survey with its
 * report, behavioural signals, the governance records of core's {@link GovernanceFixtures} with
 * their report, and the health those give.
 */
final class JsonFixtures {

    static final ReportingPeriod JANUARY = ReportingPeriod.parse("2026-01");
    static final ReportingPeriod FEBRUARY = ReportingPeriod.parse("2026-02");
    static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    private JsonFixtures() {
    }

    static Money sek(String amount) {
        return Fixtures.sek(amount);
    }

    /** Ticket SLA with a minimum volume of 20 tickets and July 2026 declared out of scope. */
    static KpiDefinition ticketSla() {
        return KpiDefinition.builder()
                .id(Fixtures.TICKET_SLA)
                .name("Tickets answered within SLA")
                .unit("share")
                .direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("0.90"), new BigDecimal("0.95"), new BigDecimal("0.98"))
                .maxAttainment(new BigDecimal("1.1"))
                .aggregation(AggregationRule.ratio())
                .frequency(MeasurementFrequency.PER_EVENT)
                .dataSource("ServiceNow ticket export")
                .measurementMethod("Tickets answered within the SLA / all tickets")
                .validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE))
                .addQualifyingConditions(QualifyingCondition.minimumVolume(new BigDecimal("20")),
                        QualifyingCondition.outOfScope(List.of(ReportingPeriod.parse("2026-07")), "data centre move"))
                .effectiveFrom(Fixtures.START)
                .build();
    }

    /** Change lead time: the 90th percentile, no data source stated (a transparency warning). */
    static KpiDefinition changeLeadTime() {
        return KpiDefinition.builder()
                .id("change-lead-time")
                .name("Standard change lead time")
                .unit("days")
                .direction(Direction.LOWER_IS_BETTER)
                .thresholds(new BigDecimal("10"), new BigDecimal("5"))
                .aggregation(AggregationRule.percentile(new BigDecimal("90")))
                .weight(new BigDecimal("0.5"))
                .frequency(MeasurementFrequency.WEEKLY)
                .effectiveFrom(Fixtures.START)
                .build();
    }

    /** Monthly fees for 2026, then one fee per year for 2027 and 2028. */
    static FeeSchedule fees() {
        FeeSchedule.Builder b = FeeSchedule.builder();
        for (int m = 1; m <= 12; m++) {
            b.addFees(PeriodFee.of(ReportingPeriod.month(2026, m), Fixtures.monthlyFee()));
        }
        b.addFees(PeriodFee.of(ReportingPeriod.year(2027), sek("3000000.00")),
                PeriodFee.of(ReportingPeriod.year(2028), sek("3090000.00")));
        return b.build();
    }

    /** One component of each type, a floor and a cap on the net, and one trigger of each type. */
    static IncentiveScheme scheme() {
        return IncentiveScheme.builder()
                .addComponents(GainShare.builder().id("savings")
                        .tier(sek("0.00"), new BigDecimal("50")).tier(sek("1000000.00"), new BigDecimal("30"))
                        .cap(sek("400000.00")).painSharePercent(new BigDecimal("25")).painCap(sek("100000.00")).build())
                .addComponents(AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"))
                        .allocate(Fixtures.AVAILABILITY, new BigDecimal("40")).allocate(Fixtures.INCIDENT_RESPONSE, new BigDecimal("30"))
                        .allocate(Fixtures.TICKET_SLA, new BigDecimal("30")).trigger(CreditTrigger.BELOW_TARGET).earnBackPeriods(2).build())
                .addComponents(ServiceCreditTiers.builder().id("availability-credits").kpiId(Fixtures.AVAILABILITY)
                        .band(new BigDecimal("99.8"), new BigDecimal("2")).band(new BigDecimal("99.0"), new BigDecimal("3"))
                        .periodCapPercent(new BigDecimal("5")).rollingCapPercent(new BigDecimal("4")).build())
                .addComponents(BonusMalusCurve.builder().id("performance-bonus")
                        .point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), new BigDecimal("0")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build())
                .addComponents(Penalty.builder().id("late-delivery").basis(Penalty.Basis.PER_UNIT).rate(sek("5000.00"))
                        .periodCap(Bound.of(sek("50000.00"))).yearCapPercent(new BigDecimal("10")).build())
                .floor(Bound.percentOfFee(new BigDecimal("15")))
                .cap(Bound.percentOfFee(new BigDecimal("10")))
                .addRemedyTriggers(
                        RemedyTrigger.consecutiveBelowMinimum(Fixtures.AVAILABILITY, 2, Remedy.REMEDIATION_PLAN),
                        RemedyTrigger.breachesInWindow(Fixtures.INCIDENT_RESPONSE, 2, 3, false, Remedy.STEP_IN),
                        RemedyTrigger.delayBeyond("late-delivery", new BigDecimal("15"), Remedy.TERMINATION))
                .build();
    }

    /** The fixture agreement with the scheme above, four KPIs and the fees above. */
    static Agreement agreement() {
        return Fixtures.agreementBuilder()
                .addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance())
                .addKpis(Fixtures.availability(), Fixtures.incidentResponse(), ticketSla(), changeLeadTime())
                .currency(Fixtures.SEK)
                .feeSchedule(fees())
                .missingDataPolicy(MissingDataPolicy.EXCLUDE)
                .incentiveScheme(scheme())
                .build();
    }

    private static Measurement value(String kpi, ReportingPeriod p, String value, String recordedAt) {
        return Measurement.builder().kpiId(kpi).period(p).value(new BigDecimal(value)).recordedAt(Instant.parse(recordedAt)).build();
    }

    private static Measurement ratio(String kpi, ReportingPeriod p, String num, String den, String recordedAt) {
        return Measurement.builder().kpiId(kpi).period(p).ratio(new BigDecimal(num), new BigDecimal(den))
                .source("ServiceNow export " + recordedAt.substring(0, 10)).recordedAt(Instant.parse(recordedAt)).build();
    }

    /** January to March 2026: availability dips in February, incidents are slow in February and March. */
    static List<Measurement> measurements() {
        List<Measurement> ms = new ArrayList<>();
        ms.add(value(Fixtures.AVAILABILITY, JANUARY, "99.82", "2026-02-01T08:00:00Z"));
        ms.add(value(Fixtures.AVAILABILITY, FEBRUARY, "98.70", "2026-03-01T08:00:00Z"));
        ms.add(value(Fixtures.AVAILABILITY, MARCH, "99.60", "2026-04-01T08:00:00Z"));
        ms.add(value(Fixtures.INCIDENT_RESPONSE, JANUARY, "3.5", "2026-02-01T08:00:00Z"));
        ms.add(value(Fixtures.INCIDENT_RESPONSE, FEBRUARY, "6", "2026-03-01T08:00:00Z"));
        ms.add(value(Fixtures.INCIDENT_RESPONSE, MARCH, "5", "2026-04-01T08:00:00Z"));
        ms.add(Measurement.builder().kpiId(Fixtures.INCIDENT_RESPONSE).period(MARCH).value(new BigDecimal("30"))
                .recordedAt(Instant.parse("2026-04-01T08:00:00Z")).source("ServiceNow incident export")
                .exclusionReason("regional power outage, force majeure").build());
        ms.add(ratio(Fixtures.TICKET_SLA, JANUARY, "190", "200", "2026-02-01T08:00:00Z"));
        ms.add(ratio(Fixtures.TICKET_SLA, FEBRUARY, "170", "200", "2026-03-01T08:00:00Z"));
        ms.add(ratio(Fixtures.TICKET_SLA, MARCH, "12", "15", "2026-04-01T08:00:00Z"));
        ms.add(value("change-lead-time", JANUARY, "4", "2026-01-09T16:00:00Z"));
        ms.add(value("change-lead-time", JANUARY, "6", "2026-01-16T16:00:00Z"));
        ms.add(value("change-lead-time", JANUARY, "5", "2026-01-23T16:00:00Z"));
        return ms;
    }

    static List<BreachEvent> events() {
        return List.of(
                BreachEvent.builder().id("ev-1").penaltyId("late-delivery").date(LocalDate.of(2026, 2, 10))
                        .units(new BigDecimal("4")).description("Server migration wave 1 late").build(),
                BreachEvent.builder().id("ev-2").penaltyId("late-delivery").date(LocalDate.of(2026, 3, 20))
                        .units(new BigDecimal("18")).description("Backup restore test late").build(),
                BreachEvent.builder().id("ev-3").penaltyId("late-delivery").date(LocalDate.of(2026, 3, 25))
                        .units(new BigDecimal("2")).description("Patch window missed")
                        .exclusionReason("customer postponed the window").build());
    }

    static Map<ReportingPeriod, Map<String, CostOutcome>> costs() {
        return Map.of(JANUARY, Map.of("savings", CostOutcome.of(sek("2000000.00"), sek("1700000.00"))),
                FEBRUARY, Map.of("savings", CostOutcome.of(sek("2000000.00"), sek("2100000.00"))),
                MARCH, Map.of("savings", CostOutcome.savings(sek("1250000.00"))));
    }

    static List<ReportingPeriod> quarter() {
        return List.of(JANUARY, FEBRUARY, MARCH);
    }

    static Scorecard scorecard() {
        return ScorecardCalculator.standard().calculate(agreement(), FEBRUARY, measurements());
    }

    /** The inputs of the quarter's incentive calculation, as an ERP would send them. */
    static List<IncentivePeriod> incentivePeriods() {
        Agreement a = agreement();
        List<IncentivePeriod> periods = new ArrayList<>();
        for (ReportingPeriod p : quarter()) {
            periods.add(IncentivePeriod.builder().period(p)
                    .scorecard(ScorecardCalculator.standard().calculate(a, p, measurements()))
                    .putAllCosts(costs().get(p))
                    .addAllEvents(events().stream().filter(e -> p.contains(e.date())).toList())
                    .build());
        }
        return periods;
    }

    static IncentiveStatement statement() {
        Agreement a = agreement();
        return IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(), quarter(), measurements(),
                events(), costs());
    }

    static BalanceReport balanceReport() {
        Agreement a = agreement();
        return BalanceAnalyzer.analyze(a, a.incentiveScheme().orElseThrow(), Fixtures.monthlyFee(), 12);
    }

    static SimulationReport simulationReport() {
        return Simulator.simulate(agreement(), MARCH, Map.of(
                Fixtures.AVAILABILITY, KpiDistribution.normal(new BigDecimal("99.6"), new BigDecimal("0.3"), 2),
                Fixtures.INCIDENT_RESPONSE, KpiDistribution.sampled(List.of(new BigDecimal("3"), new BigDecimal("4.5"),
                        new BigDecimal("7"))),
                Fixtures.TICKET_SLA, KpiDistribution.normal(new BigDecimal("0.94"), new BigDecimal("0.02"), 3)), 200, 42L);
    }

    static BackTest backTest() {
        Agreement current = agreement();
        Agreement proposed = current.withIncentiveScheme(IncentiveScheme.builder()
                .addComponents(BonusMalusCurve.builder().id("performance-bonus")
                        .point(new BigDecimal("0.9"), new BigDecimal("-3")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.1"), new BigDecimal("3")).build())
                .build());
        return BackTester.compare(current, proposed, quarter(), measurements(), events(), costs());
    }

    /** The term with option 1 exercised on 2028-05-10. */
    static ContractTerm exercisedTerm() {
        return Fixtures.term().exercise(1, LocalDate.of(2028, 5, 10));
    }

    static TermStatus termStatus() {
        return ContractTermCalculator.status(exercisedTerm(), LocalDate.of(2029, 3, 15));
    }

    static TermTimeline termTimeline() {
        return ContractTermCalculator.timeline(exercisedTerm());
    }

    /**
     * The lifecycle fixture agreement with a gain share of 40 % of savings, amended in 2027 with one
     * change of each kind (the incentive change raising the share to 50 %) and in 2028 with option 1.
     */
    static AgreementHistory history() {
        Agreement original = LifecycleFixtures.agreement().withIncentiveScheme(savingsShare("40"));
        return AgreementHistory.of(original)
                .amend(Amendment.of(LocalDate.of(2027, 1, 1), "Annual KPI review",
                        AgreementChange.targetChanged("incident-response", new BigDecimal("92"), new BigDecimal("96"),
                                new BigDecimal("99")),
                        AgreementChange.kpiRevised(KpiDefinition.builder().id("user-satisfaction").name("User satisfaction")
                                .unit("points").direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("3.6"), new BigDecimal("4.1"), new BigDecimal("4.6"))
                                .frequency(MeasurementFrequency.YEARLY).dataSource("Annual user survey")
                                .measurementMethod("Mean answer on a 1-5 scale").effectiveFrom(LocalDate.of(2027, 1, 1))
                                .version(2).build()),
                        AgreementChange.roleRestaffed("sup-delivery", "Karin Lund"),
                        AgreementChange.incentiveChanged("gain share raised from 40 % to 50 % of savings",
                                savingsShare("50"))))
                .amend(Amendment.of(LocalDate.of(2028, 5, 10), "Option 1 exercised", AgreementChange.optionExercised(1)));
    }

    /** A scheme of one gain share: the supplier's share of all savings, in percent, capped at 1,000,000 SEK. */
    static IncentiveScheme savingsShare(String percent) {
        return IncentiveScheme.builder().addComponents(GainShare.builder().id("savings").tier(Money.of("0.00", "SEK"), new BigDecimal(percent))
                .cap(Money.of("1000000.00", "SEK")).build()).build();
    }

    static ExitPlan exitPlan() {
        return LifecycleFixtures.completeExitPlan();
    }

    /** The handover check of an agreement with gaps: an unstaffed role, no data source, undecided incentives. */
    static ReadinessReport readinessReport() {
        Agreement a = LifecycleFixtures.baseAgreement().phase(dev.partnering.agreement.LifecyclePhase.TRANSITION)
                .build().withKpis(List.of(LifecycleFixtures.incidentResponse(), changeLeadTime()));
        return HandoverCheck.run(a, HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));
    }

    // ---------------------------------------------------------------- trust, governance, health

    private static SurveyResponse respond(String id, PartyKind side, GovernanceLevel level, Answer... answers) {
        return SurveyResponse.builder().respondent(id).side(side).level(level).addAnswers(answers).build();
    }

    private static Answer honesty(int value) {
        return Answer.of(TrustDimension.HONESTY, value);
    }

    /** Transparency about the relationship, or about the own side and the partner side (360°). */
    private static Answer[] transparency(int own, int partner) {
        return new Answer[] {Answer.of(TrustDimension.TRANSPARENCY, Focus.OWN_SIDE, own),
                Answer.of(TrustDimension.TRANSPARENCY, Focus.PARTNER_SIDE, partner)};
    }

    private static Answer[] with(Answer first, Answer... rest) {
        Answer[] all = new Answer[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /**
     * The June 2026 survey on a 1-5 scale, honesty and transparency: one customer respondent at
     * level A answering honesty only (suppressed), three at B answering transparency 360°; three
     * supplier respondents at B answering transparency 360°, three at C about the relationship.
     */
    static TrustSurvey trustSurvey() {
        PartyKind c = PartyKind.CUSTOMER;
        PartyKind s = PartyKind.SUPPLIER;
        return TrustSurvey.builder().assessmentDate(LocalDate.of(2026, 6, 15)).scale(LikertScale.of(1, 5))
                .addDimensions(TrustDimension.HONESTY, TrustDimension.TRANSPARENCY)
                .addResponses(respond("r-7f3a", c, GovernanceLevel.STRATEGIC, honesty(4)))
                .addResponses(respond("r-1c9e", c, GovernanceLevel.TACTICAL, with(honesty(4), transparency(5, 3))),
                        respond("r-5b20", c, GovernanceLevel.TACTICAL, with(honesty(5), transparency(4, 3))),
                        respond("r-d41a", c, GovernanceLevel.TACTICAL, with(honesty(4), transparency(5, 4))))
                .addResponses(respond("r-08e7", s, GovernanceLevel.TACTICAL, with(honesty(4), transparency(4, 4))),
                        respond("r-a6f2", s, GovernanceLevel.TACTICAL, with(honesty(4), transparency(5, 4))),
                        respond("r-3e5d", s, GovernanceLevel.TACTICAL, with(honesty(3), transparency(4, 3))))
                .addResponses(respond("r-9b61", s, GovernanceLevel.OPERATIONAL, honesty(4),
                                Answer.of(TrustDimension.TRANSPARENCY, 3)),
                        respond("r-c27f", s, GovernanceLevel.OPERATIONAL, honesty(3), Answer.of(TrustDimension.TRANSPARENCY, 4)),
                        respond("r-64d0", s, GovernanceLevel.OPERATIONAL, honesty(4), Answer.of(TrustDimension.TRANSPARENCY, 3)))
                .build();
    }

    /** Transparency weighs twice as much as honesty. */
    static TrustPolicy trustPolicy() {
        return TrustPolicy.builder().putWeights(TrustDimension.TRANSPARENCY.id(), new BigDecimal("2")).build();
    }

    /** The June report, with its trend against core's March survey ({@link TrustSurveys#march()}). */
    static TrustReport trustReport() {
        TrustCalculator calculator = TrustCalculator.of(trustPolicy());
        return calculator.assess(trustSurvey(), calculator.assess(TrustSurveys.march()));
    }

    /** Signals of March 2026, one of them in April. */
    static List<BehaviouralSignal> signals() {
        return List.of(
                BehaviouralSignal.builder().kind(SignalKind.INFORMATION_SHARED).date(LocalDate.of(2026, 3, 2))
                        .by(PartyKind.SUPPLIER).reference("RISK-14").build(),
                BehaviouralSignal.of(SignalKind.INFORMATION_SHARED, LocalDate.of(2026, 3, 9), PartyKind.CUSTOMER),
                BehaviouralSignal.builder().kind(SignalKind.REQUEST_ANSWERED_IN_TIME).date(LocalDate.of(2026, 3, 5))
                        .by(PartyKind.SUPPLIER).reference("REQ-201").build(),
                BehaviouralSignal.of(SignalKind.REQUEST_ANSWERED_IN_TIME, LocalDate.of(2026, 3, 12), PartyKind.SUPPLIER),
                BehaviouralSignal.builder().kind(SignalKind.REQUEST_ANSWERED_LATE).date(LocalDate.of(2026, 3, 19))
                        .by(PartyKind.CUSTOMER).reference("REQ-207").build(),
                BehaviouralSignal.builder().kind(SignalKind.JOINT_IMPROVEMENT_STARTED).date(LocalDate.of(2026, 3, 24))
                        .reference("Backlog clean-up").build(),
                BehaviouralSignal.of(SignalKind.JOINT_IMPROVEMENT_STARTED, LocalDate.of(2026, 3, 26), PartyKind.CUSTOMER),
                BehaviouralSignal.of(SignalKind.INFORMATION_SHARED, LocalDate.of(2026, 4, 1), PartyKind.CUSTOMER));
    }

    static SignalTally signalTally() {
        return SignalTally.count(signals(), MARCH);
    }

    static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);

    static List<ForumMeeting> forumMeetings() {
        return GovernanceFixtures.meetings();
    }

    /** Core's escalations of the first quarter, and one with a title, handed from B to A and resolved in time. */
    static List<Escalation> escalations() {
        List<Escalation> all = new ArrayList<>(GovernanceFixtures.escalations());
        all.add(Escalation.builder().id("E9").title("Invoice dispute March").raisedAt(GovernanceLevel.TACTICAL)
                .raisedOn(LocalDate.of(2026, 3, 2)).escalatedTo(GovernanceLevel.STRATEGIC, LocalDate.of(2026, 3, 6))
                .resolvedOn(LocalDate.of(2026, 3, 10)).build());
        return all;
    }

    static GovernanceReport governanceReport() {
        return GovernanceCalculator.standard().assess(GovernanceFixtures.agreement(), Q1, forumMeetings(), escalations());
    }

    /** Performance weighs twice; trust and governance from the reports above. */
    static HealthReport healthReport() {
        HealthInputs inputs = HealthInputs.builder().period(Q1).scorecardScore(new BigDecimal("0.93"))
                .trust(trustReport()).governance(governanceReport()).build();
        return HealthCalculator.of(HealthPolicy.builder().performanceWeight(new BigDecimal("2")).build()).assess(inputs);
    }

    /**
     * Two months carried in before January 2026: charges, what two components gave, a credit the pool can
     * earn back, the KPIs' statuses, the scores, December's net limits; availability below its minimum
     * for the last month.
     */
    static dev.partnering.incentive.OpeningBalance openingBalance() {
        return dev.partnering.incentive.OpeningBalance.builder().firstPeriod(JANUARY)
                .addPeriods(dev.partnering.incentive.CarriedPeriod.builder().period(ReportingPeriod.parse("2025-11"))
                        .charge(sek("250000.00")).putAmounts("late-delivery", sek("-5000.00"))
                        .putKpiStatuses(Fixtures.AVAILABILITY, KpiStatus.MET)
                        .putKpiStatuses(Fixtures.INCIDENT_RESPONSE, KpiStatus.BELOW_TARGET).score(new BigDecimal("0.9125")).build())
                .addPeriods(dev.partnering.incentive.CarriedPeriod.builder().period(ReportingPeriod.parse("2025-12"))
                        .charge(sek("250000.00")).putAmounts("service-credits", sek("-10000.00"))
                        .putAmounts("performance-bonus", sek("2500.00"))
                        .credit("service-credits", Fixtures.AVAILABILITY, sek("10000.00"))
                        .putKpiStatuses(Fixtures.AVAILABILITY, KpiStatus.BELOW_MINIMUM)
                        .putKpiStatuses(Fixtures.INCIDENT_RESPONSE, KpiStatus.MET).score(new BigDecimal("0.8450"))
                        .limits(new dev.partnering.incentive.NetLimits(java.util.Optional.of(sek("-37500.00")),
                                java.util.Optional.of(sek("25000.00")))).build())
                .streak(Fixtures.AVAILABILITY, KpiStatus.BELOW_MINIMUM, 1)
                .build();
    }

    /** Three bands of the parties' own, with consequences. */
    static dev.partnering.scorecard.Standings standings() {
        return dev.partnering.scorecard.Standings.of(
                dev.partnering.scorecard.StandingBand.of("green", new BigDecimal("0.90")),
                dev.partnering.scorecard.StandingBand.of("amber", new BigDecimal("0.75"), "monthly review at level B"),
                dev.partnering.scorecard.StandingBand.of("red", BigDecimal.ZERO, "escalation to level A",
                        "remediation plan within 30 days"));
    }

    /** A finding still open, one with an action plan agreed, one closed. */
    static List<dev.partnering.incentive.RemedyFollowUp> remedyFollowUps() {
        var scoreBelow = dev.partnering.incentive.RemedyTrigger.scoreBelow(new BigDecimal("0.80"), 2, 3,
                dev.partnering.incentive.Remedy.REMEDIATION_PLAN);
        var availability = dev.partnering.incentive.RemedyTrigger.consecutiveBelowMinimum(Fixtures.AVAILABILITY, 2,
                dev.partnering.incentive.Remedy.STEP_IN);
        var open = dev.partnering.incentive.RemedyFollowUp.open(dev.partnering.incentive.RemedyFinding.of(MARCH, scoreBelow,
                List.of("score 0.78 in 2026-01", "score 0.7625 in 2026-03")));
        var planned = dev.partnering.incentive.RemedyFollowUp.open(dev.partnering.incentive.RemedyFinding.of(FEBRUARY,
                availability, List.of("availability below minimum in 2026-01", "availability below minimum in 2026-02")))
                .acknowledge(java.time.LocalDate.of(2026, 3, 3)).agreePlan("second data centre link", java.time.LocalDate.of(2026, 4, 30));
        var closed = dev.partnering.incentive.RemedyFollowUp.open(dev.partnering.incentive.RemedyFinding.of(JANUARY, scoreBelow,
                List.of("score 0.70 in 2025-12", "score 0.79 in 2026-01")))
                .acknowledge(java.time.LocalDate.of(2026, 2, 2)).agreePlan("weekly call on open incidents",
                        java.time.LocalDate.of(2026, 3, 15)).close(java.time.LocalDate.of(2026, 3, 10));
        return List.of(open, planned, closed);
    }

    // ---------------------------------------------------------------- relationship management (issue 19)

    /** The day the relationship-management reports are taken. */
    static final LocalDate REVIEW_DAY = LocalDate.of(2026, 4, 30);

    /**
     * Minutes of three meetings of the fixture governance: the delivery board of 2026-02-10 (core's
     * {@code RelationshipFixtures}: decision d-triage, actions a1 done, a2 open, a3 mitigating
     * key-staff), the steering group of 2026-03-05 (decision on a remediation plan, an action
     * following a remedy finding and an escalation, cancelled), and a cancelled operations meeting.
     */
    static List<dev.partnering.action.Minutes> minutes() {
        List<dev.partnering.action.Minutes> all = new ArrayList<>(dev.partnering.RelationshipFixtures.actions().minutes());
        GovernanceLevel a = GovernanceLevel.STRATEGIC;
        LocalDate steering = LocalDate.of(2026, 3, 5);
        all.add(dev.partnering.action.Minutes.builder()
                .meeting(dev.partnering.governance.ForumMeeting.builder().forum("steering-group").date(steering)
                        .putAttendance(dev.partnering.party.PartyKind.CUSTOMER, 2)
                        .putAttendance(dev.partnering.party.PartyKind.SUPPLIER, 3).build())
                .addDecisions(dev.partnering.action.Decision.of("d-plan", "Ask for a remediation plan for availability", a,
                        steering))
                .addActions(dev.partnering.action.Action.builder().id("a4").description("Deliver the remediation plan")
                        .owner(Fixtures.LEAD_SUPPLIER).ownerRole(Fixtures.roleId(Fixtures.LEAD_SUPPLIER, a))
                        .due(LocalDate.of(2026, 3, 31)).decision("d-plan").escalation("esc-1")
                        .remedy(new dev.partnering.action.RemedyLink(Remedy.REMEDIATION_PLAN, FEBRUARY))
                        .doneOn(LocalDate.of(2026, 4, 2)).build())
                .addActions(dev.partnering.action.Action.builder().id("a5").description("Review the outage reporting")
                        .owner(Fixtures.CUSTOMER).ownerRole(Fixtures.roleId(Fixtures.CUSTOMER, a))
                        .due(LocalDate.of(2026, 4, 15)).cancelledOn(LocalDate.of(2026, 3, 20)).build())
                .build());
        all.add(dev.partnering.action.Minutes.builder().meeting(dev.partnering.governance.ForumMeeting.cancelled(
                "operations-meeting", LocalDate.of(2026, 3, 9))).build());
        return all;
    }

    /** @return the action register of {@link #minutes()} on the fixture governance */
    static dev.partnering.action.ActionRegister actionRegister() {
        return dev.partnering.action.ActionRegister.of(Fixtures.governance(), minutes());
    }

    /** @return the action report on {@link #REVIEW_DAY}: a2 overdue, a4 done late, a5 cancelled */
    static dev.partnering.action.ActionReport actionReport() {
        return actionRegister().reportOn(REVIEW_DAY);
    }

    /** @return core's risk register with a third, closed and reviewed, risk on a 4-level likelihood scale */
    static dev.partnering.risk.RiskRegister riskRegister() {
        dev.partnering.risk.RiskRegister core = dev.partnering.RelationshipFixtures.risks();
        return dev.partnering.risk.RiskRegister.builder()
                .likelihoodScale(dev.partnering.risk.RiskScale.of("likelihood", "rare", "possible", "likely", "certain"))
                .highFrom(12).addAllRisks(core.risks())
                .addRisks(dev.partnering.risk.Risk.builder().id("licence-audit").title("Licence audit finds gaps")
                        .owner(Fixtures.CUSTOMER).likelihood(2).impact(3).identifiedOn(LocalDate.of(2026, 1, 20))
                        .lastReviewed(LocalDate.of(2026, 3, 1)).reviewBy(LocalDate.of(2026, 9, 1))
                        .status(dev.partnering.risk.RiskStatus.CLOSED).build())
                .build();
    }

    /** @return the review of {@link #riskRegister()} against the action register on {@link #REVIEW_DAY} */
    static dev.partnering.risk.RiskReview riskReview() {
        return riskRegister().review(actionRegister(), REVIEW_DAY);
    }

    /** @return core's backlog with a rejected and an in-progress initiative, deciding within 60 days */
    static dev.partnering.improvement.ImprovementBacklog backlog() {
        dev.partnering.improvement.ImprovementBacklog core = dev.partnering.RelationshipFixtures.backlog();
        return dev.partnering.improvement.ImprovementBacklog.builder().currency(Fixtures.SEK)
                .decisionWithin(java.time.Period.ofDays(60)).addAllInitiatives(core.initiatives())
                .addInitiatives(dev.partnering.improvement.Initiative.builder().id("robots").title("Robotic ticket routing")
                        .proposer(Fixtures.SUPPLIER).decidedBy(GovernanceLevel.TACTICAL).proposedOn(LocalDate.of(2026, 1, 12))
                        .status(dev.partnering.improvement.InitiativeStatus.IN_PROGRESS).decidedOn(LocalDate.of(2026, 2, 10))
                        .expectedBenefit(sek("30000.00")).build())
                .addInitiatives(dev.partnering.improvement.Initiative.builder().id("kiosk").title("Lobby kiosk")
                        .proposer(Fixtures.CUSTOMER).decidedBy(GovernanceLevel.TACTICAL).proposedOn(LocalDate.of(2026, 1, 12))
                        .status(dev.partnering.improvement.InitiativeStatus.REJECTED).decidedOn(LocalDate.of(2026, 2, 10))
                        .expectedBenefit(sek("5000.00")).build())
                .build();
    }

    /** @return the report on {@link #backlog()} on {@link #REVIEW_DAY} for the fixture parties */
    static dev.partnering.improvement.BacklogReport backlogReport() {
        return backlog().report(REVIEW_DAY, Fixtures.parties());
    }
}
