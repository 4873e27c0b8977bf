package dev.partnering.improvement;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;

/**
 * An improvement or transformation initiative: what it is, the party that proposed it, the level
 * that decides it (B for continuous improvement, A for transformation), where it stands, the
 * benefit expected and, once delivered, the benefit realised, both exact money, and the id of the
 * gain-share component its realised savings feed, if any.
 * <p>
 * Rules checked when built: valid ids; a title that is not blank; the deciding level B or A (level
 * C implements changes, it does not decide them); a decision day once decided (approved, in
 * progress, delivered or rejected) and a delivery day once delivered, never before the proposal; a
 * realised benefit only when delivered; every amount rounded to its currency's minor unit and in
 * the currency of the expected benefit.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Initiative {

    Initiative() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableInitiative.builder();
    }

    /** @return the id, unique within the backlog, never null */
    public abstract String id();

    /** @return what the initiative is, never blank */
    public abstract String title();

    /** @return the id of the party that proposed it, never null */
    public abstract String proposer();

    /** @return the level that decides it: TACTICAL (B) or STRATEGIC (A), never null */
    public abstract GovernanceLevel decidedBy();

    /** @return where it stands; PROPOSED by default */
    @Value.Default
    public InitiativeStatus status() {
        return InitiativeStatus.PROPOSED;
    }

    /** @return the day it was proposed, never null */
    public abstract LocalDate proposedOn();

    /** @return the day the deciding level approved or rejected it; present once decided */
    public abstract Optional<LocalDate> decidedOn();

    /** @return the day it was delivered; present when DELIVERED, else absent */
    public abstract Optional<LocalDate> deliveredOn();

    /** @return the benefit expected, e.g. yearly savings, never null */
    public abstract Money expectedBenefit();

    /** @return the benefit realised; only when DELIVERED, and then optional until measured */
    public abstract Optional<Money> realisedBenefit();

    /** @return the id of the gain-share component its realised savings feed, if any */
    public abstract Optional<String> gainShare();

    /** @return CONTINUOUS_IMPROVEMENT when decided by level B, TRANSFORMATION when by level A */
    public InitiativeKind kind() {
        return decidedBy() == GovernanceLevel.STRATEGIC ? InitiativeKind.TRANSFORMATION
                : InitiativeKind.CONTINUOUS_IMPROVEMENT;
    }

    /**
     * Where the initiative stood at the end of a day: PROPOSED until its decision day, IN_PROGRESS
     * from then until its delivery day when delivered, else its status.
     *
     * @param date  a day on or after {@link #proposedOn()}, not null
     * @return the status on the day, never null
     */
    public InitiativeStatus statusOn(LocalDate date) {
        if (decidedOn().isEmpty() || decidedOn().get().isAfter(date)) {
            return InitiativeStatus.PROPOSED;
        }
        if (deliveredOn().filter(d -> d.isAfter(date)).isPresent()) {
            return InitiativeStatus.IN_PROGRESS;
        }
        return status();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Initiative");
        attrs.required("id", id());
        attrs.required("title", title());
        attrs.required("proposer", proposer());
        attrs.required("decidedBy", decidedBy());
        attrs.required("status", status());
        attrs.required("proposedOn", proposedOn());
        if (attrs.required("expectedBenefit", expectedBenefit())) {
            Limits.check(attrs, "expectedBenefit", expectedBenefit().amount());
        }
        realisedBenefit().ifPresent(m -> Limits.check(attrs, "realisedBenefit", m.amount()));
        attrs.throwIfAny();
        String it = "initiative '" + id() + "'";
        Violations v = Violations.of("Initiative '" + id() + "'");
        Ids.check(v, "id", id(), "initiative");
        Ids.check(v, "proposer", proposer(), "party");
        gainShare().ifPresent(g -> Ids.check(v, "gainShare", g, "gain-share component"));
        v.require(!title().isBlank(), "title", title(), it + ": title must not be blank");
        v.require(decidedBy() != GovernanceLevel.OPERATIONAL, "decidedBy", decidedBy(), it
                + " is decided by level C; initiatives are decided by level B (continuous improvement) or A (transformation)");
        boolean decided = status() != InitiativeStatus.PROPOSED;
        v.require(decided == decidedOn().isPresent(), "decidedOn", decidedOn().orElse(null), decided
                ? it + " is " + status() + " and needs the day it was decided (decidedOn)"
                : it + " is PROPOSED and cannot have a decision day");
        boolean delivered = status() == InitiativeStatus.DELIVERED;
        v.require(delivered == deliveredOn().isPresent(), "deliveredOn", deliveredOn().orElse(null), delivered
                ? it + " is DELIVERED and needs the day it was delivered (deliveredOn)"
                : it + " is " + status() + " and cannot have a delivery day");
        v.require(delivered || realisedBenefit().isEmpty(), "realisedBenefit", realisedBenefit().orElse(null),
                it + " is " + status() + "; only a delivered initiative realises a benefit");
        decidedOn().ifPresent(d -> v.require(!d.isBefore(proposedOn()), "decidedOn", d, it + " is decided on " + d
                + ", before it was proposed on " + proposedOn()));
        deliveredOn().ifPresent(d -> v.require(!d.isBefore(decidedOn().orElse(proposedOn())), "deliveredOn", d,
                it + " is delivered on " + d + ", before it was decided"));
        checkMoney(v, "expectedBenefit", expectedBenefit(), it);
        realisedBenefit().ifPresent(r -> {
            checkMoney(v, "realisedBenefit", r, it);
            v.require(r.currency().equals(expectedBenefit().currency()), "realisedBenefit", r, it + ": realised benefit "
                    + r + " is not in the currency of the expected benefit " + expectedBenefit());
        });
        v.throwIfAny();
    }

    private static void checkMoney(Violations v, String path, Money m, String it) {
        v.require(m.isRounded(), path, m, it + ": " + path + " " + m + " has more decimals than its currency's minor unit");
    }

    /**
     * A builder of {@link Initiative}; {@code id}, {@code title}, {@code proposer}, {@code decidedBy},
     * {@code proposedOn} and {@code expectedBenefit} are required.
     * <p>
     * Obtained from {@link Initiative#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param id  the id, not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param title  what the initiative is, not blank
         * @return this builder
         */
        Builder title(String title);

        /**
         * @param proposer  the id of the proposing party, not null
         * @return this builder
         */
        Builder proposer(String proposer);

        /**
         * @param decidedBy  the deciding level, TACTICAL or STRATEGIC, not null
         * @return this builder
         */
        Builder decidedBy(GovernanceLevel decidedBy);

        /**
         * @param status  where it stands, not null; PROPOSED if not set
         * @return this builder
         */
        Builder status(InitiativeStatus status);

        /**
         * @param proposedOn  the day it was proposed, not null
         * @return this builder
         */
        Builder proposedOn(LocalDate proposedOn);

        /**
         * @param decidedOn  the day it was decided, not null
         * @return this builder
         */
        Builder decidedOn(LocalDate decidedOn);

        /**
         * @param deliveredOn  the day it was delivered, not null
         * @return this builder
         */
        Builder deliveredOn(LocalDate deliveredOn);

        /**
         * @param expectedBenefit  the benefit expected, not null
         * @return this builder
         */
        Builder expectedBenefit(Money expectedBenefit);

        /**
         * @param realisedBenefit  the benefit realised, not null
         * @return this builder
         */
        Builder realisedBenefit(Money realisedBenefit);

        /**
         * @param gainShare  the id of the gain-share component its realised savings feed, not null
         * @return this builder
         */
        Builder gainShare(String gainShare);

        /**
         * @return the Initiative, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Initiative build();
    }
}
