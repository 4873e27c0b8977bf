package dev.partnering.jackson;

import java.io.IOException;
import java.util.List;

import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.MultiSupplierBackTest;
import dev.partnering.explanation.Explanation;
import dev.partnering.incentive.MultiSupplierStatement;

/**
 * What is left of the formats of several suppliers in one room on a hand-written writer: the
 * multi-supplier back-test, whose rows per supplier are written as a list of objects naming the supplier (which a mix-in
 * cannot say). The statements of several suppliers are read and written through their mix-ins.
 */
final class MultiSupplierFormats {

    static final ValueWriter<MultiSupplierBackTest> MULTI_BACK_TEST_OUT = MultiSupplierFormats::writeBackTest;
    private static final ValueWriter<BackTest.Row> BACK_TEST_ROW_OUT = Writing.jackson(BackTest.Row.class);
    private static final ValueWriter<MultiSupplierStatement> MULTI_STATEMENT_OUT = Writing.jackson(MultiSupplierStatement.class);
    private static final ValueWriter<Explanation> EXPLANATION_OUT = Writing.jackson(Explanation.class);

    private MultiSupplierFormats() {
    }

    /** A result written only; by hand, as its rows per supplier are written as a list of objects that name the supplier. */
    private static void writeBackTest(Out out, MultiSupplierBackTest t) throws IOException {
        out.begin();
        out.list("suppliers", List.copyOf(t.suppliers().entrySet()), (o, e) -> {
            o.begin();
            o.text("supplierId", e.getKey());
            o.list("rows", e.getValue(), BACK_TEST_ROW_OUT);
            o.end();
        });
        out.list("whole", t.whole(), BACK_TEST_ROW_OUT);
        out.value("current", t.current(), MULTI_STATEMENT_OUT);
        out.value("proposed", t.proposed(), MULTI_STATEMENT_OUT);
        out.value("explanation", t.explanation(), EXPLANATION_OUT);
        out.end();
    }
}
