package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.internal.PastList;

/**
 * The earlier periods a component sees in the calculator's own context ({@link PastList}, "like
 * {@link List#copyOf} ... refuses to look for null") against {@code List.copyOf} of the same periods. A user's
 * component reads {@link IncentiveContext#earlier()} through the public interface.
 */
class PastListTest {

    /** The contexts of a three-month statement, seen by a spy component. */
    private static List<IncentiveContext> contexts() {
        List<IncentiveContext> seen = new ArrayList<>();
        StatementScenarios.SPY.set(seen);
        try {
            StatementScenarios.Case c = StatementScenarios.make(1, 0, 3, false);
            List<IncentivePeriod> all = StatementScenarios.inputs(c, c.periods, false);
            IncentiveCalculator.standard().calculate(c.agreement, c.scheme, all);
        } finally {
            StatementScenarios.SPY.remove();
        }
        return seen;
    }

    /** Runs the change on both lists: each must throw the same exception class (or neither). */
    private static void same(String what, List<IncentiveContext.Past> past, Consumer<List<IncentiveContext.Past>> change) {
        List<IncentiveContext.Past> copy = List.copyOf(past);
        Class<?> expected = thrown(copy, change);
        Class<?> actual = thrown(past, change);
        assertEquals(expected, actual, what + " on " + past.size() + " earlier period(s)");
    }

    private static Class<?> thrown(List<IncentiveContext.Past> list, Consumer<List<IncentiveContext.Past>> change) {
        try {
            change.accept(list);
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    /** Every difference at once, for the report. */
    @Test
    void everyDifferenceFromListCopyOf() {
        List<IncentiveContext> seen = contexts();
        List<IncentiveContext.Past> none = seen.get(0).earlier();
        List<IncentiveContext.Past> two = seen.get(2).earlier();
        List<String> differences = new ArrayList<>();
        java.util.Map<String, Consumer<List<IncentiveContext.Past>>> changes = new java.util.LinkedHashMap<>();
        changes.put("iterator().remove()", l -> l.iterator().remove());
        changes.put("listIterator().set(x)", l -> l.listIterator().set(two.get(0)));
        changes.put("listIterator().remove()", l -> l.listIterator().remove());
        changes.put("removeIf(x -> false)", l -> l.removeIf(x -> false));
        changes.put("sort(null)", l -> l.sort(null));
        changes.put("replaceAll(x -> x)", l -> l.replaceAll(x -> x));
        changes.put("clear()", List::clear);
        changes.put("removeAll([])", l -> l.removeAll(List.of()));
        changes.put("retainAll(itself)", l -> l.retainAll(new ArrayList<>(l)));
        changes.put("addAll([])", l -> l.addAll(List.of()));
        changes.put("subList(0, size).contains(null)", l -> l.subList(0, l.size()).contains(null));
        changes.put("subList(0, size).indexOf(null)", l -> l.subList(0, l.size()).indexOf(null));
        changes.put("subList(0, 0).clear()", l -> l.subList(0, 0).clear());
        changes.put("subList(0, size).iterator().remove()", l -> l.subList(0, l.size()).iterator().remove());
        for (List<IncentiveContext.Past> past : List.of(none, two)) {
            for (java.util.Map.Entry<String, Consumer<List<IncentiveContext.Past>>> e : changes.entrySet()) {
                Class<?> expected = thrown(List.copyOf(past), e.getValue());
                Class<?> actual = thrown(past, e.getValue());
                if (!java.util.Objects.equals(expected, actual)) {
                    differences.add(e.getKey() + " on " + past.size() + ": List.copyOf " + (expected == null ? "returns" : expected.getSimpleName())
                            + ", PastList " + (actual == null ? "returns" : actual.getSimpleName()));
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void theCalculatorsEarlierPeriodsAreThePlainPastList() {
        List<IncentiveContext> seen = contexts();
        assertEquals(PastList.class, seen.get(2).earlier().getClass());
        assertEquals(2, seen.get(2).earlier().size());
    }

    @Test
    void anIteratorRefusesRemoveBeforeNextAsListCopyOfs() {
        List<IncentiveContext.Past> past = contexts().get(2).earlier();
        same("iterator().remove() before next()", past, l -> l.iterator().remove());
    }

    @Test
    void aListIteratorRefusesSetAndAddAsListCopyOfs() {
        List<IncentiveContext.Past> past = contexts().get(2).earlier();
        same("listIterator().set(..) before next()", past, l -> l.listIterator().set(past.get(0)));
        same("listIterator().remove() before next()", past, l -> l.listIterator().remove());
    }

    @Test
    void removeIfAndSortRefuseEvenWhenNothingChangesAsListCopyOfs() {
        List<IncentiveContext.Past> none = contexts().get(0).earlier();
        List<IncentiveContext.Past> two = contexts().get(2).earlier();
        same("removeIf(x -> false)", two, l -> l.removeIf(x -> false));
        same("sort(null) of none", none, l -> l.sort(null));
        same("clear() of none", none, List::clear);
        same("removeAll([]) ", two, l -> l.removeAll(List.of()));
        same("retainAll(all)", two, l -> l.retainAll(new ArrayList<>(two)));
    }

    @Test
    void aSubListRefusesToLookForNullAsListCopyOfs() {
        List<IncentiveContext.Past> past = contexts().get(2).earlier();
        same("subList(0, 2).contains(null)", past, l -> l.subList(0, 2).contains(null));
        same("subList(0, 2).indexOf(null)", past, l -> l.subList(0, 2).indexOf(null));
        same("subList(0, 0).clear()", past, l -> l.subList(0, 0).clear());
    }
}
