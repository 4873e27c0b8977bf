package dev.partnering.risk;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.partnering.action.ActionRegister;
import dev.partnering.internal.Violations;

/**
 * The joint risk register: its declared scales of likelihood and impact, the score from which a
 * risk is high, and the risks. A risk's score is likelihood × impact, from 1 to the product of the
 * scales' sizes.
 * <p>
 * Defaults: the five-level scales {@link RiskScale#likelihood()} and {@link RiskScale#impact()},
 * and high from half the highest score, rounded up (13 on five-level scales, where the highest
 * is 25). Rules checked when built: risk ids unique; every likelihood and impact on its scale;
 * {@code highFrom} from 1 to the highest score.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskRegister {

    RiskRegister() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableRiskRegister.builder();
    }

    /** @return the likelihood scale; {@link RiskScale#likelihood()} by default */
    @Value.Default
    public RiskScale likelihoodScale() {
        return RiskScale.likelihood();
    }

    /** @return the impact scale; {@link RiskScale#impact()} by default */
    @Value.Default
    public RiskScale impactScale() {
        return RiskScale.impact();
    }

    /** @return the lowest score of a high risk; half the highest score, rounded up, by default */
    @Value.Default
    public int highFrom() {
        return (maxScore() + 1) / 2;
    }

    /** @return the risks, in declaration order, never null */
    public abstract List<Risk> risks();

    /** @return the highest possible score: the product of the scales' sizes */
    public int maxScore() {
        return likelihoodScale().size() * impactScale().size();
    }

    /**
     * @param id  a risk id, not null
     * @return the risk, if registered
     */
    public Optional<Risk> risk(String id) {
        return risks().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * @param risk  a risk, not null
     * @return true if its score is {@link #highFrom()} or more
     */
    public boolean isHigh(Risk risk) {
        return risk.score() >= highFrom();
    }

    /**
     * Reviews the register on a day against the actions of the forums.
     *
     * @param actions  the action register, whose actions naming a risk are its mitigations, not null
     * @param asOf  the day, not null
     * @return the review, never null
     */
    public RiskReview review(ActionRegister actions, LocalDate asOf) {
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(asOf, "asOf");
        return RiskReview.of(this, actions, asOf);
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("RiskRegister");
        attrs.required("likelihoodScale", likelihoodScale());
        attrs.required("impactScale", impactScale());
        attrs.requiredAll("risks", risks());
        attrs.throwIfAny();
        Violations v = Violations.of("RiskRegister");
        v.require(highFrom() >= 1 && highFrom() <= maxScore(), "highFrom", highFrom(), "a high risk scores from "
                + highFrom() + ", which must be from 1 to the highest score " + maxScore());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < risks().size(); i++) {
            Risk r = risks().get(i);
            String path = "risks[" + i + "]";
            v.require(ids.add(r.id()), path + ".id", r.id(), "risk id '" + r.id() + "' is used more than once");
            v.require(likelihoodScale().contains(r.likelihood()), path + ".likelihood", r.likelihood(), "risk '"
                    + r.id() + "': likelihood " + r.likelihood() + " is not on the scale 1 to " + likelihoodScale().size());
            v.require(impactScale().contains(r.impact()), path + ".impact", r.impact(), "risk '" + r.id()
                    + "': impact " + r.impact() + " is not on the scale 1 to " + impactScale().size());
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link RiskRegister}; every attribute has a default.
     * <p>
     * Obtained from {@link RiskRegister#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param likelihoodScale  the likelihood scale, not null
         * @return this builder
         */
        Builder likelihoodScale(RiskScale likelihoodScale);

        /**
         * @param impactScale  the impact scale, not null
         * @return this builder
         */
        Builder impactScale(RiskScale impactScale);

        /**
         * @param highFrom  the lowest score of a high risk, from 1 to the highest score
         * @return this builder
         */
        Builder highFrom(int highFrom);

        /**
         * @param element  a risk, not null
         * @return this builder
         */
        Builder addRisks(Risk element);

        /**
         * @param elements  risks, not null
         * @return this builder
         */
        Builder addAllRisks(Iterable<? extends Risk> elements);

        /**
         * @return the RiskRegister, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        RiskRegister build();
    }
}
