package dev.partnering.internal;

import java.util.Objects;

/**
 * A capability a public type hands to the core's other packages without making it public API (the
 * JDK's "shared secrets" pattern): the type's static initialiser installs it, a class in a
 * non-exported package reads it. Used for what only the SDK may make: lazy explanation steps,
 * governance reports. This class is thread-safe.
 *
 * @param <T>  the capability, usually a factory
 */
public final class Secret<T> {

    /**
     * The lazy-step factory of {@code dev.partnering.explanation.Step}, installed by its static
     * initialiser and used by {@code explanation.internal.LazySteps}. It is held here, at the bottom of
     * the core, so that {@code explanation} and {@code explanation.internal} do not depend on each
     * other; its type names only JDK types for the same reason.
     */
    public static final Secret<java.util.function.Function<java.util.function.Supplier<?>, Object>> LAZY_STEP =
            new Secret<>("dev.partnering.explanation.Step");

    /**
     * The lazy-explanation factory of {@code dev.partnering.explanation.Explanation} (from a supplier of the
     * explanation, computed when first read), installed by its static initialiser and used by
     * {@code explanation.internal.LazySteps}; typed with JDK types for the same reason as {@link #LAZY_STEP}.
     */
    public static final Secret<java.util.function.Function<java.util.function.Supplier<?>, Object>> LAZY_EXPLANATION =
            new Secret<>("dev.partnering.explanation.Explanation");

    /** The trusted factory of {@code dev.partnering.scorecard.ScorecardLine} (see {@link LineMaker}). */
    public static final Secret<LineMaker> SCORECARD_LINE = new Secret<>("dev.partnering.scorecard.ScorecardLine");

    /**
     * Makes a {@code dev.partnering.scorecard.ScorecardLine} from figures the calculator made already in
     * canonical form, without canonicalising them again (the public constructor does). The arguments
     * are the line's components, an absent figure as null; typed with JDK types and {@code Object} so
     * that this package depends on no domain package. Installed by the line's static initialiser, used
     * by {@code evaluation.ScorecardCalculator} only.
     */
    @FunctionalInterface
    public interface LineMaker {
        /**
         * @param kpiId  the KPI id
         * @param definition  the {@code Optional<KpiDefinition>} of the version applied
         * @param aggregation  the {@code Aggregation}, or null
         * @param value  the value scored, canonical, or null
         * @param valueFrom  the {@code ReportingPeriod} the value comes from, or null
         * @param attainment  the attainment, canonical, or null
         * @param weight  the weight
         * @param contribution  the contribution, canonical, or null
         * @param status  the {@code KpiStatus}
         * @param counted  true if the line takes part in the weighting
         * @param explanation  the {@code Step}
         * @return the line
         */
        Object make(String kpiId, java.util.Optional<?> definition, Object aggregation, java.math.BigDecimal value,
                Object valueFrom, java.math.BigDecimal attainment, java.math.BigDecimal weight,
                java.math.BigDecimal contribution, Object status, boolean counted, Object explanation);
    }

    /**
     * The parts of a counted {@code dev.partnering.scorecard.ScorecardLine} in the calculator's series form, made
     * when the line first reads them from its cell: its {@code Aggregation}, its {@code Attainment} and its
     * explanation {@code Step}, each equal to what the calculator would make at once. Implemented by
     * {@code evaluation.ScorecardSeries}.
     */
    public interface LineParts {
        /**
         * @param cell  the line's cell
         * @return the line's {@code Aggregation}
         */
        Object aggregation(int cell);

        /**
         * @param cell  the line's cell
         * @param aggregation  the line's {@code Aggregation}, as {@link #aggregation} made it
         * @return the line's {@code Attainment}
         */
        Object attainment(int cell, Object aggregation);

        /**
         * @param cell  the line's cell
         * @return the value of the line's attainment, equal to the {@code Attainment}'s that {@link #attainment}
         *         makes, without making the aggregation or the attainment
         */
        java.math.BigDecimal attainmentValue(int cell);

        /**
         * @param cell  the line's cell
         * @param aggregation  the line's {@code Aggregation}
         * @param attainment  the line's {@code Attainment}
         * @return the line's explanation {@code Step}
         */
        Object explanation(int cell, Object aggregation, Object attainment);
    }

    /** Makes a {@code dev.partnering.scorecard.ScorecardLine} in the series form (see {@link LineParts}). */
    @FunctionalInterface
    public interface SeriesLineMaker {
        /**
         * @param kpiId  the KPI id
         * @param definition  the {@code Optional<KpiDefinition>} of the version applied
         * @param valueFrom  the {@code ReportingPeriod} the value comes from
         * @param weight  the weight
         * @param contribution  the contribution's unscaled value
         * @param contributionScale  the contribution's scale
         * @param status  the {@code KpiStatus}
         * @param parts  the cells that make the line's parts
         * @param cell  the line's cell
         * @return the line
         */
        Object make(String kpiId, java.util.Optional<?> definition, Object valueFrom, java.math.BigDecimal weight,
                long contribution, int contributionScale, Object status, LineParts parts, int cell);
    }

    /** The series-form factory of {@code dev.partnering.scorecard.ScorecardLine} (see {@link SeriesLineMaker}). */
    public static final Secret<SeriesLineMaker> SERIES_SCORECARD_LINE =
            new Secret<>("dev.partnering.scorecard.ScorecardLine");


    /**
     * The value of a {@code dev.partnering.kpi.Aggregation} held in fixed point, read without making its
     * {@code BigDecimal}: its unscaled value shifted left by five bits with its scale in the low five bits,
     * or {@code Long.MIN_VALUE} if the aggregation does not hold its value so (then read {@code value()}).
     * Installed by the aggregation's static initialiser, used by {@code evaluation.ScorecardCalculator}.
     */
    public static final Secret<java.util.function.ToLongFunction<Object>> AGGREGATION_VALUE =
            new Secret<>("dev.partnering.kpi.Aggregation");

    /**
     * Makes a {@code dev.partnering.kpi.Attainment} from its value in fixed point, computed by the caller
     * as {@code Attainment.of} computes it: its {@code BigDecimal} and its explanation are made when read.
     * Installed by the attainment's static initialiser, used by {@code evaluation.ScorecardCalculator}.
     */
    @FunctionalInterface
    public interface AttainmentMaker {
        /**
         * @param kpi  the {@code KpiDefinition}
         * @param aggregation  the {@code Aggregation} whose value is the period value scored
         * @param decimals  the attainment's declared decimals
         * @param unscaled  the attainment's unscaled value at {@code decimals}
         * @return the attainment
         */
        Object make(Object kpi, Object aggregation, int decimals, long unscaled);
    }

    /**
     * The fixed-point form of a {@code dev.partnering.kpi.KpiDefinition} ({@link ScaledKpi}, the attainment at
     * the default 6 decimals), made when the definition is built, or null where it has none. Installed by the
     * definition's static initialiser, used by {@code evaluation.KpiVersionIndex}.
     */
    public static final Secret<java.util.function.Function<Object, ScaledKpi>> KPI_FIXED_POINT =
            new Secret<>("dev.partnering.kpi.KpiDefinition");

    /** The lazy factory of {@code dev.partnering.kpi.Attainment} (see {@link AttainmentMaker}). */
    public static final Secret<AttainmentMaker> LAZY_ATTAINMENT = new Secret<>("dev.partnering.kpi.Attainment");

    /**
     * The factory of {@code dev.partnering.governance.GovernanceReport} from its parts (an array in the
     * order of {@code governance.internal.GovernanceReports.of}), installed by the report's static
     * initialiser and used by {@code GovernanceReports}; held here, with JDK types only, so that
     * {@code governance} and {@code governance.internal} do not depend on each other.
     */
    public static final Secret<java.util.function.Function<Object[], Object>> GOVERNANCE_REPORT =
            new Secret<>("dev.partnering.governance.GovernanceReport");

    /**
     * Reads what a credit trigger needs of a scorecard line (its status, whether it is counted, how its
     * attainment compares with one) without making the line: from the calculator's cells where the line is
     * held in primitive form. Installed by {@code dev.partnering.scorecard.Scorecard}'s static initialiser,
     * used by the incentive components.
     */
    public interface LineFigures {
        /** Nothing known of a line's figures: read the line itself. */
        long UNKNOWN = Long.MIN_VALUE;

        /**
         * @param scorecard  the {@code Scorecard}, not null
         * @param kpiId  a KPI id, not null
         * @return the line's figures as {@link #encode} packs them, -1 if the scorecard has no line of the KPI
         */
        int of(Object scorecard, String kpiId);

        /**
         * @param scorecard  the {@code Scorecard}, not null
         * @param index  the index of one of its lines
         * @return the figures of the line at the index, as {@link #encode} packs them
         */
        int at(Object scorecard, int index);

        /**
         * @param scorecard  the {@code Scorecard}, not null
         * @param index  the index of one of its lines
         * @return the KPI id of the line at the index, never null
         */
        String kpiIdAt(Object scorecard, int index);

        /**
         * @param statusOrdinal  the {@code KpiStatus}'s ordinal
         * @param counted  whether the line is counted
         * @param attainmentZero  whether its attainment is zero (false when not counted)
         * @param attainmentVsOne  its attainment compared with one, -1, 0 or 1 (0 when not counted)
         * @return the figures packed in a non-negative int
         */
        static int encode(int statusOrdinal, boolean counted, boolean attainmentZero, int attainmentVsOne) {
            return statusOrdinal << 4 | (counted ? 8 : 0) | (attainmentZero ? 4 : 0) | (attainmentVsOne + 1);
        }

        /** @return the status's ordinal of packed figures */
        static int statusOrdinal(int figures) {
            return figures >>> 4;
        }

        /** @return whether the line of packed figures is counted */
        static boolean counted(int figures) {
            return (figures & 8) != 0;
        }

        /** @return whether the attainment of packed figures is zero */
        static boolean attainmentZero(int figures) {
            return (figures & 4) != 0;
        }

        /** @return the attainment of packed figures compared with one: -1, 0 or 1 */
        static int attainmentVsOne(int figures) {
            return (figures & 3) - 1;
        }
    }

    /** The reader of a scorecard line's figures (see {@link LineFigures}). */
    public static final Secret<LineFigures> LINE_FIGURES = new Secret<>("dev.partnering.scorecard.Scorecard");

    /**
     * Makes the {@code dev.partnering.incentive.CarriedPeriod}s of a closing balance with the KPIs' statuses as
     * an array over KPI ids checked once (not a map built, copied and checked per period). Installed by the
     * carried period's static initialiser, used by {@code incentive.internal.Closing}; typed with JDK types and
     * {@code Object} so that this package depends on no domain package.
     *
     * @since 0.1.0
     */
    public interface CarriedPeriodMaker {
        /**
         * @param kpiIds  KPI ids, in the order of the statuses to come
         * @return the ids, checked once (each a valid id, none twice), to pass to {@link #make}; null if they
         *         break a rule (then build the periods with the builder, which names it)
         */
        Object kpiIds(String[] kpiIds);

        /**
         * Makes the carried period the builder would make of the same parts (the amounts put in their
         * iteration order, the credits added in order, the statuses put in the order of the ids), or throws
         * what the builder would throw.
         *
         * @param period  the {@code ReportingPeriod}
         * @param charge  the charge {@code Money}, or null
         * @param amounts  per component id, the {@code Money} amount, in the order they are put (the maker may keep
         *        the map: the caller no longer changes it)
         * @param credits  the {@code CarriedCredit}s, in order
         * @param kpiIds  what {@link #kpiIds} returned, not null
         * @param statuses  the {@code KpiStatus} of each of the ids, as long as the ids (the maker keeps it)
         * @param score  the score, or null
         * @param limits  the {@code NetLimits}
         * @return the carried period
         */
        Object make(Object period, Object charge, java.util.Map<String, ?> amounts, java.util.List<?> credits,
                Object kpiIds, Object[] statuses, java.math.BigDecimal score, Object limits);
    }

    /**
     * True for an earlier period the incentive calculator made ({@code incentive.internal.PastPeriod} or
     * {@code CarriedPast}), whose {@code net}, {@code netFor}, {@code netEffectOf} and {@code amountOf} are those of
     * {@code IncentiveContext.Past}, so that a component may compute them from the gross, the amount and the limits
     * in another form. Installed by {@code PastPeriod}'s static initialiser, used by the incentive components.
     */
    public static final Secret<java.util.function.Predicate<Object>> DEFAULT_PAST =
            new Secret<>("dev.partnering.incentive.internal.PastPeriod");

    /**
     * True for the incentive calculator's own context ({@code incentive.internal.PeriodContext}) whose earlier periods
     * are its list in strictly ascending order: then the earlier period of a period is found by walking that list
     * from its end, and its {@code feeOf(p)} is the period's fee for the period itself, else the fee of the earlier
     * period {@code p} where that has one, else what {@code feeOf(p)} itself answers; so that a component may read
     * the earlier periods by position. Installed by {@code PeriodContext}'s static initialiser, used by the incentive
     * components.
     */
    public static final Secret<java.util.function.Predicate<Object>> POSITIONAL_CONTEXT =
            new Secret<>("dev.partnering.incentive.internal.PeriodContext");

    /** The trusted factory of {@code dev.partnering.incentive.CarriedPeriod} (see {@link CarriedPeriodMaker}). */
    public static final Secret<CarriedPeriodMaker> CARRIED_PERIOD = new Secret<>("dev.partnering.incentive.CarriedPeriod");

    private final String owner;
    private volatile T value;

    /**
     * @param owner  the class whose static initialiser installs the capability, not null
     */
    public Secret(Class<?> owner) {
        this(Objects.requireNonNull(owner, "owner").getName());
    }

    /**
     * @param ownerName  the binary name of the core class whose static initialiser installs the
     *        capability, not null; for a capability held below the owner's package
     */
    public Secret(String ownerName) {
        this.owner = Objects.requireNonNull(ownerName, "ownerName");
    }

    /**
     * Called once, by the owner's static initialiser.
     *
     * @param capability  the capability, not null
     * @throws IllegalStateException if one is already installed
     */
    public synchronized void install(T capability) {
        Objects.requireNonNull(capability, "capability");
        if (value != null) {
            throw new IllegalStateException(owner + " has already installed its capability");
        }
        value = capability;
    }

    /**
     * @return the capability, initialising the owner first if needed, never null
     */
    public T get() {
        T v = value;
        if (v == null) {
            try {
                Class.forName(owner, true, Secret.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            v = value;
        }
        return Objects.requireNonNull(v, () -> owner + " installed no capability");
    }
}
