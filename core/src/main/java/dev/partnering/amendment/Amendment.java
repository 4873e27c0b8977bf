package dev.partnering.amendment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * A dated, described change to an agreement, e.g. "Annual KPI review" effective 2027-01-01,
 * revising a target and restaffing a role. Applied through
 * {@link AgreementHistory#amend(Amendment)}, it creates the agreement's next version, in force from
 * {@link #effectiveFrom()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Amendment {

    Amendment() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableAmendment.builder();
    }

    /**
     * @param effectiveFrom  the first day the amended terms apply, not null
     * @param description  what the amendment is about, not blank
     * @param changes  the changes, at least one, not null
     * @return the amendment, never null
     */
    public static Amendment of(LocalDate effectiveFrom, String description, AgreementChange... changes) {
        return builder().effectiveFrom(effectiveFrom).description(description).addAllChanges(Arrays.asList(changes)).build();
    }

    /** @return the first day the amended terms apply, never null */
    public abstract LocalDate effectiveFrom();

    /** @return what the amendment is about, e.g. "Annual KPI review", never blank */
    public abstract String description();

    /** @return the changes, applied in order, at least one, never null */
    public abstract List<AgreementChange> changes();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Amendment");
        attrs.required("effectiveFrom", effectiveFrom());
        attrs.required("description", description());
        attrs.requiredAll("changes", changes());
        attrs.throwIfAny();
        Violations v = Violations.of("Amendment of " + effectiveFrom());
        v.require(!description().isBlank(), "description", description(), "an amendment must be described, not blank");
        v.require(!changes().isEmpty(), "changes", "[]", "amendment '" + description() + "' must make at least one change");
        v.throwIfAny();
    }

    /** @return e.g. {@code 2027-01-01: Annual KPI review} */
    @Override
    public String toString() {
        return effectiveFrom() + ": " + description();
    }

    /**
     * A builder of {@link Amendment}; effectiveFrom, description and at least one change are required.
     * <p>
     * Obtained from {@link Amendment#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Amendment#effectiveFrom() effectiveFrom} attribute.
         * @param effectiveFrom The value for effectiveFrom (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder effectiveFrom(LocalDate effectiveFrom);

        /**
         * Initializes the value for the {@link Amendment#description() description} attribute.
         * @param description The value for description (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder description(String description);

        /**
         * Adds one element to {@link Amendment#changes() changes} list.
         * @param element A changes element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addChanges(AgreementChange element);

        /**
         * Adds elements to {@link Amendment#changes() changes} list.
         * @param elements An array of changes elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addChanges(AgreementChange... elements);

        /**
         * Adds elements to {@link Amendment#changes() changes} list.
         * @param elements An iterable of changes elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllChanges(Iterable<? extends AgreementChange> elements);


        /**
         * @return the Amendment, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Amendment build();
    }
}
