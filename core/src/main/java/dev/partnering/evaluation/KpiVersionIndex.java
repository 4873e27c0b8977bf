package dev.partnering.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;

/**
 * The KPI versions of one agreement for one calculation: per KPI its versions by effective date
 * (as epoch days, so finding the version in force is a comparison of {@code long}s), and per version
 * what every period of a series shares: the {@code Optional} of the version, its explanation step,
 * the warnings that depend on the version alone. Made once per {@code calculate} call, read by
 * every period of it; the figures it hands out are the ones the agreement gives, only not made
 * again for each period.
 * <p>
 * Not thread-safe: one calculation, one thread.
 */
final class KpiVersionIndex {

    /** One KPI's versions, oldest first, with what is shared per version. */
    static final class Versions {
        final long[] from;
        final KpiDefinition[] versions;
        final Object[][] shared;
        /** What the lines of each version share in a scorecard series, made when first asked for. */
        final ScorecardSeries.Version[] series;

        Versions(List<KpiDefinition> list) {
            from = new long[list.size()];
            versions = list.toArray(new KpiDefinition[0]);
            shared = new Object[list.size()][];
            series = new ScorecardSeries.Version[list.size()];
            for (int i = 0; i < from.length; i++) {
                from[i] = versions[i].effectiveFrom().toEpochDay();
            }
        }

        /** @return the version in force on the day (an epoch day), as {@link Agreement#kpiInForce} gives it, or null */
        KpiDefinition versionInForce(long day) {
            int i = inForce(day);
            return i < 0 ? null : versions[i];
        }

        // the version found last and the days it is in force, [lastFrom, lastUntil): the next period usually
        // has the same one
        private int last = -1;
        private long lastFrom = 1;
        private long lastUntil = 0;

        /** @return the index of the version in force on the day, -1 if none is */
        int inForce(long day) {
            if (day >= lastFrom && day < lastUntil) {
                return last;
            }
            for (int i = from.length - 1; i >= 0; i--) {
                if (from[i] <= day) {
                    last = i;
                    lastFrom = from[i];
                    lastUntil = i + 1 < from.length ? from[i + 1] : Long.MAX_VALUE;
                    return i;
                }
            }
            return -1;
        }
    }

    private final Agreement agreement;
    private final List<String> kpiIds;
    private final Map<String, Versions> byId;
    // the versions of the i-th of kpiIds, looked up by position on each line instead of by id
    private final Versions[] byPosition;
    // the misfits LAST_KNOWN's walks found, each once, made when the first is found
    private java.util.Set<dev.partnering.Violation> walkMisfits;
    // the version last looked up and what it shares: a line asks for the same version several times in a row
    private KpiDefinition lastKpi;
    private Object[] lastShared;

    KpiVersionIndex(Agreement agreement) {
        this.agreement = agreement;
        this.kpiIds = agreement.kpiIds();
        this.byId = new HashMap<>((int) (kpiIds.size() / 0.75f) + 1); // every KPI's, without growing
        this.byPosition = new Versions[kpiIds.size()];
    }

    /**
     * Keeps misfits a LAST_KNOWN walk found in measurements no period asked for checks, each once (several walks may
     * look at the same period).
     *
     * @param misfits  violations named at the measurement's index or row, not null
     */
    void misfitsOfWalks(List<dev.partnering.Violation> misfits) {
        if (walkMisfits == null) {
            walkMisfits = new java.util.LinkedHashSet<>();
        }
        walkMisfits.addAll(misfits);
    }

    /** @return the misfits the walks found, each once, in the order found, empty if none */
    List<dev.partnering.Violation> misfitsOfWalks() {
        return walkMisfits == null ? List.of() : List.copyOf(walkMisfits);
    }

    /** @return the agreement's KPI ids in its order, never null */
    List<String> kpiIds() {
        return kpiIds;
    }

    /** @return the versions of the KPI (none if the agreement does not define it), never null */
    Versions versions(String kpiId) {
        Versions v = byId.get(kpiId);
        if (v == null) {
            v = new Versions(agreement.kpiVersions(kpiId));
            byId.put(kpiId, v);
        }
        return v;
    }

    /** @return true if the agreement defines the KPI (has at least one version of it) */
    boolean defines(String kpiId) {
        return versions(kpiId).from.length > 0;
    }

    /**
     * @param day  the day, as an epoch day
     * @return the version in force on the day, as {@link Agreement#kpiInForce} gives it, or null if none is
     */
    KpiDefinition versionInForce(String kpiId, long day) {
        return versions(kpiId).versionInForce(day);
    }

    /**
     * @param position  the KPI's position in {@link #kpiIds()}
     * @return the versions of that KPI, never null
     */
    Versions at(int position) {
        Versions v = byPosition[position];
        if (v == null) {
            v = versions(kpiIds.get(position));
            byPosition[position] = v;
        }
        return v;
    }

    /**
     * @param slot  which shared value (each caller uses its own: 0 the version as an {@code Optional}, 1 the
     *              version step)
     * @return the value shared by every period for that version, made once by {@code make}
     */
    @SuppressWarnings("unchecked")
    <T> T shared(KpiDefinition kpi, int slot, Function<KpiDefinition, T> make) {
        if (kpi == lastKpi) {
            return (T) shared(lastShared, kpi, slot, make);
        }
        Versions v = versions(kpi.id());
        for (int i = 0; i < v.versions.length; i++) {
            if (v.versions[i] == kpi) {
                lastKpi = kpi;
                lastShared = sharedOf(v, i);
                return (T) shared(lastShared, kpi, slot, make);
            }
        }
        return make.apply(kpi); // not one of the agreement's versions: nothing to share
    }

    private static Object[] sharedOf(Versions v, int i) {
        Object[] s = v.shared[i];
        if (s == null) {
            s = new Object[2];
            v.shared[i] = s;
        }
        return s;
    }

    private static final java.util.function.Function<Object, dev.partnering.internal.ScaledKpi> FIXED_POINT =
            dev.partnering.internal.Secret.KPI_FIXED_POINT.get();

    /**
     * @param attainmentDecimals  the attainment's declared decimals
     * @return the version's thresholds and weight in fixed point (the one made with the definition for the default
     *         decimals); null if they have none
     */
    static dev.partnering.internal.ScaledKpi scaledOf(KpiDefinition kpi, int attainmentDecimals) {
        if (attainmentDecimals == dev.partnering.kpi.Precision.DEFAULT_DECIMALS) {
            // made with the definition (with its valid range), for the default decimals
            dev.partnering.internal.ScaledKpi made = FIXED_POINT.apply(kpi);
            if (made != null) {
                return made;
            }
        }
        return dev.partnering.internal.ScaledKpi.of(kpi.isBinary(), kpi.direction() == Direction.HIGHER_IS_BETTER,
                kpi.minimum().orElse(null), kpi.target().orElse(null), kpi.stretch().orElse(null), kpi.maxAttainment(),
                kpi.weight(), attainmentDecimals);
    }

    private static Object shared(Object[] s, KpiDefinition kpi, int slot, Function<KpiDefinition, ?> make) {
        if (s[slot] == null) {
            s[slot] = make.apply(kpi);
        }
        return s[slot];
    }
}
