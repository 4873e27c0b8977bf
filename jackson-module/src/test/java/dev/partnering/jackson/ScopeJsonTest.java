package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.Scope;
import dev.partnering.evaluation.ScopeScorecardCalculator;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.ScopeScorecards;

/** Scopes in JSON: declared on the agreement, named by measurements, and the scope scorecards; absent when not used. */
class ScopeJsonTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    private static Agreement scoped() {
        return Fixtures.agreement().withScopes(List.of(Scope.of("north", "North depots", new BigDecimal("3")),
                Scope.of("south", "South stations", BigDecimal.ONE)));
    }

    @Test
    void scopesOfAnAgreementRoundTrip() {
        Agreement a = scoped();
        Agreement read = JsonTesting.roundTrip(a, Agreement.class);
        assertEquals(a, read);
        assertEquals(Optional.of(new BigDecimal("3")), read.scope("north").orElseThrow().volume());
        String json = JsonTesting.write(a);
        assertTrue(json.contains("\"scopes\""), json);
        Agreement equal = Fixtures.agreement().withScopes(List.of(Scope.of("north", "North depots")));
        assertEquals(equal, JsonTesting.roundTrip(equal, Agreement.class));
        assertFalse(JsonTesting.write(equal).contains("volume"));
    }

    @Test
    void anAgreementWithoutScopesIsWrittenWithoutTheField() {
        assertFalse(JsonTesting.write(Fixtures.agreement()).contains("\"scopes\""));
    }

    @Test
    void theScopeOfAMeasurementRoundTrips() {
        Measurement m = Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.5").withScope("north");
        Measurement read = JsonTesting.roundTrip(m, Measurement.class);
        assertEquals(m, read);
        assertEquals(Optional.of("north"), read.scope());
        Measurement plain = Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.5");
        assertFalse(JsonTesting.write(plain).contains("scope"));
        assertEquals(plain, JsonTesting.roundTrip(plain, Measurement.class));
    }

    @Test
    void aScopeWithABadVolumeIsRefusedWhenRead() {
        String json = "{\"id\":\"north\",\"name\":\"North\",\"volume\":\"0\"}";
        PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, Scope.class));
        assertTrue(e.getMessage().contains("volume"), e.getMessage());
    }

    @Test
    void scopeScorecardsAreWrittenWithEveryField() {
        List<Measurement> ms = List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.5").withScope("north"),
                Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.25").withScope("south"),
                Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.0"));
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(scoped(), MARCH, ms);
        // a result, written only: the weights as decimals in strings, the scopes in their order
        ScopeJsonTest.assertWritten(s);
        assertEquals(1, JsonTesting.tree(s).get("unscoped").intValue());
    }

    /** Asserts that scope scorecards are written with every field, their maps in their order. */
    static void assertWritten(ScopeScorecards s) {
        JsonTesting.assertWritten(s, "period", s.period(), "rule", s.rule(), "scopes", s.scopes(), "weights", s.weights(),
                "rolledUpScore", s.rolledUpScore(), "leftOut", s.leftOut(), "unscoped", s.unscoped(), "explanation",
                s.explanation());
        assertEquals(List.copyOf(s.scopes().keySet()), JsonTesting.fieldNames(JsonTesting.tree(s).get("scopes")));
        assertEquals(List.copyOf(s.weights().keySet()), JsonTesting.fieldNames(JsonTesting.tree(s).get("weights")));
    }
}
