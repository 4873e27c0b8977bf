package dev.partnering.amendment;

import dev.partnering.term.ContractTerm;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import dev.partnering.testkit.PartneringArbitraries;

/** The testkit's contract terms, and core's amendment-day generator, for the Jackson module's tests. */
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

    /**
     * @return the testkit's terms with the first 0 to all options exercised, each on its deadline or
     *         up to a year before it, and an as-of day from a year before the start to a year after the latest end
     */
    public static Arbitrary<TermCase> termCases() {
        return PartneringArbitraries.contractTerms().flatMap(term -> Combinators.combine(
                Arbitraries.integers().between(0, term.optionCount()),
                Arbitraries.integers().between(0, 365),
                Arbitraries.integers().between(-365, (int) (term.latestEndDate().toEpochDay() - term.startDate().toEpochDay()) + 365))
                .as((exercised, early, offset) -> new TermCase(exercise(term, exercised, early), term.startDate().plusDays(offset))));
    }

    private static ContractTerm exercise(ContractTerm term, int count, int daysEarly) {
        ContractTerm t = term;
        LocalDate previous = term.startDate();
        for (int n = 1; n <= count; n++) {
            LocalDate day = t.deadline(n).minusDays(daysEarly);
            if (day.isBefore(previous)) {
                day = previous;
            }
            if (day.isAfter(t.deadline(n))) {
                return t; // the deadline falls before the previous exercise: stop here
            }
            t = t.exercise(n, day);
            previous = day;
        }
        return t;
    }
}
