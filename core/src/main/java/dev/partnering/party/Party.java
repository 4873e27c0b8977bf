package dev.partnering.party;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * A customer or supplier in a partnership, identified within its agreement by {@link #id()}.
 * <p>
 * A supplier may be marked {@link #isLead() lead}: the one that integrates the other suppliers'
 * work. An agreement allows at most one lead; a customer is never lead.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Party {

    Party() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableParty.builder();
    }

    /**
     * Obtains a customer.
     *
     * @param id  the id, not blank
     * @param name  the display name, not blank
     * @return the party, never null
     */
    public static Party customer(String id, String name) {
        return builder().id(id).name(name).kind(PartyKind.CUSTOMER).build();
    }

    /**
     * Obtains a supplier that is not lead.
     *
     * @param id  the id, not blank
     * @param name  the display name, not blank
     * @return the party, never null
     */
    public static Party supplier(String id, String name) {
        return builder().id(id).name(name).kind(PartyKind.SUPPLIER).build();
    }

    /**
     * Obtains the lead (integrating) supplier.
     *
     * @param id  the id, not blank
     * @param name  the display name, not blank
     * @return the party, never null
     */
    public static Party leadSupplier(String id, String name) {
        return builder().id(id).name(name).kind(PartyKind.SUPPLIER).lead(true).build();
    }

    /** @return the id, unique within the agreement; letters, digits, '-', '_' and '.' */
    public abstract String id();

    /** @return the display name, never blank */
    public abstract String name();

    /** @return the side the party stands on, never null */
    public abstract PartyKind kind();

    /** @return true if this supplier leads and integrates the other suppliers; false by default */
    @Value.Default
    public boolean isLead() {
        return false;
    }

    @Value.Check
    void check() {
        // every violation at once: first the structure (every required attribute present), then each rule
        // whose attributes are there to judge it
        Violations attrs = Violations.of("Party");
        boolean hasId = attrs.required("id", id());
        boolean hasName = attrs.required("name", name());
        boolean hasKind = attrs.required("kind", kind());
        // the subject of a party refused for its structure is "Party", as before; without an id a rule reads
        // "party" instead of "party 'null'"
        Violations v = attrs.isEmpty() ? Violations.of("Party '" + id() + "'") : attrs;
        String what = hasId ? "party '" + id() + "'" : "party";
        if (hasId) {
            Ids.check(v, "id", id(), "party");
        }
        if (hasName) {
            v.require(!name().isBlank(), "name", name(), () -> what + ": name must not be blank");
        }
        if (hasKind) {
            v.require(!isLead() || kind() == PartyKind.SUPPLIER, "lead", true,
                    () -> what + ": only a supplier can be lead, not a " + kind());
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link Party}; {@code id}, {@code name} and {@code kind} are required.
     * <p>
     * Obtained from {@link Party#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Party#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link Party#name() name} attribute.
         * @param name The value for name (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder name(String name);

        /**
         * Initializes the value for the {@link Party#kind() kind} attribute.
         * @param kind The value for kind (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder kind(PartyKind kind);

        /**
         * Initializes the value for the {@link Party#isLead() lead} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Party#isLead() lead}.</em>
         * @param lead The value for lead 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder lead(boolean lead);


        /**
         * @return the Party, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Party build();
    }
}
