package dev.partnering.incentive;

import static dev.partnering.testkit.PartneringArbitraries.agreements;
import static dev.partnering.testkit.PartneringArbitraries.incentiveSchemes;
import static dev.partnering.testkit.PartneringArbitraries.periodInputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;
import dev.partnering.testkit.MonthEndArbitraries;
import dev.partnering.testkit.PeriodInputs;
import dev.partnering.testkit.ThoroughTries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of opening balances, standings and remedy follow-ups over generated values.
 *
 * <p>Tries: the properties over a statement compute several periods per try, so the default build runs
 * {@value #TRIES} tries for each of them (the others run jqwik's default); {@code mvn verify -Pthorough} runs ten
 * times as many ({@link ThoroughTries}).
 */
@AddLifecycleHook(ThoroughTries.class)
class OpeningBalanceProperties {

    /** Tries of the properties over a statement in the default build; {@code -Pthorough} runs ten times as many. */
    static final int TRIES = 250;

    private static final Class<?>[] EVERY_KIND = {GainShare.class, AtRiskPool.class, ServiceCreditTiers.class,
            BonusMalusCurve.class, Penalty.class};

    /** An agreement with a scheme, an opening balance and the inputs of consecutive periods after it. */
    record Case(Agreement agreement, OpeningBalance opening, List<PeriodInputs> inputs) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return agreements().withIncentiveScheme(incentiveSchemes().withComponents(EVERY_KIND).withFloorAndCap())
                .flatMap(a -> periodInputs(a).sequences(1, 4).flatMap(i -> MonthEndArbitraries
                        .openingBalances(a, i.get(0).period()).map(o -> new Case(a, o, i))));
    }

    private static List<IncentivePeriod> inputs(Case c) {
        return c.inputs().stream().map(i -> i.toIncentivePeriod(c.agreement())).toList();
    }

    @Property(tries = TRIES)
    void continuingFromAnOpeningBalanceEqualsComputingAllPeriodsFromIt(@ForAll("cases") Case c) {
        IncentiveScheme scheme = c.agreement().incentiveScheme().orElseThrow();
        IncentiveCalculator calculator = IncentiveCalculator.standard();
        List<IncentivePeriod> inputs = inputs(c);
        IncentiveStatement atOnce = calculator.calculate(c.agreement(), scheme, inputs, c.opening());
        IncentiveStatement continued = calculator.calculate(c.agreement(), scheme, inputs.subList(0, 1), c.opening());
        for (IncentivePeriod next : inputs.subList(1, inputs.size())) {
            continued = calculator.continueFrom(c.agreement(), scheme, continued, next);
        }
        assertEquals(atOnce.periods().stream().map(p -> List.of(p.outcomes().stream().map(o -> List.of(o.amount(), o.lines(),
                o.capsApplied())).toList(), p.net(), p.remedies().stream().map(RemedyFinding::trigger).toList())).toList(),
                continued.periods().stream().map(p -> List.of(p.outcomes().stream().map(o -> List.of(o.amount(), o.lines(),
                        o.capsApplied())).toList(), p.net(), p.remedies().stream().map(RemedyFinding::trigger).toList())).toList());
        assertEquals(atOnce.closingBalance(), continued.closingBalance());
        Statistics.label("carried periods").collect(c.opening().periods().size() > 0);
    }

    @Property(tries = TRIES)
    void nothingCarriedInChangesNothing(@ForAll("cases") Case c) {
        IncentiveScheme scheme = c.agreement().incentiveScheme().orElseThrow();
        List<IncentivePeriod> inputs = inputs(c);
        IncentiveStatement without = IncentiveCalculator.standard().calculate(c.agreement(), scheme, inputs);
        IncentiveStatement empty = IncentiveCalculator.standard().calculate(c.agreement(), scheme, inputs,
                OpeningBalance.none(inputs.get(0).period()));
        assertEquals(without.periods(), empty.periods());
        assertEquals(without.closingBalance(), empty.closingBalance());
    }

    @Property(tries = TRIES)
    void carriedInPeriodsNeverCrossTheFirstPeriod(@ForAll("cases") Case c) {
        c.opening().history().forEach(p -> assertTrue(p.period().compareTo(c.opening().firstPeriod()) < 0));
        assertTrue(!c.opening().explanation().toText().isEmpty());
    }

    @Property
    void everyScoreHasExactlyTheStandingOfTheHighestBandItReaches(@ForAll("standings") Standings s,
            @ForAll("scores") BigDecimal score) {
        StandingBand band = s.bandOf(score);
        assertTrue(score.compareTo(band.minimumScore()) >= 0);
        s.bands().stream().filter(b -> b.minimumScore().compareTo(band.minimumScore()) > 0)
                .forEach(b -> assertTrue(score.compareTo(b.minimumScore()) < 0));
    }

    /** An agreement with a scheme and the inputs of a period. */
    record Scored(Agreement agreement, PeriodInputs inputs) {
    }

    @Provide
    Arbitrary<Scored> scored() {
        return agreements().withIncentiveScheme(incentiveSchemes())
                .flatMap(a -> periodInputs(a).map(i -> new Scored(a, i)));
    }

    @Property
    void anAgreementDerivesEveryStandingFromItsOwnBandsAndRefusesBandsNoScoreCanReach(@ForAll("scored") Scored c,
            @ForAll("standings") Standings s) {
        Agreement a = c.agreement();
        BigDecimal highest = a.kpis().stream().map(dev.partnering.kpi.KpiDefinition::maxAttainment)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        if (s.bands().get(0).minimumScore().compareTo(highest) > 0) {
            org.junit.jupiter.api.Assertions.assertThrows(dev.partnering.ValidationException.class, () -> a.withStandings(s));
            Statistics.label("bands").collect("unreachable");
            return;
        }
        Statistics.label("bands").collect("reachable");
        Agreement banded = a.withStandings(s);
        dev.partnering.scorecard.Scorecard scorecard = c.inputs().toIncentivePeriod(banded).scorecard().orElseThrow();
        assertEquals(scorecard.score().map(s::bandOf), banded.standingOf(scorecard).map(x -> x.band()));
        assertEquals(scorecard.score().map(Standings.standard()::bandOf), a.standingOf(scorecard).map(x -> x.band()));
    }

    @Provide
    Arbitrary<Standings> standings() {
        return MonthEndArbitraries.standings();
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return net.jqwik.api.Arbitraries.integers().between(0, 1300).map(i -> BigDecimal.valueOf(i, 3));
    }

    @Property
    void aFollowUpIsClosedOrOverdueOnceItsDueDateHasPassed(@ForAll("followUps") RemedyFollowUp f) {
        LocalDate later = LocalDate.of(2100, 1, 1);
        RemedyFollowUp.Status status = f.status(later);
        if (f.dueDate().isPresent()) {
            assertTrue(status == RemedyFollowUp.Status.CLOSED || status == RemedyFollowUp.Status.OVERDUE, status.toString());
        }
        assertEquals(f.closedOn().isPresent(), status == RemedyFollowUp.Status.CLOSED);
    }

    @Provide
    Arbitrary<RemedyFollowUp> followUps() {
        return MonthEndArbitraries.remedyFollowUps(dev.partnering.period.ReportingPeriod.parse("2026-04"));
    }
}
