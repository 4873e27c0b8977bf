package dev.partnering.testkit;

import java.time.LocalDate;

import dev.partnering.term.ContractTerm;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link ContractTerm}s with no option exercised yet: by default starting on any day from
 * 2020 to 2030 (month ends and leap days included), an initial duration of years, months or a
 * mix with days, and up to four extension options with notice periods of months or days. Every
 * option's deadline falls on or after the start. Terms shrink toward a start on 2026-01-01, a
 * one-year initial duration and no options.
 * <p>
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface ContractTermArbitrary extends Arbitrary<ContractTerm> {

    /**
     * @param first  the earliest start date, not null
     * @param last  the latest start date, not before {@code first}, not null
     * @return an arbitrary of terms starting within those dates, never null
     */
    ContractTermArbitrary startingBetween(LocalDate first, LocalDate last);

    /**
     * @param start  the start date of every term, not null
     * @return an arbitrary of terms starting on that day, never null
     */
    ContractTermArbitrary startingOn(LocalDate start);

    /**
     * @param min  the fewest extension options, at least 0
     * @param max  the most extension options, at least {@code min}
     * @return an arbitrary of terms with that many options, never null
     */
    ContractTermArbitrary withOptions(int min, int max);
}
