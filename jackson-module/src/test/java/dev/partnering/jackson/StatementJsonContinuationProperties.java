package dev.partnering.jackson;

import dev.partnering.evaluation.IncentiveCalculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.partnering.evaluation.StatementScenarios.figures;
import static dev.partnering.evaluation.StatementScenarios.inputs;
import static dev.partnering.evaluation.StatementScenarios.make;

import java.util.List;

import dev.partnering.evaluation.StatementScenarios.Case;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A statement written to JSON and read back is equal to the one computed, and a month-end chain continued from
 * statements read back gives the whole statement's figures and closing balance (scenarios from the core's
 * {@code StatementScenarios}).
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(dev.partnering.ThoroughTries.class)
class StatementJsonContinuationProperties {

    @Property(tries = 300, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void aStatementReadBackContinuesAsTheWhole(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 14) int months, @ForAll boolean extras) throws Exception {
        Case c = make(seed, currency, months, false, extras);
        net.jqwik.api.Assume.that(c.feesAsSchedule || c.yearCapPct == null);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        List<IncentivePeriod> all = inputs(c, c.periods, false);
        IncentiveStatement whole = calc.calculate(c.agreement, c.scheme, all);
        IncentiveStatement readWhole = JsonTesting.read(JsonTesting.write(whole), IncentiveStatement.class);
        assertEquals(whole, readWhole, "the whole statement read back");
        assertEquals(whole.hashCode(), readWhole.hashCode());
        assertEquals(figures(whole), figures(readWhole));
        IncentiveStatement chain = calc.calculate(c.agreement, c.scheme, all.subList(0, 1));
        for (int i = 1; i < all.size(); i++) {
            IncentiveStatement stored = JsonTesting.read(JsonTesting.write(chain), IncentiveStatement.class);
            assertEquals(chain, stored, "read back after " + i);
            chain = calc.continueFrom(c.agreement, c.scheme, stored, all.get(i));
        }
        assertEquals(figures(whole), figures(chain), "continued from statements read back");
        assertEquals(whole.closingBalance(), chain.closingBalance());
    }
}
