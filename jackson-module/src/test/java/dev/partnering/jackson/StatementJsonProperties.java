package dev.partnering.jackson;

import dev.partnering.ThoroughTries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.evaluation.MultiSupplierIncentiveCalculator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.SharedArbitraries;
import dev.partnering.incentive.SharedArbitraries.StatementCase;
import dev.partnering.testkit.MultiSupplierArbitraries;
import dev.partnering.testkit.MultiSupplierCase;

/**
 * Statements, read through their records' creators and written through their mix-ins, survive a
 * round trip: read back equal, and written again in the same bytes (so a stored statement that a
 * month end continues from is the statement that was computed). Each try computes whole statements,
 * so the default build draws 200 of them; {@code -Pthorough} ten times as many.
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(ThoroughTries.class)
class StatementJsonProperties {

    @Property(tries = 200)
    void incentiveStatementsReadBackEqualAndAreWrittenInTheSameBytes(@ForAll("statements") StatementCase c)
            throws Exception {
        String json = JsonTesting.write(PartneringDocument.of(c.statement()));
        IncentiveStatement back = JsonTesting.read(json, PartneringDocument.class).value(IncentiveStatement.class);
        assertEquals(c.statement(), back);
        assertEquals(json, JsonTesting.write(PartneringDocument.of(back)));
    }

    @Property(tries = 200)
    void multiSupplierStatementsReadBackEqualAndAreWrittenInTheSameBytes(@ForAll("cases") MultiSupplierCase c)
            throws Exception {
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(c.agreement(), c.periods(),
                c.measurements(), List.of(), c.costs());
        String json = JsonTesting.write(s);
        MultiSupplierStatement back = JsonTesting.read(json, MultiSupplierStatement.class);
        assertEquals(s, back);
        assertEquals(json, JsonTesting.write(back));
    }

    @Provide
    Arbitrary<StatementCase> statements() {
        return SharedArbitraries.statements();
    }

    @Provide
    Arbitrary<MultiSupplierCase> cases() {
        return MultiSupplierArbitraries.cases();
    }
}
