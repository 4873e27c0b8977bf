package dev.partnering.lifecycle;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitrary;

/** Core's contract term generators ({@code ContractTermProperties}) for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /**
     * A term with options exercised in order and a day to look at it.
     *
     * @param term  the term
     * @param asOf  the day
     */
    public record TermCase(ContractTerm term, LocalDate asOf) {
    }

    /** @return distinct day offsets after the lifecycle fixture's start, in order, one amendment each */
    public static Arbitrary<List<Integer>> amendmentDays() {
        return new AgreementHistoryProperties().amendmentDays();
    }

    /** @return terms from 2000 to 2080 with up to four options, some exercised, and an as-of day around them */
    public static Arbitrary<TermCase> termCases() {
        return new ContractTermProperties().cases().map(c -> new TermCase(c.term(), c.asOf()));
    }
}
