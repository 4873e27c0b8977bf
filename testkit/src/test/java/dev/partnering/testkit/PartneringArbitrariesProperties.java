package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Focus;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Every value the arbitraries generate passes the SDK's validation: built through the SDK's
 * builders (whose checks run), re-checked as a whole where a copy re-runs the checks, fitting the
 * values it goes with (measurements their KPI, schemes and inputs their agreement), and accepted by
 * the calculators.
 *
 * <p>Tries: {@value #TRIES} each in the default build, with the arbitraries' edge cases (empty and smallest
 * collections, bounds of every range) mixed in; {@code mvn verify -Pthorough} runs ten times as many
 * ({@link ThoroughTries}), 20,000 each, twice what the default build ran before.
 */
@AddLifecycleHook(ThoroughTries.class)
class PartneringArbitrariesProperties {

    /** Tries per property in the default build; {@code -Pthorough} runs ten times as many. */
    static final int TRIES = 2_000;

    /** A generated agreement with one period's inputs. */
    record Case(Agreement agreement, PeriodInputs inputs) {
    }

    /** A generated KPI with one of its measurements. */
    record Measured(KpiDefinition kpi, ReportingPeriod period, Measurement measurement) {
    }

    @Provide
    Arbitrary<Money> money() {
        return PartneringArbitraries.money();
    }

    @Property(tries = TRIES)
    void moneyIsRoundedToTheMinorUnitAndWithinItsRange(@ForAll("money") Money m) {
        assertTrue(m.isRounded(), m::toString);
        assertTrue(m.amount().signum() >= 0 && m.amount().compareTo(BigDecimal.valueOf(1_000_000)) <= 0, m::toString);
        assertEquals(m, Money.of(m.amount().toPlainString(), m.currency().getCurrencyCode()));
    }

    @Property(tries = TRIES)
    void periodsParseBackAndLieWithinTheirYears(@ForAll("periods") ReportingPeriod p) {
        assertEquals(p, ReportingPeriod.parse(p.toString()));
        assertTrue(p.year() >= 2020 && p.year() <= 2030, p::toString);
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return PartneringArbitraries.periods();
    }

    @Property(tries = TRIES)
    void contractTermsPassTheirChecksAgainWithEveryDeadlineOnOrAfterTheStart(@ForAll("terms") ContractTerm t) {
        ContractTerm again = ContractTerm.builder().startDate(t.startDate()).initialDuration(t.initialDuration())
                .addAllExtensionOptions(t.extensionOptions()).build();
        assertEquals(t, again);
        for (int n = 1; n <= t.optionCount(); n++) {
            assertTrue(!t.deadline(n).isBefore(t.startDate()), t::toString);
        }
    }

    @Provide
    Arbitrary<ContractTerm> terms() {
        return PartneringArbitraries.contractTerms();
    }

    @Property(tries = TRIES)
    void kpisHaveTheirThresholdsInTheOrderOfTheirDirection(@ForAll("kpis") KpiDefinition k) {
        Statistics.label("direction").collect(k.direction());
        Statistics.label("direction").coverage(c -> {
            c.check(Direction.HIGHER_IS_BETTER).percentage(p -> p > 20);
            c.check(Direction.LOWER_IS_BETTER).percentage(p -> p > 20);
            c.check(Direction.BINARY).percentage(p -> p > 5);
        });
        if (k.isBinary()) {
            assertTrue(k.minimum().isEmpty() && k.target().isEmpty() && k.stretch().isEmpty(), k::toString);
            return;
        }
        int sign = k.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        BigDecimal min = k.minimum().orElseThrow();
        BigDecimal target = k.target().orElseThrow();
        assertTrue(min.compareTo(target) * sign < 0, k::toString);
        k.stretch().ifPresent(s -> assertTrue(target.compareTo(s) * sign <= 0, k::toString));
        k.validRange().ifPresent(r -> assertTrue(r.contains(min) && r.contains(target), k::toString));
        assertTrue(k.weight().signum() > 0 && k.maxAttainment().compareTo(BigDecimal.ONE) >= 0, k::toString);
    }

    @Provide
    Arbitrary<KpiDefinition> kpis() {
        return PartneringArbitraries.kpis();
    }

    @Property(tries = TRIES)
    void measurementsFitTheirKpi(@ForAll("measured") Measured m) {
        assertEquals(List.of(), m.kpi().violationsOf(m.measurement()));
        assertEquals(m.period(), m.measurement().period());
    }

    @Provide
    Arbitrary<Measured> measured() {
        return Combinators.combine(PartneringArbitraries.kpis(), PartneringArbitraries.periods())
                .flatAs((k, p) -> PartneringArbitraries.measurements(k, p).map(m -> new Measured(k, p, m)));
    }

    @Property(tries = TRIES)
    void agreementsSchemesAndInputsPassEveryCheckAndCalculate(@ForAll("cases") Case c) {
        Agreement a = c.agreement();
        // a copy is checked as a whole again: parties, areas, mirrored roles, kpis, fees, scheme
        assertEquals(a, a.withKpis(a.kpis()));
        assertTrue(a.customers().size() >= 1 && a.suppliers().size() >= 1);
        for (Role r : a.governance().roles()) {
            Role counterpart = a.governance().role(r.counterpart().orElseThrow()).orElseThrow();
            assertEquals(r.level(), counterpart.level(), r::toString);
            assertTrue(kind(a, r) != kind(a, counterpart), () -> r + " mirrors " + counterpart);
        }
        a.incentiveScheme().ifPresent(s -> assertEquals(List.of(), s.violationsAgainst(a)));
        PeriodInputs in = c.inputs();
        for (Measurement m : in.measurements()) {
            assertEquals(List.of(), a.kpiInForce(m.kpiId(), in.period().start()).orElseThrow().violationsOf(m));
        }
        for (BreachEvent e : in.events()) {
            assertTrue(in.period().contains(e.date()), e::toString);
        }
        assertTrue(a.feeSchedule().feeFor(in.period()).isPresent(), in::toString);
        a.incentiveScheme().ifPresent(s -> IncentiveInvariants.of(a).evaluate(in));
        collectKinds(a);
    }

    private static Object kind(Agreement a, Role r) {
        return a.party(r.party()).map(Party::kind).orElseThrow();
    }

    private static void collectKinds(Agreement a) {
        List<String> types = a.incentiveScheme().map(s -> s.components().stream().map(IncentiveComponent::type).toList())
                .orElse(List.of());
        for (String type : List.of(GainShare.TYPE, AtRiskPool.TYPE, ServiceCreditTiers.TYPE, BonusMalusCurve.TYPE, Penalty.TYPE)) {
            Statistics.label(type).collect(types.contains(type));
            Statistics.label(type).coverage(c -> c.check(true).percentage(p -> p > 8));
        }
        Statistics.label("floor and cap").collect(a.incentiveScheme().map(s -> s.floor().isPresent() && s.cap().isPresent())
                .orElse(false));
        Statistics.label("floor and cap").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<Case> cases() {
        return PartneringArbitraries.agreements().flatMap(a -> PartneringArbitraries.periodInputs(a).map(i -> new Case(a, i)));
    }

    @Property(tries = TRIES)
    void breachEventsLieInTheirPeriodWithDistinctIds(@ForAll("events") Events e) {
        assertEquals(e.events().size(), e.events().stream().map(BreachEvent::id).distinct().count(), e::toString);
        for (BreachEvent event : e.events()) {
            assertTrue(e.month().contains(event.date()) && event.units().signum() >= 0, e::toString);
            assertEquals("late", event.penaltyId());
        }
    }

    /** A month with breach events of the penalty {@code late}. */
    record Events(ReportingPeriod month, List<BreachEvent> events) {
    }

    @Provide
    Arbitrary<Events> events() {
        return PartneringArbitraries.periods().ofGranularity(Granularity.MONTH)
                .flatMap(m -> PartneringArbitraries.breachEvents("late", m).map(es -> new Events(m, es)));
    }

    @Property(tries = TRIES)
    void costOutcomesAreInTheirCurrencyAtTheMinorUnit(@ForAll("costs") CostOutcome c) {
        Money savings = c.savings();
        assertEquals(Money.currency("SEK"), savings.currency());
        assertTrue(savings.isRounded(), c::toString);
        Optional<Money> baseline = c.baseline();
        assertEquals(baseline.isPresent(), c.actual().isPresent());
    }

    @Provide
    Arbitrary<CostOutcome> costs() {
        return PartneringArbitraries.costOutcomes(Money.currency("SEK"));
    }

    @Property(tries = TRIES)
    void trustSurveysPassTheirChecksAgainWithOpaqueRespondentsAndAnswersOnTheScale(@ForAll("surveys") TrustSurvey s) {
        // rebuilt from scratch, so that every response and the survey are checked again
        List<SurveyResponse> responses = s.responses().stream().map(r -> SurveyResponse.builder().respondent(r.respondent())
                .side(r.side()).level(r.level()).addAllAnswers(r.answers()).build()).toList();
        TrustSurvey again = TrustSurvey.builder().assessmentDate(s.assessmentDate()).scale(s.scale())
                .addAllDimensions(s.dimensions()).addAllResponses(responses).build();
        assertEquals(s, again);
        for (int i = 0; i < s.responses().size(); i++) {
            SurveyResponse r = s.responses().get(i);
            assertEquals("r-" + (i + 1), r.respondent());
            assertTrue(r.answers().stream().allMatch(a -> s.scale().contains(a.value())), r::toString);
        }
        assertTrue(s.responses().size() <= 30, () -> s.responses().size() + " respondents");
        LocalDate date = s.assessmentDate();
        assertTrue(date.getDayOfMonth() == 1 && date.getYear() >= 2024 && date.getYear() <= 2028, date::toString);
        assertEquals(s.responses().size(), TrustCalculator.standard().assess(s).respondents());
        collectSurveyShapes(s);
    }

    private static void collectSurveyShapes(TrustSurvey s) {
        List<Answer> answers = s.responses().stream().flatMap(r -> r.answers().stream()).toList();
        Statistics.label("scale").collect(s.scale().label());
        Statistics.label("scale").coverage(c -> c.check("1-7").percentage(p -> p > 20));
        Statistics.label("360").collect(answers.stream().anyMatch(a -> a.focus() != Focus.RELATIONSHIP));
        Statistics.label("360").coverage(c -> c.check(true).percentage(p -> p > 20));
        int questions = s.dimensions().size() * (answers.stream().anyMatch(a -> a.focus() != Focus.RELATIONSHIP) ? 3 : 1);
        Statistics.label("a question skipped").collect(answers.size() < s.responses().size() * questions);
        Statistics.label("a question skipped").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    @Provide
    Arbitrary<TrustSurvey> surveys() {
        return PartneringArbitraries.trustSurveys();
    }
}
