package dev.partnering.term;

import dev.partnering.internal.Limits;
import java.time.Period;

import org.immutables.value.Value;

import dev.partnering.internal.Periods;
import dev.partnering.internal.Violations;

/**
 * An option to extend a contract term, e.g. one more year, to be exercised at least
 * {@link #noticePeriod()} before the current end date.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExtensionOption {

    ExtensionOption() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableExtensionOption.builder();
    }

    /**
     * @param duration  how long the option extends the term, positive, not null
     * @param noticePeriod  how long before the current end it must be exercised, not negative, not null
     * @return the option, never null
     */
    public static ExtensionOption of(Period duration, Period noticePeriod) {
        return builder().duration(duration).noticePeriod(noticePeriod).build();
    }

    /** @return how long exercising the option extends the term, positive */
    public abstract Period duration();

    /** @return how long before the current end date the option must be exercised, not negative */
    public abstract Period noticePeriod();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ExtensionOption");
        attrs.required("duration", duration());
        attrs.required("noticePeriod", noticePeriod());
        attrs.throwIfAny();
        Violations v = Violations.of("ExtensionOption");
        Limits.checkDuration(v, "duration", duration());
        Limits.checkDuration(v, "noticePeriod", noticePeriod());
        v.require(Periods.isPositive(duration()), "duration", duration(),
                "extension option duration " + duration() + " must be positive");
        v.require(!noticePeriod().isNegative(), "noticePeriod", noticePeriod(),
                "extension option notice period " + noticePeriod() + " must not be negative");
        v.throwIfAny();
    }


    /**
     * A builder of {@link ExtensionOption}; both attributes are required.
     * <p>
     * Obtained from {@link ExtensionOption#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link ExtensionOption#duration() duration} attribute.
         * @param duration The value for duration (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder duration(Period duration);

        /**
         * Initializes the value for the {@link ExtensionOption#noticePeriod() noticePeriod} attribute.
         * @param noticePeriod The value for noticePeriod (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder noticePeriod(Period noticePeriod);


        /**
         * @return the ExtensionOption, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ExtensionOption build();
    }
}
