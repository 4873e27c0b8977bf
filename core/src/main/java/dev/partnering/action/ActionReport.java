package dev.partnering.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;
import dev.partnering.governance.GovernanceLevel;

/**
 * Where the actions of an {@link ActionRegister} stood at the end of a day: the counts in total,
 * per owning party and per level of the forum that agreed them, and the open, overdue and late
 * actions themselves. The counts per party, and those per level, add up to the total.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ActionReport {

    private final LocalDate asOf;
    private final List<RegisteredAction> actions;
    private final ActionCounts total;
    private final Map<String, ActionCounts> byParty;
    private final Map<GovernanceLevel, ActionCounts> byLevel;
    private final Explanation explanation;

    private ActionReport(LocalDate asOf, List<RegisteredAction> actions, ActionCounts total,
            Map<String, ActionCounts> byParty, Map<GovernanceLevel, ActionCounts> byLevel, Explanation explanation) {
        this.asOf = asOf;
        this.actions = List.copyOf(actions);
        this.total = total;
        this.byParty = Collections.unmodifiableMap(new TreeMap<>(byParty));
        this.byLevel = Collections.unmodifiableMap(new EnumMap<>(byLevel));
        this.explanation = explanation;
    }

    static ActionReport of(List<RegisteredAction> actions, LocalDate asOf) {
        ActionCounts total = ActionCounts.NONE;
        Map<String, ActionCounts> byParty = new TreeMap<>();
        Map<GovernanceLevel, ActionCounts> byLevel = new EnumMap<>(GovernanceLevel.class);
        for (RegisteredAction a : actions) {
            ActionCounts one = countsOf(a.action(), asOf);
            total = total.plus(one);
            byParty.merge(a.owner(), one, ActionCounts::plus);
            byLevel.merge(a.level(), one, ActionCounts::plus);
        }
        Explanation.Builder b = Explanation.builder("Actions on " + asOf);
        b.add(StepKind.INPUT, actions.size() + " actions agreed by " + asOf);
        b.add(StepKind.RULE, "overdue: open at the end of the day and due before it; done late: done after the due day");
        for (RegisteredAction a : actions) {
            Action x = a.action();
            if (x.isOverdueOn(asOf)) {
                b.add(StepKind.WARNING, "action '" + x.id() + "' (" + a.owner() + ", level " + a.level().letter()
                        + ") is overdue: due " + x.due() + ", " + ChronoUnit.DAYS.between(x.due(), asOf) + " days ago");
            } else if (x.isDoneLateBy(asOf)) {
                b.add(StepKind.COMPUTATION, "action '" + x.id() + "' (" + a.owner() + ") was done late: due " + x.due()
                        + ", done " + x.closedOn().orElseThrow());
            }
        }
        byParty.forEach((p, c) -> b.add(StepKind.RESULT, "party " + p + ": " + c));
        byLevel.forEach((l, c) -> b.add(StepKind.RESULT, "level " + l.letter() + ": " + c));
        b.add(StepKind.RESULT, "total: " + total);
        return new ActionReport(asOf, actions, total, byParty, byLevel, b.build());
    }

    private static ActionCounts countsOf(Action a, LocalDate asOf) {
        switch (a.statusOn(asOf)) {
            case OPEN:
                return new ActionCounts(1, a.isOverdueOn(asOf) ? 1 : 0, 0, 0, 0);
            case DONE:
                return new ActionCounts(0, 0, 1, a.isDoneLateBy(asOf) ? 1 : 0, 0);
            default:
                return new ActionCounts(0, 0, 0, 0, 1);
        }
    }

    /** @return the day the report is for, never null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the actions agreed by the day, never null */
    public List<RegisteredAction> actions() {
        return actions;
    }

    /** @return the counts over every action, never null */
    public ActionCounts total() {
        return total;
    }

    /** @return the counts per owning party id, sorted by id; parties without actions are absent; never null */
    public Map<String, ActionCounts> byParty() {
        return byParty;
    }

    /**
     * @param party  a party id, not null
     * @return the counts of the actions the party owns, {@link ActionCounts#NONE} if none; never null
     */
    public ActionCounts forParty(String party) {
        return byParty.getOrDefault(party, ActionCounts.NONE);
    }

    /** @return the counts per level of the agreeing forum, from A down; levels without actions are absent; never null */
    public Map<GovernanceLevel, ActionCounts> byLevel() {
        return byLevel;
    }

    /**
     * @param level  a level, not null
     * @return the counts of the actions agreed at the level, {@link ActionCounts#NONE} if none; never null
     */
    public ActionCounts forLevel(GovernanceLevel level) {
        return byLevel.getOrDefault(level, ActionCounts.NONE);
    }

    /** @return the actions open at the end of the day, by day agreed, never null */
    public List<RegisteredAction> open() {
        return actions.stream().filter(a -> a.action().statusOn(asOf) == ActionStatus.OPEN).toList();
    }

    /** @return the open actions past their due day, by day agreed, never null */
    public List<RegisteredAction> overdue() {
        return actions.stream().filter(a -> a.action().isOverdueOn(asOf)).toList();
    }

    /** @return the actions done after their due day, by day agreed, never null */
    public List<RegisteredAction> doneLate() {
        return actions.stream().filter(a -> a.action().isDoneLateBy(asOf)).toList();
    }

    /** @return how the report was made: the rule, each overdue and late action, the counts; never null */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionReport r && asOf.equals(r.asOf) && actions.equals(r.actions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, actions);
    }

    /** @return the explanation as text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
