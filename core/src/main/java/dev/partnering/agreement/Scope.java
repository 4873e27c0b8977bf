package dev.partnering.agreement;

import java.math.BigDecimal;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;

/**
 * A scope of an agreement: a site, a district or a service line (e.g. one of 200 stations and
 * depots in a facility-management deal) that {@linkplain dev.partnering.kpi.Measurement#scope()
 * measurements} may name. Each scope gets its own scorecard and the scope scorecards roll up to the
 * agreement: weighted by the declared {@link #volume()} of each scope, or equally when no scope
 * declares one (see {@code dev.partnering.evaluation.ScopeScorecardCalculator}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scope {

    Scope() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableScope.builder();
    }

    /**
     * @param id  the id, unique within the agreement, not null
     * @param name  the name, not blank
     * @return a scope without a volume (rolled up with equal weight), never null
     * @throws dev.partnering.ValidationException if an argument breaks a rule
     */
    public static Scope of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * @param id  the id, unique within the agreement, not null
     * @param name  the name, not blank
     * @param volume  the volume the scope weighs with in the roll-up, positive, not null
     * @return the scope, never null
     * @throws dev.partnering.ValidationException if an argument breaks a rule
     */
    public static Scope of(String id, String name, BigDecimal volume) {
        return builder().id(id).name(name).volume(volume).build();
    }

    /** @return the id, unique within the agreement, never null */
    public abstract String id();

    /** @return the name, never blank */
    public abstract String name();

    /**
     * @return the volume the scope weighs with when its scorecard rolls up to the agreement (e.g.
     *         its floor area, its number of tickets or its share of the fee), positive; absent for
     *         equal weights. An agreement declares a volume for every scope or for none.
     */
    public abstract Optional<BigDecimal> volume();

    @Value.Check
    void check() {
        Violations attrs = Violations.of("Scope");
        attrs.required("id", id());
        attrs.required("name", name());
        Limits.check(attrs, "volume", volume().orElse(null));
        attrs.throwIfAny();
        Violations v = Violations.of("Scope '" + id() + "'");
        Ids.check(v, "id", id(), "scope");
        v.require(!name().isBlank(), "name", name(), "scope '" + id() + "': name must not be blank");
        volume().ifPresent(x -> v.require(x.signum() > 0, "volume", x,
                () -> "scope '" + id() + "': volume " + x.toPlainString() + " must be positive"));
        v.throwIfAny();
    }

    /**
     * A builder of {@link Scope}; id and name are required.
     * <p>
     * Obtained from {@link Scope#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param id  the id, unique within the agreement
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param name  the name, not blank
         * @return this builder
         */
        Builder name(String name);

        /**
         * @param volume  the volume, positive
         * @return this builder
         */
        Builder volume(BigDecimal volume);

        /**
         * @param volume  the volume, or empty for equal weights
         * @return this builder
         */
        Builder volume(Optional<? extends BigDecimal> volume);

        /**
         * @return the scope, never null
         * @throws dev.partnering.ValidationException listing every problem of the scope
         */
        Scope build();
    }
}
