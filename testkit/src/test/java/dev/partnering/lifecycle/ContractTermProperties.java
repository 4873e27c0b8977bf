package dev.partnering.lifecycle;

import dev.partnering.term.ContractTerm;
import dev.partnering.term.ContractTermCalculator;
import dev.partnering.term.TermState;
import dev.partnering.term.TermStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import dev.partnering.ValidationException;
import dev.partnering.testkit.PartneringArbitraries;

class ContractTermProperties {

    /** A term with the exercises recorded so far, and a day to look at it. */
    record Case(ContractTerm term, LocalDate asOf) {
    }

    /** Terms starting on any day from 2000 to 2080 (month ends and leap days included), with up to four options. */
    @Provide
    Arbitrary<ContractTerm> terms() {
        return PartneringArbitraries.contractTerms().startingBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2080, 12, 31));
    }

    /** A term with some options exercised in order, each on a day no later than any deadline, and an as-of date. */
    @Provide
    Arbitrary<Case> cases() {
        return terms().flatMap(term -> {
            LocalDate firstDeadline = IntStream.rangeClosed(1, term.optionCount()).mapToObj(term::deadline)
                    .min(LocalDate::compareTo).orElse(term.startDate());
            long window = ChronoUnit.DAYS.between(term.startDate(), firstDeadline);
            Arbitrary<List<Long>> offsets = Arbitraries.longs().between(0, window).list().ofMaxSize(term.optionCount());
            Arbitrary<LocalDate> asOf = Arbitraries.longs()
                    .between(-400, ChronoUnit.DAYS.between(term.startDate(), term.latestEndDate()) + 400)
                    .map(n -> term.startDate().plusDays(n));
            return Combinators.combine(offsets, asOf).as((offs, day) -> {
                ContractTerm t = term;
                List<Long> sorted = new ArrayList<>(offs);
                sorted.sort(Long::compare);
                for (int i = 0; i < sorted.size(); i++) {
                    t = t.exercise(i + 1, term.startDate().plusDays(sorted.get(i)));
                }
                return new Case(t, day);
            });
        });
    }

    @Property
    void currentEndNeverPrecedesTheInitialEndNorExceedsTheLatestEnd(@ForAll("cases") Case c) {
        TermStatus s = ContractTermCalculator.status(c.term(), c.asOf());
        assertFalse(s.currentEndDate().isBefore(s.initialEndDate()), s::toString);
        assertFalse(s.currentEndDate().isAfter(s.latestEndDate()), s::toString);
        assertFalse(s.latestAttainableEndDate().isBefore(s.currentEndDate()), s::toString);
        assertFalse(s.latestAttainableEndDate().isAfter(s.latestEndDate()), s::toString);
    }

    @Property
    void exercisingOptionsInOrderIsTheOnlyAcceptedOrder(@ForAll("terms") ContractTerm term,
            @ForAll("sequences") List<Integer> sequence) {
        // every exercise on the start date, which is on or before every deadline: only the order can be wrong
        boolean inOrder = IntStream.range(0, sequence.size()).allMatch(i -> sequence.get(i) == i + 1)
                && sequence.size() <= term.optionCount();
        boolean accepted;
        try {
            ContractTerm t = term;
            for (int n : sequence) {
                t = t.exercise(n, term.startDate());
            }
            accepted = true;
        } catch (ValidationException e) {
            accepted = false;
        }
        Statistics.label("accepted").collect(accepted).coverage(c -> {
            c.check(true).percentage(p -> p > 5);
            c.check(false).percentage(p -> p > 5);
        });
        assertEquals(inOrder, accepted, () -> "options " + sequence + " of a term with " + term.optionCount());
    }

    @Provide
    Arbitrary<List<Integer>> sequences() {
        Arbitrary<List<Integer>> inOrder = Arbitraries.integers().between(1, 4)
                .map(n -> IntStream.rangeClosed(1, n).boxed().toList());
        Arbitrary<List<Integer>> any = Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(4);
        return Arbitraries.oneOf(inOrder, any);
    }

    @Property
    void aPassedDeadlineLapsesThatOptionAndEveryLaterOne(@ForAll("cases") Case c) {
        TermStatus s = ContractTermCalculator.status(c.term(), c.asOf());
        int exercised = s.optionsExercised();
        int count = c.term().optionCount();
        boolean deadlinePassed = exercised < count && c.asOf().isAfter(c.term().deadline(exercised + 1));
        List<Integer> expected = deadlinePassed
                ? IntStream.rangeClosed(exercised + 1, count).boxed().toList() : List.of();
        assertEquals(expected, s.lapsedOptions(), s::toString);
        assertEquals(exercised < count && !deadlinePassed, s.nextDecision().isPresent(), s::toString);
    }

    @Property
    void timeRemainingRunsToTheCurrentEndInclusive(@ForAll("cases") Case c) {
        TermStatus s = ContractTermCalculator.status(c.term(), c.asOf());
        LocalDate from = c.asOf().isBefore(c.term().startDate()) ? c.term().startDate() : c.asOf();
        if (s.state() == TermState.ENDED) {
            assertEquals(0, s.daysRemaining());
            assertEquals(Period.ZERO, s.timeRemaining());
        } else {
            assertEquals(s.currentEndDate(), from.plusDays(s.daysRemaining() - 1), s::toString);
            assertEquals(s.currentEndDate(), from.plus(s.timeRemaining()).minusDays(1), s::toString);
            assertTrue(s.isWithinTerm(from));
        }
    }
}
