package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.partnering.party.PartyKind;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;

/**
 * Trust: the writer of a signal tally. Surveys with their scale, dimensions, responses and answers
 * (an answer's dimension by id), the trust policy and behavioural signals are read and written
 * through their mix-ins ({@code RelationshipBuilders} in jackson-common reads them); the trust report
 * and its figures are written through theirs.
 * <p>
 * A signal tally is a result, written only; it keeps a writer here because what it writes comes
 * from methods with a parameter (the counts and in-time share per side), which a mix-in cannot name.
 */
final class TrustFormats {

    private static final ValueWriter<dev.partnering.explanation.Explanation> EXPLANATION_OUT =
            Writing.jackson(dev.partnering.explanation.Explanation.class);

    private TrustFormats() {
    }

    static final ValueWriter<SignalTally> TALLY_OUT = TrustFormats::writeTally;

    /** The counts of one kind of signal in a tally: all sides, and each acting side. */
    private record Count(int total, int customer, int supplier) {
    }

    private static void writeCount(Out out, Count c) throws IOException {
        out.begin();
        out.integer("total", c.total());
        out.integer("customer", c.customer());
        out.integer("supplier", c.supplier());
        out.end();
    }

    private static void writeTally(Out out, SignalTally t) throws IOException {
        Map<SignalKind, Count> counts = new LinkedHashMap<>();
        for (SignalKind k : SignalKind.values()) {
            counts.put(k, new Count(t.count(k), t.count(k, PartyKind.CUSTOMER), t.count(k, PartyKind.SUPPLIER)));
        }
        out.begin();
        out.value("period", t.period(), REPORTING_PERIOD_OUT);
        out.enumMap("counts", SignalKind.class, counts, TrustFormats::writeCount);
        out.opt("inTimeShare", t.inTimeShare(), DECIMAL_OUT);
        out.opt("customerInTimeShare", t.inTimeShare(PartyKind.CUSTOMER), DECIMAL_OUT);
        out.opt("supplierInTimeShare", t.inTimeShare(PartyKind.SUPPLIER), DECIMAL_OUT);
        out.value("explanation", t.explanation(), EXPLANATION_OUT);
        out.end();
    }
}
