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
 * years ends on 2028-12-31, the last day the contract is in force.
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

    /** @return the last day of the initial term, inclusive: start + initial duration − 1 day */
    public LocalDate initialEndDate() {
        return startDate().plus(initialDuration()).minusDays(1);
    }

    /** @return the last day of the term if every option is exercised, inclusive */
    public LocalDate latestEndDate() {
        Period total = initialDuration();
        for (ExtensionOption o : extensionOptions()) {
            total = total.plus(o.duration());
        }
        return startDate().plus(total.normalized()).minusDays(1);
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
