package dev.partnering.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * The term of a contract: a start date, an initial duration (e.g. 3 years) and an ordered list
 * of extension options (e.g. 1 year, then 1 more year: "3+1+1").
 * <p>
 * End dates are <em>inclusive</em>: a term starting 2026-01-01 with an initial duration of 3
 * years ends on 2028-12-31, the last day the contract is in force. When the anniversary does not
 * exist in the final month (a start on 29 February, or on the 31st with a duration in months),
 * the term ends on the last day of that month: 2024-02-29 + 3 years ends on 2027-02-28.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ContractTerm {

    ContractTerm() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the first day of the contract, never null */
    public abstract LocalDate startDate();

    /** @return the initial duration before any option, positive, never null */
    public abstract Period initialDuration();

    /** @return the extension options in the order they can be exercised, never null */
    public abstract List<ExtensionOption> extensionOptions();

    /**
     * @return the last day of the initial term, inclusive: the day before the anniversary
     *         start + initial duration, or the last day of the month when that anniversary does
     *         not exist (2024-02-29 + 3 years ends 2027-02-28)
     */
    public LocalDate initialEndDate() {
        return lastDayOf(initialDuration());
    }

    /** @return the last day of the term if every option is exercised, inclusive, by the same rule */
    public LocalDate latestEndDate() {
        Period total = initialDuration();
        for (ExtensionOption o : extensionOptions()) {
            total = total.plus(o.duration());
        }
        return lastDayOf(total);
    }

    private LocalDate lastDayOf(Period length) {
        LocalDate start = startDate();
        LocalDate afterMonths = start.plusMonths(length.toTotalMonths());
        // plusMonths clamps a day that the target month lacks (29-31) to its last day; that last
        // day is then the final day of the term, not the day before it
        LocalDate anniversary = afterMonths.getDayOfMonth() < start.getDayOfMonth() ? afterMonths.plusDays(1) : afterMonths;
        return anniversary.plusDays(length.getDays()).minusDays(1);
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("ContractTerm");
        v.require(ExtensionOption.isPositive(initialDuration()), "initialDuration", initialDuration(),
                "initial duration " + initialDuration() + " must be positive");
        v.throwIfAny();
    }

    /** A builder of {@link ContractTerm}; startDate and initialDuration are required. */
    public static final class Builder extends ImmutableContractTerm.Builder {
        Builder() {
        }
    }
}
