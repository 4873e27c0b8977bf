package dev.partnering.risk;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * A risk both parties watch: what could happen, the party that owns it, its likelihood and impact
 * as positions on the {@link RiskRegister}'s declared scales (1 the lowest), the day it was
 * identified, the day it was last reviewed and the day by which it must next be reviewed.
 * Mitigations are the actions that name the risk ({@code Action.risk()}).
 * <p>
 * Rules checked when built: valid ids, a title that is not blank, positions of at least 1, review
 * days not before the day the risk was identified. The register checks the positions against its
 * scales.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Risk {

    Risk() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableRisk.builder();
    }

    /** @return the id, unique within the register, never null */
    public abstract String id();

    /** @return what could happen, never blank */
    public abstract String title();

    /** @return the id of the party that owns the risk, never null */
    public abstract String owner();

    /** @return the likelihood, a position on the register's likelihood scale (1 the lowest) */
    public abstract int likelihood();

    /** @return the impact, a position on the register's impact scale (1 the lowest) */
    public abstract int impact();

    /** @return the day the risk was identified, never null */
    public abstract LocalDate identifiedOn();

    /** @return the day it was last reviewed, if it has been */
    public abstract Optional<LocalDate> lastReviewed();

    /** @return the day by which it must next be reviewed, never null */
    public abstract LocalDate reviewBy();

    /** @return whether it is still watched; OPEN by default */
    @Value.Default
    public RiskStatus status() {
        return RiskStatus.OPEN;
    }

    /** @return likelihood × impact, the risk's score */
    public int score() {
        return likelihood() * impact();
    }

    /**
     * @param date  a day, not null
     * @return true if the risk is open and its review day has passed by the day
     */
    public boolean isUnreviewedOn(LocalDate date) {
        return status() == RiskStatus.OPEN && reviewBy().isBefore(date);
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Risk");
        attrs.required("id", id());
        attrs.required("title", title());
        attrs.required("owner", owner());
        attrs.required("identifiedOn", identifiedOn());
        attrs.required("reviewBy", reviewBy());
        attrs.required("status", status());
        attrs.throwIfAny();
        String it = "risk '" + id() + "'";
        Violations v = Violations.of("Risk '" + id() + "'");
        Ids.check(v, "id", id(), "risk");
        Ids.check(v, "owner", owner(), "party");
        v.require(!title().isBlank(), "title", title(), it + ": title must not be blank");
        v.require(likelihood() >= 1, "likelihood", likelihood(), it + ": likelihood " + likelihood()
                + " must be a position on the scale, 1 or more");
        v.require(impact() >= 1, "impact", impact(), it + ": impact " + impact() + " must be a position on the scale, 1 or more");
        v.require(!reviewBy().isBefore(identifiedOn()), "reviewBy", reviewBy(), it + " is to be reviewed by "
                + reviewBy() + ", before it was identified on " + identifiedOn());
        lastReviewed().ifPresent(r -> v.require(!r.isBefore(identifiedOn()), "lastReviewed", r, it
                + " was last reviewed on " + r + ", before it was identified on " + identifiedOn()));
        v.throwIfAny();
    }

    /**
     * A builder of {@link Risk}; all attributes but {@code lastReviewed} and {@code status} are required.
     * <p>
     * Obtained from {@link Risk#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param id  the id, not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param title  what could happen, not blank
         * @return this builder
         */
        Builder title(String title);

        /**
         * @param owner  the id of the owning party, not null
         * @return this builder
         */
        Builder owner(String owner);

        /**
         * @param likelihood  the position on the likelihood scale, 1 or more
         * @return this builder
         */
        Builder likelihood(int likelihood);

        /**
         * @param impact  the position on the impact scale, 1 or more
         * @return this builder
         */
        Builder impact(int impact);

        /**
         * @param identifiedOn  the day the risk was identified, not null
         * @return this builder
         */
        Builder identifiedOn(LocalDate identifiedOn);

        /**
         * @param lastReviewed  the day it was last reviewed, not null
         * @return this builder
         */
        Builder lastReviewed(LocalDate lastReviewed);

        /**
         * @param reviewBy  the day by which it must next be reviewed, not null
         * @return this builder
         */
        Builder reviewBy(LocalDate reviewBy);

        /**
         * @param status  whether it is still watched, not null; OPEN if not set
         * @return this builder
         */
        Builder status(RiskStatus status);

        /**
         * @return the Risk, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Risk build();
    }
}
