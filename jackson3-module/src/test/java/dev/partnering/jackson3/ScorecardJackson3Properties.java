package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.SharedArbitraries;
import dev.partnering.scorecard.SharedArbitraries.ScorecardCase;
import dev.partnering.testkit.PartneringArbitraries;

/**
 * Scorecards and explanations with Jackson 3, on the shared mix-ins: a computed scorecard (every
 * line with its KPI version, aggregation and explanation) and any explanation are written in the
 * same bytes as Jackson 2 writes them, and each Jackson reads the other's output back equal.
 */
class ScorecardJackson3Properties {

    @Property(tries = 100)
    void scorecardsAreTheSameBytesWithEitherJacksonAndReadBackEqual(@ForAll("scorecardCases") ScorecardCase c,
            @ForAll MissingDataPolicy policy) throws Exception {
        Agreement agreement = SharedArbitraries.agreement(policy, c.kpis());
        Scorecard scorecard = ScorecardCalculator.standard().calculate(agreement, SharedArbitraries.MONTH, c.measurements());
        String two = Json3Testing.jackson2(scorecard);
        String three = Json3Testing.MAPPER.writeValueAsString(scorecard);
        assertEquals(two, three);
        assertEquals(scorecard, Json3Testing.MAPPER.readValue(two, Scorecard.class));
        assertEquals(scorecard, Json3Testing.JACKSON2.readValue(three, Scorecard.class));
        // as a document too: the envelope of either module holds the same scorecard
        String doc = Json3Testing.MAPPER.writeValueAsString(PartneringDocument.of("scorecard", scorecard));
        assertEquals(Json3Testing.jackson2(dev.partnering.jackson.PartneringDocument.of(scorecard)), doc);
        assertEquals(scorecard, Json3Testing.MAPPER.readValue(doc, PartneringDocument.class).value(Scorecard.class));
    }

    @Property(tries = 200)
    void explanationsAreTheSameBytesWithEitherJacksonAndReadBackEqual(@ForAll("explanations") Explanation e)
            throws Exception {
        String two = Json3Testing.jackson2(e);
        String three = Json3Testing.MAPPER.writeValueAsString(e);
        assertEquals(two, three);
        assertEquals(e, Json3Testing.MAPPER.readValue(two, Explanation.class));
        assertEquals(e, Json3Testing.JACKSON2.readValue(three, Explanation.class));
        for (Step s : e.steps()) {
            assertEquals(s, Json3Testing.MAPPER.readValue(Json3Testing.MAPPER.writeValueAsString(s), Step.class));
        }
    }

    @Provide
    Arbitrary<ScorecardCase> scorecardCases() {
        return SharedArbitraries.cases();
    }

    @Provide
    Arbitrary<Explanation> explanations() {
        return PartneringArbitraries.explanations();
    }
}
