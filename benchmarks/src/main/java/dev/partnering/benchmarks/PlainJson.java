package dev.partnering.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Plain POJOs mirroring the JSON of an agreement document and a measurements document, field for
 * field, for plain Jackson databind: the reference that {@code PartneringModule} is measured
 * against. Decimals are {@code BigDecimal} (read from the JSON strings), enums are Java enums,
 * dates, durations and periods stay strings, and nothing is validated. Unknown fields fail, so the
 * POJOs are proven to cover the whole document.
 */
public final class PlainJson {

    private PlainJson() {
    }

    /** {@code {"formatVersion": 1, "agreement": {...}}}. */
    public static final class AgreementDocument {
        public int formatVersion;
        public Agreement agreement;
    }

    /** {@code {"formatVersion": 1, "measurements": [...]}}. */
    public static final class MeasurementsDocument {
        public int formatVersion;
        public List<Measurement> measurements;
    }

    /** The kinds of party. */
    public enum PartyKind { CUSTOMER, SUPPLIER }

    /** The governance levels. */
    public enum Level { STRATEGIC, TACTICAL, OPERATIONAL }

    /** The KPI directions. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, BINARY }

    /** An agreement. */
    public static final class Agreement {
        public String id;
        public String title;
        public String phase;
        public String currency;
        public List<Party> parties;
        public Term term;
        public String sharedVision;
        public List<String> goals;
        public List<ResponsibilityArea> responsibilityAreas;
        public Governance governance;
        public List<Kpi> kpis;
        public FeeSchedule feeSchedule;
        public String missingDataPolicy;
        public IncentiveScheme incentiveScheme;
    }

    /** A party. */
    public static final class Party {
        public String id;
        public String name;
        public PartyKind kind;
        public boolean lead;
    }

    /** A contract term. */
    public static final class Term {
        public String startDate;
        public String initialDuration;
        public List<ExtensionOption> extensionOptions;
        public List<OptionExercise> exercises;
    }

    /** An exercised option. */
    public static final class OptionExercise {
        public int optionNumber;
        public String exercisedOn;
    }

    /** An extension option. */
    public static final class ExtensionOption {
        public String duration;
        public String noticePeriod;
    }

    /** A responsibility area. */
    public static final class ResponsibilityArea {
        public String id;
        public String name;
        public String owner;
    }

    /** The governance. */
    public static final class Governance {
        public List<Level> levels;
        public List<Role> roles;
        public List<Forum> forums;
        public EscalationPolicy escalationPolicy;
    }

    /** A role. */
    public static final class Role {
        public String id;
        public String title;
        public String party;
        public Level level;
        public String mandate;
        public String counterpart;
    }

    /** A forum. */
    public static final class Forum {
        public String id;
        public String name;
        public Level level;
        public String cadence;
        public List<String> participants;
    }

    /** The escalation policy. */
    public static final class EscalationPolicy {
        public Map<Level, String> timeAllowed;
    }

    /** A KPI definition. */
    public static final class Kpi {
        public String id;
        public int version;
        public String effectiveFrom;
        public String name;
        public String unit;
        public Direction direction;
        public BigDecimal minimum;
        public BigDecimal target;
        public BigDecimal stretch;
        public BigDecimal maxAttainment;
        public Aggregation aggregation;
        public BigDecimal weight;
        public String frequency;
        public String dataSource;
        public String measurementMethod;
        public ValueRange validRange;
        public List<Map<String, Object>> qualifyingConditions;
    }

    /** An aggregation rule. */
    public static final class Aggregation {
        public String type;
        public BigDecimal p;
    }

    /** A valid range. */
    public static final class ValueRange {
        public BigDecimal lower;
        public BigDecimal upper;
    }

    /** A fee schedule. */
    public static final class FeeSchedule {
        public List<Fee> fees;
    }

    /** One period's fee. */
    public static final class Fee {
        public String period;
        public Money amount;
    }

    /** Money. */
    public static final class Money {
        public BigDecimal amount;
        public String currency;
    }

    /** An incentive scheme. */
    public static final class IncentiveScheme {
        public List<Component> components;
        public Bound floor;
        public Bound cap;
        public List<Map<String, Object>> remedyTriggers;
        public Map<String, BigDecimal> customerWeights;
    }

    /** A floor or cap. */
    public static final class Bound {
        public String type;
        public BigDecimal percent;
        public Money amount;
    }

    /** Any incentive component: the union of the fields of the kinds the portfolio uses. */
    public static final class Component {
        public String type;
        public String id;
        public BigDecimal atRiskPercent;
        public Map<String, BigDecimal> allocations;
        public String trigger;
        public Integer earnBackPeriods;
        public List<Point> points;
        public String unit;
        public String kpiId;
        public Direction direction;
        public List<Band> bands;
        public BigDecimal periodCapPercent;
        public BigDecimal rollingCapPercent;
        public List<Tier> tiers;
        public Money cap;
        public BigDecimal painSharePercent;
        public Money painCap;
    }

    /** A point of a bonus/malus curve. */
    public static final class Point {
        public BigDecimal score;
        public BigDecimal value;
    }

    /** A band of service-credit tiers. */
    public static final class Band {
        public BigDecimal threshold;
        public BigDecimal creditPercent;
    }

    /** A gain-share tier. */
    public static final class Tier {
        public Money from;
        public BigDecimal sharePercent;
    }

    /** A measurement. */
    public static final class Measurement {
        public String kpiId;
        public String period;
        public BigDecimal value;
        public BigDecimal numerator;
        public BigDecimal denominator;
        public String source;
        public String recordedAt;
        public String exclusionReason;
    }
}
