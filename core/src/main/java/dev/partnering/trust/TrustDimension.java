package dev.partnering.trust;

import java.util.List;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * One dimension of trust that a survey asks about. The five building blocks practitioners name
 * are provided as constants ({@link #LOYALTY}, {@link #INTEGRITY}, {@link #HONESTY},
 * {@link #RECIPROCITY}, {@link #TRANSPARENCY}); an agreement may add its own with
 * {@link #of(String, String)}, e.g. {@code of("pace", "Pace of decisions")}.
 * <p>
 * Two dimensions are equal when their id and name are equal. Within a survey the id is unique.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TrustDimension {

    /** Loyalty: standing by the partnership and the partner when it is inconvenient. */
    public static final TrustDimension LOYALTY = of("loyalty", "Loyalty");
    /** Integrity: doing what was promised, by the agreed rules. */
    public static final TrustDimension INTEGRITY = of("integrity", "Integrity");
    /** Honesty: telling the partner how things are, including bad news. */
    public static final TrustDimension HONESTY = of("honesty", "Honesty");
    /** Reciprocity: give and take in balance; both parties' goals count. */
    public static final TrustDimension RECIPROCITY = of("reciprocity", "Reciprocity");
    /** Transparency: data, methods and intentions open to the partner. */
    public static final TrustDimension TRANSPARENCY = of("transparency", "Transparency");

    TrustDimension() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableTrustDimension.builder();
    }

    /**
     * Obtains a dimension.
     *
     * @param id  the id, letters, digits, '-', '_' and '.', not null
     * @param name  the display name, not blank
     * @return the dimension, never null
     * @throws dev.partnering.ValidationException if the id or name is invalid
     */
    public static TrustDimension of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * @return the five building blocks of trust in a fixed order: loyalty, integrity, honesty,
     *         reciprocity, transparency; never null
     */
    public static List<TrustDimension> buildingBlocks() {
        return List.of(LOYALTY, INTEGRITY, HONESTY, RECIPROCITY, TRANSPARENCY);
    }

    /** @return the id, unique within a survey, e.g. {@code transparency} */
    public abstract String id();

    /** @return the display name, e.g. "Transparency", never blank */
    public abstract String name();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("TrustDimension");
        attrs.required("id", id());
        attrs.required("name", name());
        attrs.throwIfAny();
        Violations v = Violations.of("TrustDimension '" + id() + "'");
        Ids.check(v, "id", id(), "trust dimension");
        v.require(!name().isBlank(), "name", name(), "trust dimension '" + id() + "': name must not be blank");
        v.throwIfAny();
    }

    /**
     * A builder of {@link TrustDimension}; {@code id} and {@code name} are required.
     * <p>
     * Obtained from {@link TrustDimension#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link TrustDimension#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link TrustDimension#name() name} attribute.
         * @param name The value for name (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder name(String name);


        /**
         * @return the TrustDimension, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        TrustDimension build();
    }
}
