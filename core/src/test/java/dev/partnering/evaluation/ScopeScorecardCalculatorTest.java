package dev.partnering.evaluation;

import static dev.partnering.Fixtures.measurement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.Refusals;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.Scope;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.ScopeScorecards;

class ScopeScorecardCalculatorTest {

    static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    static Agreement weighted() {
        // north weighs 3 (e.g. 300 m² of depots), south 1
        return Fixtures.agreement().withScopes(List.of(Scope.of("north", "North depots", new BigDecimal("3")),
                Scope.of("south", "South stations", BigDecimal.ONE)));
    }

    static Agreement equal() {
        return Fixtures.agreement().withScopes(List.of(Scope.of("north", "North depots"), Scope.of("south", "South stations")));
    }

    static Measurement scoped(Measurement m, String scope) {
        return m.withScope(scope);
    }

    static List<Measurement> march() {
        return List.of(
                scoped(measurement(Fixtures.AVAILABILITY, "2026-03", "99.5"), "north"),
                scoped(measurement(Fixtures.INCIDENT_RESPONSE, "2026-03", "4"), "north"),
                scoped(Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "95", "100"), "north"),
                scoped(measurement(Fixtures.AVAILABILITY, "2026-03", "99.25"), "south"),
                scoped(measurement(Fixtures.INCIDENT_RESPONSE, "2026-03", "6"), "south"),
                scoped(Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "90", "100"), "south"));
    }

    @Test
    void scopeScoresRollUpWeightedByVolume() {
        // north: availability 99.5 on 99.0/99.5 → a = 1 (w 2); response 4 h on 8/4 → a = 1; SLA 0.95 on 0.90/0.95 → a = 1
        //        score = (2×1 + 1 + 1) / 4 = 1
        // south: availability 99.25 → a = 0.25/0.5 = 0.5 (w 2); response 6 h → a = (8−6)/(8−4) = 0.5; SLA 0.90 → a = 0
        //        score = (2×0.5 + 0.5 + 0) / 4 = 1.5 / 4 = 0.375
        // roll-up = (3×1 + 1×0.375) / (3 + 1) = 3.375 / 4 = 0.84375
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(weighted(), MARCH, march());
        assertEquals(ScopeScorecards.RollUp.VOLUME_WEIGHTED, s.rule());
        assertScore("1", s.scope("north").get().score());
        assertScore("0.375", s.scope("south").get().score());
        assertScore("0.84375", s.rolledUpScore());
        assertEquals(List.of("north", "south"), List.copyOf(s.scopes().keySet()));
        assertEquals(List.of(), s.leftOut());
        String text = s.explanation().toText();
        assertTrue(text.contains("rolled-up score = Σ v·score / Σ v = (3×1 + 1×0.375) / 4 = 0.84375"), text);
        assertTrue(text.contains("weighted by the declared volume"), text);
    }

    @Test
    void withoutVolumesEveryScopeWeighsTheSame() {
        // (1 + 0.375) / 2 = 0.6875
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(equal(), MARCH, march());
        assertEquals(ScopeScorecards.RollUp.EQUAL, s.rule());
        assertScore("0.6875", s.rolledUpScore());
        assertTrue(s.explanation().toText().contains("equal weights"), s.explanation().toText());
    }

    @Test
    void theRollUpIsNotThePooledScore() {
        // pooled: availability mean (99.5 + 99.25)/2 = 99.375 → a = 0.375/0.5 = 0.75; response mean 5 h → a = 3/4 = 0.75;
        // SLA (95 + 90)/(100 + 100) = 0.925 → a = 0.025/0.05 = 0.5; score = (2×0.75 + 0.75 + 0.5) / 4 = 2.75/4 = 0.6875
        // — equal here to the equal-weight roll-up by coincidence of the numbers, but not to the weighted 0.84375
        assertScore("0.6875", ScorecardCalculator.standard().calculate(weighted(), MARCH, march()).score());
        assertScore("0.84375", ScopeScorecardCalculator.standard().calculate(weighted(), MARCH, march()).rolledUpScore());
    }

    @Test
    void aScopeWithoutAScoreIsLeftOutAndNamed() {
        // EXCLUDE policy and no measurement in south: south's score is undefined; roll-up = 3×1 / 3 = 1
        Agreement a = weighted().withMissingDataPolicy(MissingDataPolicy.EXCLUDE);
        List<Measurement> northOnly = march().subList(0, 3);
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(a, MARCH, northOnly);
        assertEquals(Optional.empty(), s.scope("south").get().score());
        assertEquals(List.of("south"), s.leftOut());
        assertScore("1", s.rolledUpScore());
        assertTrue(s.explanation().toText().contains("scope 'south' (South stations) left out"), s.explanation().toText());
    }

    @Test
    void noScoreAnywhereLeavesTheRollUpUndefined() {
        Agreement a = weighted().withMissingDataPolicy(MissingDataPolicy.EXCLUDE);
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(a, MARCH, List.of());
        assertEquals(Optional.empty(), s.rolledUpScore());
        assertEquals(List.of("north", "south"), s.leftOut());
    }

    @Test
    void unscopedMeasurementsBelongToNoScopeAndAreCounted() {
        List<Measurement> all = new ArrayList<>(march());
        all.add(measurement(Fixtures.AVAILABILITY, "2026-03", "90"));
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(weighted(), MARCH, all);
        assertScore("0.84375", s.rolledUpScore());
        assertEquals(1, s.unscoped());
    }

    @Test
    void trendsArePerScope() {
        // February: north availability 99.0 → a = 0, the other KPIs missing → ZERO: score 0; trend of north = 1 − 0
        List<Measurement> all = new ArrayList<>(march());
        all.add(scoped(measurement(Fixtures.AVAILABILITY, "2026-02", "99.0"), "north"));
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(weighted(), MARCH, all);
        assertScore("1", s.scope("north").get().trend());
    }

    @Test
    void aSeriesEqualsOnePeriodAtATime() {
        List<ReportingPeriod> periods = List.of(MARCH, ReportingPeriod.parse("2026-02"));
        List<ScopeScorecards> series = ScopeScorecardCalculator.standard().calculate(weighted(), periods, march());
        assertEquals(ScopeScorecardCalculator.standard().calculate(weighted(), MARCH, march()).rolledUpScore(),
                series.get(0).rolledUpScore());
        assertEquals(periods.get(1), series.get(1).period());
    }

    @Test
    void anUnknownScopeIsRefused() {
        List<Measurement> all = new ArrayList<>(march());
        all.add(scoped(measurement(Fixtures.AVAILABILITY, "2026-03", "99.5"), "east"));
        ValidationException e = Refusals.assertPaths(
                () -> ScopeScorecardCalculator.standard().calculate(weighted(), MARCH, all), "measurements[6].scope");
        assertTrue(e.getMessage().contains("scope 'east'"), e.getMessage());
    }

    @Test
    void anAgreementWithoutScopesIsRefused() {
        Refusals.assertPaths(() -> ScopeScorecardCalculator.standard().calculate(Fixtures.agreement(), MARCH, march()),
                "scopes", "measurements[0].scope", "measurements[1].scope", "measurements[2].scope",
                "measurements[3].scope", "measurements[4].scope", "measurements[5].scope");
    }

    @Test
    void scopesAreCheckedWhenTheAgreementIsBuilt() {
        Refusals.assertPaths(() -> Fixtures.agreement().withScopes(List.of(Scope.of("north", "North", BigDecimal.ONE),
                Scope.of("north", "North again", BigDecimal.ONE))), "scopes[1].id");
        Refusals.assertPaths(() -> Fixtures.agreement().withScopes(List.of(Scope.of("north", "North", BigDecimal.ONE),
                Scope.of("south", "South"))), "scopes");
        Refusals.assertPaths(() -> Scope.of("north", "North", BigDecimal.ZERO), "volume");
        Refusals.assertPaths(() -> Scope.of("north", "North", new BigDecimal("-2")), "volume");
        Refusals.assertPaths(() -> Scope.of("no rth", " "), "id", "name");
        Refusals.assertPaths(() -> Measurement.builder().kpiId("a").period(MARCH).value(BigDecimal.ONE)
                .recordedAt(java.time.Instant.EPOCH).scope("bad scope").build(), "scope");
    }

    private static void assertScore(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "score absent");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.get()), expected + " vs " + actual.get());
    }
}
