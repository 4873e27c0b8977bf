package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Secret;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;

/**
 * A carried period of a closing balance, made by {@link Maker} from the parts the builder would be given, without
 * the builder's maps and copies: the statuses are an array over KPI ids checked once per closing balance. It is
 * equal to, hashes as and prints as the value the builder makes of the same parts (equality, hash and text are
 * {@link CarriedPeriod}'s). Not part of the API. This class is immutable and thread-safe.
 */
final class TrustedCarriedPeriod extends CarriedPeriod {

    private final ReportingPeriod period;
    private final Money charge;
    private final Map<String, Money> amounts;
    private final List<CarriedCredit> credits;
    private final Map<String, KpiStatus> kpiStatuses;
    private final BigDecimal score;
    private final NetLimits limits;

    private TrustedCarriedPeriod(ReportingPeriod period, Money charge, Map<String, Money> amounts, List<CarriedCredit> credits,
            Map<String, KpiStatus> kpiStatuses, BigDecimal score, NetLimits limits) {
        this.period = period;
        this.charge = charge;
        this.amounts = amounts;
        this.credits = credits;
        this.kpiStatuses = kpiStatuses;
        this.score = score;
        this.limits = limits;
    }

    @Override
    public ReportingPeriod period() {
        return period;
    }

    @Override
    public Optional<Money> charge() {
        return Optional.ofNullable(charge);
    }

    @Override
    public Map<String, Money> amounts() {
        return amounts;
    }

    @Override
    public List<CarriedCredit> credits() {
        return credits;
    }

    @Override
    public Map<String, KpiStatus> kpiStatuses() {
        return kpiStatuses;
    }

    @Override
    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score);
    }

    @Override
    public NetLimits limits() {
        return limits;
    }

    /** KPI ids checked once: each a valid id, none twice. */
    static final class KpiIds {
        private static final KpiIds NONE = new KpiIds(new String[0]);

        final String[] ids;

        private KpiIds(String[] ids) {
            this.ids = ids;
        }

        /** @return the ids checked, null if one is null or invalid or given twice */
        static KpiIds of(String[] ids) {
            if (ids.length == 0) {
                return NONE;
            }
            Set<String> seen = new HashSet<>();
            for (String id : ids) {
                if (!Ids.isValid(id) || !seen.add(id)) {
                    return null;
                }
            }
            return new KpiIds(ids.clone());
        }
    }

    /** The maker installed as {@link Secret#CARRIED_PERIOD}. */
    static final class Maker implements Secret.CarriedPeriodMaker {

        @Override
        public Object kpiIds(String[] kpiIds) {
            return KpiIds.of(kpiIds);
        }

        @Override
        public Object make(Object period, Object charge, Map<String, ?> amounts, List<?> credits, Object kpiIds,
                Object[] statuses, BigDecimal score, Object limits) {
            String[] ids = ((KpiIds) kpiIds).ids;
            if (statuses.length != ids.length) {
                throw new IllegalArgumentException(statuses.length + " statuses for " + ids.length + " KPI ids");
            }
            @SuppressWarnings("unchecked")
            Map<String, Money> moneyByComponent = (Map<String, Money>) amounts;
            @SuppressWarnings("unchecked")
            List<CarriedCredit> carriedCredits = (List<CarriedCredit>) credits;
            CarriedPeriod made = trusted((ReportingPeriod) period, (Money) charge, moneyByComponent, carriedCredits, ids,
                    statuses, score, (NetLimits) limits);
            if (made != null) {
                return made;
            }
            // a rule is broken: the builder names it, exactly as it would have without this path
            CarriedPeriod.Builder b = CarriedPeriod.builder().period((ReportingPeriod) period).score(Optional.ofNullable(score))
                    .limits((NetLimits) limits);
            if (charge != null) {
                b.charge((Money) charge);
            }
            moneyByComponent.forEach(b::putAmounts);
            carriedCredits.forEach(b::addCredits);
            for (int i = 0; i < ids.length; i++) {
                b.putKpiStatuses(ids[i], (KpiStatus) statuses[i]);
            }
            return b.build();
        }

        /** @return the period, null if it would break a rule or a part is not of its type */
        private static CarriedPeriod trusted(ReportingPeriod period, Money charge, Map<String, Money> amounts,
                List<CarriedCredit> credits, String[] ids, Object[] statuses, BigDecimal score, NetLimits limits) {
            for (Object s : statuses) {
                if (!(s instanceof KpiStatus)) {
                    return null;
                }
            }
            Map<String, KpiStatus> kpiStatuses = switch (ids.length) {
                case 0 -> Collections.emptyMap();
                case 1 -> Collections.singletonMap(ids[0], (KpiStatus) statuses[0]);
                default -> Collections.unmodifiableMap(new StatusMap(ids, statuses));
            };
            TrustedCarriedPeriod p = new TrustedCarriedPeriod(period, charge, kept(amounts), unmodifiable(credits),
                    kpiStatuses, score, limits);
            // the builder's quick check, the statuses' rules aside (their ids were checked, none is null)
            return p.plain(false) ? p : null;
        }

        /**
         * @return the map as the builder's value holds what was put (empty, single, or in order and read-only: the
         *         caller's map itself, which it no longer changes), never null
         */
        private static <K, V> Map<K, V> kept(Map<K, V> map) {
            switch (map.size()) {
                case 0:
                    return Collections.emptyMap();
                case 1: {
                    Map.Entry<K, V> e = map.entrySet().iterator().next();
                    return Collections.singletonMap(e.getKey(), e.getValue());
                }
                default:
                    return Collections.unmodifiableMap(map);
            }
        }

        /** @return the list as the builder's value holds what was added (empty, single or a copy), never null */
        private static <T> List<T> unmodifiable(List<T> list) {
            switch (list.size()) {
                case 0:
                    return Collections.emptyList();
                case 1:
                    return Collections.singletonList(list.get(0));
                default:
                    return Collections.unmodifiableList(new ArrayList<>(list));
            }
        }
    }

    /** The statuses as a map over ids checked once (valid, none twice), in the order of the ids; read-only. */
    private static final class StatusMap extends AbstractMap<String, KpiStatus> {
        private final String[] ids;
        private final Object[] statuses;

        StatusMap(String[] ids, Object[] statuses) {
            this.ids = ids;
            this.statuses = statuses;
        }

        private int indexOf(Object key) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public KpiStatus get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : (KpiStatus) statuses[i];
        }

        @Override
        public Set<Map.Entry<String, KpiStatus>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return ids.length;
                }

                @Override
                public Iterator<Map.Entry<String, KpiStatus>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < ids.length;
                        }

                        @Override
                        public Map.Entry<String, KpiStatus> next() {
                            if (next >= ids.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(ids[i], (KpiStatus) statuses[i]);
                        }
                    };
                }
            };
        }
    }
}
