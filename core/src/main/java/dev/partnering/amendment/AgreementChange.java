package dev.partnering.amendment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Violations;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.kpi.KpiDefinition;

/**
 * One change an {@link Amendment} makes to an agreement. A closed family:
 * <ul>
 * <li>{@link KpiRevised}: a new version of a KPI (or a new KPI), in force from the amendment's date;</li>
 * <li>{@link TargetChanged}: new thresholds for a KPI, as a new version copied from the one in force;</li>
 * <li>{@link RoleRestaffed}: a governance role gets a new holder;</li>
 * <li>{@link OptionExercised}: the next extension option of the term is exercised on the amendment's date;</li>
 * <li>{@link IncentiveChanged}: the incentive scheme changed. With the new scheme given, the
 *     amended agreement carries it from the amendment's date, so scorecards and incentives for a
 *     later period use it while earlier periods keep the old one; without one, the change is a
 *     note for an agreement that does not carry its scheme.</li>
 * </ul>
 * All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface AgreementChange {

    /**
     * The kind of a change.
     *
     * @since 0.1.0
     */
    enum Kind {
        /** A KPI revised or added. */
        KPI_REVISED,
        /** A KPI's thresholds changed. */
        TARGET_CHANGED,
        /** A role restaffed. */
        ROLE_RESTAFFED,
        /** An extension option exercised. */
        OPTION_EXERCISED,
        /** The incentive scheme changed. */
        INCENTIVE_CHANGED
    }

    /**
     * @param revision  the new KPI version; its effective date must be the amendment's, not null
     * @return the change, never null
     */
    static AgreementChange kpiRevised(KpiDefinition revision) {
        return new KpiRevised(revision);
    }

    /**
     * @param kpiId  the KPI, not null
     * @param minimum  the new minimum, not null
     * @param target  the new target, not null
     * @return a change of thresholds without a stretch, never null
     */
    static AgreementChange targetChanged(String kpiId, BigDecimal minimum, BigDecimal target) {
        return new TargetChanged(kpiId, minimum, target, Optional.empty());
    }

    /**
     * @param kpiId  the KPI, not null
     * @param minimum  the new minimum, not null
     * @param target  the new target, not null
     * @param stretch  the new stretch, not null
     * @return a change of thresholds with a stretch, never null
     */
    static AgreementChange targetChanged(String kpiId, BigDecimal minimum, BigDecimal target, BigDecimal stretch) {
        return new TargetChanged(kpiId, minimum, target, Optional.of(stretch));
    }

    /**
     * @param roleId  the role, not null
     * @param holder  the person who holds it from now on, not blank
     * @return the change, never null
     */
    static AgreementChange roleRestaffed(String roleId, String holder) {
        return new RoleRestaffed(roleId, holder);
    }

    /**
     * @param optionNumber  the option, which must be the next one of the term, at least 1
     * @return the change, never null
     */
    static AgreementChange optionExercised(int optionNumber) {
        return new OptionExercised(optionNumber);
    }

    /**
     * A note that the incentive scheme changed, without the new scheme: for an agreement that does
     * not carry its scheme (it is kept outside the SDK). Applied to an agreement that carries a
     * scheme it is refused, as the history would otherwise keep the old scheme in force; give the
     * new scheme with {@link #incentiveChanged(String, IncentiveScheme)} instead.
     *
     * @param description  what changed in the incentive scheme, not blank
     * @return the change, never null
     */
    static AgreementChange incentiveChanged(String description) {
        return new IncentiveChanged(description);
    }

    /**
     * The incentive scheme is replaced: the amended agreement carries {@code scheme} from the
     * amendment's date, so {@link AgreementHistory#inForceDuring} gives the old scheme for earlier
     * periods and this one for later periods. The scheme is checked against the agreement when the
     * amendment is applied.
     *
     * @param description  what changed, e.g. "gain share raised from 40 % to 50 % of savings", not blank
     * @param scheme  the scheme in force from the amendment's date, not null
     * @return the change, never null
     * @since 0.1.0
     */
    static AgreementChange incentiveChanged(String description, IncentiveScheme scheme) {
        return new IncentiveChanged(description, Optional.of(Objects.requireNonNull(scheme, "scheme")));
    }

    /** @return the kind of change, never null */
    Kind kind();

    /** @return the change in plain language, never null */
    String summary();

    private static void require(boolean ok, String path, Object value, String rule) {
        if (!ok) {
            throw new ValidationException("AgreementChange", List.of(Violation.of(path, value, rule)));
        }
    }

    /**
     * A new version of a KPI, or a new KPI, in force from the amendment's date.
     *
     * @param revision  the new version, not null
     * @since 0.1.0
     */
    record KpiRevised(KpiDefinition revision) implements AgreementChange {

        /**
         * Creates the change.
         *
         * @param revision  the new version, not null
         */
        public KpiRevised {
            Violations.requirePresent("AgreementChange", "revision", revision);
        }

        @Override
        public Kind kind() {
            return Kind.KPI_REVISED;
        }

        @Override
        public String summary() {
            return "kpi '" + revision.id() + "' revised: version " + revision.version() + " from " + revision.effectiveFrom();
        }
    }

    /**
     * New thresholds for a KPI: a new version copied from the one in force on the amendment's
     * date, numbered one above the KPI's highest version.
     *
     * @param kpiId  the KPI, not null
     * @param minimum  the new minimum, not null
     * @param target  the new target, not null
     * @param stretch  the new stretch, if any, not null
     * @since 0.1.0
     */
    record TargetChanged(String kpiId, BigDecimal minimum, BigDecimal target, Optional<BigDecimal> stretch)
            implements AgreementChange {

        /**
         * Creates the change.
         *
         * @param kpiId  the KPI, not null
         * @param minimum  the new minimum, not null
         * @param target  the new target, not null
         * @param stretch  the new stretch, if any, not null
         */
        public TargetChanged {
            Violations.requirePresent("AgreementChange", "kpiId", kpiId, "minimum", minimum, "target", target,
                    "stretch", stretch);
        }

        @Override
        public Kind kind() {
            return Kind.TARGET_CHANGED;
        }

        @Override
        public String summary() {
            return "kpi '" + kpiId + "' thresholds: minimum " + minimum.toPlainString() + ", target " + target.toPlainString()
                    + stretch.map(s -> ", stretch " + s.toPlainString()).orElse(", no stretch");
        }
    }

    /**
     * A governance role gets a new holder.
     *
     * @param roleId  the role, not null
     * @param holder  the new holder, not blank
     * @since 0.1.0
     */
    record RoleRestaffed(String roleId, String holder) implements AgreementChange {

        /**
         * Creates the change.
         *
         * @param roleId  the role, not null
         * @param holder  the new holder, not blank
         * @throws ValidationException if the holder is blank
         */
        public RoleRestaffed {
            Violations.requirePresent("AgreementChange", "roleId", roleId, "holder", holder);
            require(!holder.isBlank(), "holder", holder, "role '" + roleId + "': the new holder must not be blank");
        }

        @Override
        public Kind kind() {
            return Kind.ROLE_RESTAFFED;
        }

        @Override
        public String summary() {
            return "role '" + roleId + "' now held by " + holder;
        }
    }

    /**
     * The next extension option of the term is exercised on the amendment's date.
     *
     * @param optionNumber  the option, at least 1
     * @since 0.1.0
     */
    record OptionExercised(int optionNumber) implements AgreementChange {

        /**
         * Creates the change.
         *
         * @param optionNumber  the option, at least 1
         * @throws ValidationException if the number is below 1
         */
        public OptionExercised {
            require(optionNumber >= 1, "optionNumber", optionNumber,
                    "option number " + optionNumber + " must be at least 1 (options are numbered from 1)");
        }

        @Override
        public Kind kind() {
            return Kind.OPTION_EXERCISED;
        }

        @Override
        public String summary() {
            return "option " + optionNumber + " exercised";
        }
    }

    /**
     * The incentive scheme changed. With a {@linkplain #scheme() scheme}, the amended agreement
     * carries it from the amendment's date; without one, the change is a note for an agreement
     * that does not carry its scheme, and applying it to one that does is refused.
     *
     * @param description  what changed, e.g. "gain share raised from 40 % to 50 % of savings", not blank
     * @param scheme  the scheme in force from the amendment's date, empty for a note only, not null
     * @since 0.1.0
     */
    record IncentiveChanged(String description, Optional<IncentiveScheme> scheme) implements AgreementChange {

        /**
         * Creates the change.
         *
         * @param description  what changed, not blank
         * @param scheme  the new scheme, empty for a note only, not null
         * @throws ValidationException if the description is blank
         */
        public IncentiveChanged {
            Violations.requirePresent("AgreementChange", "description", description, "scheme", scheme);
            require(!description.isBlank(), "description", description, "an incentive change must be described, not blank");
        }

        /**
         * Creates a note-only change, without the new scheme.
         *
         * @param description  what changed, not blank
         * @throws ValidationException if the description is blank
         */
        public IncentiveChanged(String description) {
            this(description, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.INCENTIVE_CHANGED;
        }

        /** @return e.g. {@code incentive scheme: gain share raised from 40 % to 50 % of savings} */
        @Override
        public String summary() {
            return "incentive scheme: " + description;
        }
    }
}
