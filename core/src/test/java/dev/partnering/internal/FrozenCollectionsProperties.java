package dev.partnering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.internal.PastList;
import dev.partnering.incentive.internal.PastPeriod;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The calculators' frozen collections against what the value types made of the same elements before (the general
 * path): a {@link FrozenList} behaves as {@link List#copyOf} of its elements (equality both ways, hash code, text,
 * look-ups, refusing null look-ups and every change), and so does the incentive calculator's {@link PastList} of
 * earlier periods; {@link FrozenList#immutable} keeps either while copying any other list; {@code Collections.unmodifiableMap} of a {@link FrozenMap} behaves as that of a
 * {@link LinkedHashMap} of the same entries in the same order.
 */
@AddLifecycleHook(ThoroughTries.class)
class FrozenCollectionsProperties {

    @Provide
    Arbitrary<String> elements() {
        return Arbitraries.of("a", "b", "c", "supplier", "customer", "region-north");
    }

    @Property
    void aFrozenListIsTheCopyOfItsElements(@ForAll @Size(max = 8) List<@net.jqwik.api.From("elements") String> elements,
            @ForAll @IntRange(min = 0, max = 3) int spare, @ForAll("elements") String probe) {
        Object[] array = new Object[elements.size() + spare];
        for (int i = 0; i < elements.size(); i++) {
            array[i] = elements.get(i);
        }
        List<String> frozen = FrozenList.of(array, elements.size());
        isTheCopyOf(elements, frozen, probe);
        assertSame(frozen, FrozenList.immutable(frozen));
        assertEquals(List.copyOf(elements), FrozenList.immutable(new ArrayList<>(elements)));
        assertEquals(List.copyOf(elements).getClass(), FrozenList.immutable(new ArrayList<>(elements)).getClass());
    }

    /**
     * The incentive calculator's earlier periods ({@link PastList}, a {@link FrozenList} over a prefix of a growing
     * array) as {@link List#copyOf} of the same periods, also after more periods were added behind the prefix (the
     * array grown or not), and its sub-lists as the copy's.
     */
    @Property
    void aPastListIsTheCopyOfItsPeriods(@ForAll @Size(max = 8) List<@net.jqwik.api.From("elements") String> elements,
            @ForAll @IntRange(min = 0, max = 3) int capacity, @ForAll @IntRange(min = 0, max = 3) int more,
            @ForAll("elements") String probe, @ForAll @IntRange(min = 0, max = 8) int a, @ForAll @IntRange(min = 0, max = 8) int b) {
        List<IncentiveContext.Past> periods = elements.stream().map(FrozenCollectionsProperties::past).toList();
        PastList.Growing growing = new PastList.Growing(capacity);
        periods.forEach(growing::add);
        PastList snapshot = growing.snapshot();
        for (int i = 0; i < more; i++) {
            growing.add(past(probe));
        }
        IncentiveContext.Past probed = past(probe);
        isTheCopyOf(periods, snapshot, probed);
        assertSame(snapshot, FrozenList.immutable(snapshot));
        List<IncentiveContext.Past> copy = List.copyOf(periods);
        assertEquals(answers(copy, probed), answers(snapshot, probed));
        int from = Math.min(Math.min(a, b), periods.size());
        int to = Math.min(Math.max(a, b), periods.size());
        assertEquals(answers(copy.subList(from, to), probed), answers(snapshot.subList(from, to), probed));
        assertEquals(answers(copy.subList(0, 0), probed), answers(snapshot.subList(0, 0), probed));
        assertEquals(copy.stream().filter(p -> p.period().equals(probed.period())).findFirst(), snapshot.find(probed.period()));
    }

    /** An earlier period per element: the element's own month of 2026, nothing in it. */
    private static IncentiveContext.Past past(String element) {
        int month = 1 + List.of("a", "b", "c", "supplier", "customer", "region-north").indexOf(element);
        return new PastPeriod(IncentivePeriod.builder().period(ReportingPeriod.month(2026, month)).build(),
                Optional.empty(), List.of(), Money.zero(java.util.Currency.getInstance("SEK")), new NetLimits(Optional.empty(), Optional.empty()));
    }

    /** Equality both ways, hash code, text, look-ups, walks, and the refusals of null look-ups and every change. */
    private static <T> void isTheCopyOf(List<T> elements, List<T> frozen, T probe) {
        List<T> copy = List.copyOf(elements);
        assertEquals(copy, frozen);
        assertEquals(frozen, copy);
        assertEquals(new ArrayList<>(elements), frozen);
        assertEquals(copy.hashCode(), frozen.hashCode());
        assertEquals(copy.toString(), frozen.toString());
        assertEquals(copy.size(), frozen.size());
        assertEquals(copy.indexOf(probe), frozen.indexOf(probe));
        assertEquals(copy.lastIndexOf(probe), frozen.lastIndexOf(probe));
        assertEquals(copy.contains(probe), frozen.contains(probe));
        assertEquals(new ArrayList<>(copy), new ArrayList<>(frozen));
        List<T> walked = new ArrayList<>();
        for (T e : frozen) {
            walked.add(e);
        }
        assertEquals(copy, walked);
        List<T> each = new ArrayList<>();
        frozen.forEach(each::add);
        assertEquals(copy, each);
        java.util.Iterator<T> it = frozen.iterator();
        for (int i = 0; i < copy.size(); i++) {
            it.next();
        }
        assertEquals(false, it.hasNext());
        assertThrows(java.util.NoSuchElementException.class, it::next);
        assertThrows(UnsupportedOperationException.class, it::remove);
        // the refusals of List.copyOf's lists, whether or not the change would change anything
        assertThrows(NullPointerException.class, () -> frozen.contains(null));
        assertThrows(NullPointerException.class, () -> frozen.indexOf(null));
        assertThrows(UnsupportedOperationException.class, () -> frozen.add(probe));
        assertThrows(UnsupportedOperationException.class, () -> frozen.remove(probe));
        assertThrows(UnsupportedOperationException.class, () -> frozen.removeIf(e -> false));
        assertThrows(UnsupportedOperationException.class, frozen::clear);
        assertThrows(UnsupportedOperationException.class, () -> frozen.addAll(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> frozen.removeAll(List.of(probe)));
        assertThrows(UnsupportedOperationException.class, () -> frozen.retainAll(List.of(probe)));
        assertThrows(UnsupportedOperationException.class, () -> frozen.replaceAll(e -> e));
        assertThrows(UnsupportedOperationException.class, () -> frozen.sort(null));
        if (!frozen.isEmpty()) {
            assertThrows(UnsupportedOperationException.class, () -> frozen.set(0, probe));
        }
        // list iterators (and a sub-list's) refuse every change before and after next(), as List.copyOf's do
        java.util.ListIterator<T> li = frozen.listIterator();
        assertThrows(UnsupportedOperationException.class, li::remove);
        assertThrows(UnsupportedOperationException.class, () -> li.set(probe));
        assertThrows(UnsupportedOperationException.class, () -> li.add(probe));
        List<T> forward = new ArrayList<>();
        while (li.hasNext()) {
            assertEquals(forward.size(), li.nextIndex());
            forward.add(li.next());
            assertThrows(UnsupportedOperationException.class, li::remove);
            assertThrows(UnsupportedOperationException.class, () -> li.set(probe));
        }
        assertEquals(copy, forward);
        List<T> backward = new ArrayList<>();
        java.util.ListIterator<T> back = frozen.listIterator(frozen.size());
        while (back.hasPrevious()) {
            backward.add(0, back.previous());
        }
        assertEquals(copy, backward);
        assertThrows(java.util.NoSuchElementException.class, back::previous);
        assertThrows(IndexOutOfBoundsException.class, () -> frozen.listIterator(frozen.size() + 1));
        assertEquals(copy.subList(0, copy.size() / 2), frozen.subList(0, frozen.size() / 2));
        assertThrows(UnsupportedOperationException.class, () -> frozen.subList(0, frozen.size()).clear());
        assertEquals(copy, frozen);
    }

    @Property
    void aFrozenListRefusesNulls(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("elements") String> elements,
            @ForAll @IntRange(min = 0, max = 7) int at) {
        Object[] array = elements.toArray();
        array[at % array.length] = null;
        assertThrows(NullPointerException.class, () -> FrozenList.of(array, array.length));
    }

    @Property
    void anUnmodifiableFrozenMapIsThatOfALinkedHashMap(@ForAll("elements") String k1, @ForAll("elements") String k2,
            @ForAll("elements") String v1, @ForAll("elements") String v2, @ForAll("elements") String probe) {
        if (k1.equals(k2)) {
            assertThrows(IllegalArgumentException.class, () -> FrozenMap.of(k1, v1, k2, v2));
            return;
        }
        Map<String, String> linked = new LinkedHashMap<>();
        linked.put(k1, v1);
        linked.put(k2, v2);
        Map<String, String> general = Collections.unmodifiableMap(new LinkedHashMap<>(linked));
        Map<String, String> frozen = Collections.unmodifiableMap(FrozenMap.of(k1, v1, k2, v2));
        assertEquals(general, frozen);
        assertEquals(frozen, general);
        assertEquals(Map.of(k1, v1, k2, v2), frozen);
        assertEquals(general.hashCode(), frozen.hashCode());
        assertEquals(general.toString(), frozen.toString());
        assertEquals(new ArrayList<>(general.entrySet()), new ArrayList<>(frozen.entrySet()));
        assertEquals(new ArrayList<>(general.keySet()), new ArrayList<>(frozen.keySet()));
        assertEquals(new ArrayList<>(general.values()), new ArrayList<>(frozen.values()));
        assertEquals(general.get(probe), frozen.get(probe));
        assertEquals(general.containsKey(probe), frozen.containsKey(probe));
        assertEquals(general.containsValue(probe), frozen.containsValue(probe));
        assertEquals(general.getOrDefault(probe, "none"), frozen.getOrDefault(probe, "none"));
        assertEquals(general.get(null), frozen.get(null));
        assertEquals(general.containsKey(null), frozen.containsKey(null));
        assertThrows(UnsupportedOperationException.class, () -> frozen.put(probe, probe));
        assertThrows(UnsupportedOperationException.class, () -> frozen.remove(probe));
        assertThrows(UnsupportedOperationException.class, frozen::clear);
        assertThrows(UnsupportedOperationException.class, () -> frozen.entrySet().iterator().next().setValue(probe));
        assertThrows(UnsupportedOperationException.class, () -> frozen.keySet().remove(probe));
        assertEquals(general.keySet().contains(probe), frozen.keySet().contains(probe));
        // streamed in order, as the LinkedHashMap's views (what each view's spliterator reports)
        assertEquals(general.entrySet().spliterator().characteristics(), frozen.entrySet().spliterator().characteristics());
        assertEquals(general.keySet().spliterator().characteristics(), frozen.keySet().spliterator().characteristics());
        assertEquals(general.values().spliterator().characteristics(), frozen.values().spliterator().characteristics());
        assertEquals(general.keySet().parallelStream().findFirst(), frozen.keySet().parallelStream().findFirst());
        assertEquals(general.values().stream().toList(), frozen.values().stream().toList());
    }

    @Property
    void aFrozenListsSubListAnswersAsTheCopysSubList(
            @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("elements") String> elements,
            @ForAll @IntRange(min = 0, max = 8) int a, @ForAll @IntRange(min = 0, max = 8) int b,
            @ForAll("elements") String probe) {
        int from = Math.min(Math.min(a, b), elements.size());
        int to = Math.min(Math.max(a, b), elements.size());
        List<String> copy = List.copyOf(elements);
        List<String> frozen = FrozenList.of(elements.toArray(), elements.size());
        assertEquals(answers(copy, probe), answers(frozen, probe));
        assertEquals(answers(copy.subList(from, to), probe), answers(frozen.subList(from, to), probe));
        assertEquals(answers(copy.subList(from, to).subList(0, to - from), probe),
                answers(frozen.subList(from, to).subList(0, to - from), probe));
        assertThrows(IndexOutOfBoundsException.class, () -> frozen.subList(0, elements.size() + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> frozen.subList(to, from - 1));
        assertEquals(copy, frozen);
    }

    /** @return what each query and each change answers on the list: its result, or the exception's class */
    private static <T> List<String> answers(List<T> list, T probe) {
        List<java.util.function.Supplier<Object>> calls = List.of(
                () -> list, list::size, list::hashCode, list::toString,
                () -> list.contains(probe), () -> list.indexOf(probe), () -> list.lastIndexOf(probe),
                () -> list.contains(null), () -> list.indexOf(null), () -> list.lastIndexOf(null),
                () -> list.containsAll(List.of(probe)), () -> List.of(list.toArray()),
                () -> list.stream().toList(),
                () -> list.add(probe), () -> list.remove(probe), () -> { list.clear(); return null; },
                () -> list.addAll(List.of()), () -> list.removeAll(List.of()), () -> list.retainAll(list),
                () -> list.removeIf(e -> false), () -> { list.replaceAll(e -> e); return null; },
                () -> { list.sort(null); return null; }, () -> list.set(0, probe), () -> list.remove(0),
                () -> { list.listIterator().add(probe); return null; },
                () -> { list.iterator().remove(); return null; });
        List<String> answers = new ArrayList<>();
        for (java.util.function.Supplier<Object> call : calls) {
            try {
                answers.add(String.valueOf(call.get()));
            } catch (RuntimeException e) {
                answers.add(e.getClass().getName());
            }
        }
        return answers;
    }
}
