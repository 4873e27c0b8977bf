package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ScopeScorecardCalculator;
import dev.partnering.kpi.Measurement;
import dev.partnering.scorecard.ScopeScorecards;
import dev.partnering.testkit.ScopeArbitraries;
import dev.partnering.testkit.ScopeArbitraries.ScopedCase;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Generated agreements with scopes and their scoped measurements read back as written; their scope scorecards are written. */
class ScopeRoundTripProperties {

    @Property
    void scopedAgreementsAndMeasurementsRoundTripAndTheirScorecardsAreWritten(@ForAll("cases") ScopedCase c) {
        assertEquals(c.agreement(), JsonTesting.roundTrip(c.agreement(), Agreement.class));
        for (Measurement m : c.measurements()) {
            assertEquals(m, JsonTesting.roundTrip(m, Measurement.class));
        }
        ScopeScorecards s = ScopeScorecardCalculator.standard().calculate(c.agreement(), ScopeArbitraries.MONTH, c.measurements());
        ScopeJsonTest.assertWritten(s); // a result, written only
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<ScopedCase> cases() {
        return ScopeArbitraries.cases();
    }
}
