package dev.partnering.testkit.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.testkit.ContractTermArbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link ContractTermArbitrary} behind {@code PartneringArbitraries.contractTerms()}. */
public final class DefaultContractTermArbitrary extends ArbitraryDecorator<ContractTerm> implements ContractTermArbitrary {

    private static final LocalDate READABLE_START = LocalDate.of(2026, 1, 1);

    private LocalDate first = LocalDate.of(2020, 1, 1);
    private LocalDate last = LocalDate.of(2030, 12, 31);
    private int minOptions = 0;
    private int maxOptions = 4;

    @Override
    protected Arbitrary<ContractTerm> arbitrary() {
        long target = Math.max(first.toEpochDay(), Math.min(last.toEpochDay(), READABLE_START.toEpochDay()));
        Arbitrary<LocalDate> starts = Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay())
                .shrinkTowards(target).map(LocalDate::ofEpochDay);
        return Combinators.combine(starts, initialDurations(), options().list().ofMinSize(minOptions).ofMaxSize(maxOptions))
                .as((start, initial, opts) -> ContractTerm.of(start, initial, opts.toArray(ExtensionOption[]::new)));
    }

    /** @return whole years, whole months, or years, months and days; never shorter than six months */
    private static Arbitrary<Period> initialDurations() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 6).map(Period::ofYears),
                Arbitraries.integers().between(6, 40).map(Period::ofMonths),
                Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(6, 30),
                        Arbitraries.integers().between(0, 27)).as(Period::of));
    }

    /**
     * Options of 1 to 3 years or 3 to 18 months, with at most three months' notice: an initial
     * term of at least six months keeps every deadline on or after the start.
     */
    private static Arbitrary<ExtensionOption> options() {
        Arbitrary<Period> notice = Arbitraries.oneOf(Arbitraries.integers().between(0, 3).map(Period::ofMonths),
                Arbitraries.integers().between(0, 90).map(Period::ofDays));
        Arbitrary<Period> duration = Arbitraries.oneOf(Arbitraries.integers().between(1, 3).map(Period::ofYears),
                Arbitraries.integers().between(3, 18).map(Period::ofMonths));
        return Combinators.combine(duration, notice).as(ExtensionOption::of);
    }

    @Override
    public ContractTermArbitrary startingBetween(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Checks.require(!first.isAfter(last), "contractTerms().startingBetween(" + first + ", " + last
                + "): the first start must not be after the last");
        DefaultContractTermArbitrary clone = typedClone();
        clone.first = first;
        clone.last = last;
        return clone;
    }

    @Override
    public ContractTermArbitrary startingOn(LocalDate start) {
        return startingBetween(start, start);
    }

    @Override
    public ContractTermArbitrary withOptions(int min, int max) {
        Checks.require(min >= 0 && max >= min, "contractTerms().withOptions(" + min + ", " + max
                + "): the counts must be at least 0, the maximum not below the minimum");
        DefaultContractTermArbitrary clone = typedClone();
        clone.minOptions = min;
        clone.maxOptions = max;
        return clone;
    }
}
