package dev.partnering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The lazy list the calculators hand out their lines as: whatever order its elements are read in, it is
 * the list of what its function makes, each element made once and only when read, unmodifiable; a keyed
 * one finds an element by key without making any other.
 */
class LazyListProperties {

    @Property
    void readInAnyOrderItIsTheListOfWhatItMakes(@ForAll @Size(max = 40) List<@IntRange(max = 1000) Integer> values,
            @ForAll long seed) {
        AtomicIntegerArray calls = new AtomicIntegerArray(values.size());
        LazyList<String> lazy = LazyList.of(values.size(), i -> {
            calls.incrementAndGet(i);
            return "v" + values.get(i);
        });
        List<String> eager = new ArrayList<>();
        values.forEach(v -> eager.add("v" + v));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(seed));
        for (int i : order.subList(0, order.size() / 2)) {
            assertEquals(eager.get(i), lazy.get(i));
        }
        assertEquals(eager, lazy);
        assertEquals(lazy, eager);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(eager.toString(), lazy.toString());
        assertEquals(List.copyOf(eager), List.copyOf(lazy));
        for (int i = 0; i < values.size(); i++) {
            assertEquals(1, calls.get(i), "element " + i + " is made once");
            assertSame(lazy.get(i), lazy.get(i), "and kept");
        }
    }

    @Property
    void aKeyedListFindsAnElementWithoutMakingAnother(@ForAll @Size(min = 1, max = 30) List<@IntRange(max = 50) Integer> keys,
            @ForAll @IntRange(max = 60) int wanted) {
        List<String> ids = keys.stream().map(k -> "k" + k).toList();
        AtomicIntegerArray calls = new AtomicIntegerArray(ids.size());
        LazyList<String> lazy = LazyList.keyed(ids, i -> {
            calls.incrementAndGet(i);
            return ids.get(i) + "#" + i;
        });
        int i = lazy.indexOfKey("k" + wanted);
        assertEquals(ids.indexOf("k" + wanted), i);
        for (int j = 0; j < ids.size(); j++) {
            assertEquals(0, calls.get(j), "finding a key makes no element");
        }
        if (i >= 0) {
            assertEquals("k" + wanted + "#" + i, lazy.get(i));
        }
        assertEquals(-2, LazyList.of(ids.size(), ids::get).indexOfKey("k" + wanted), "a list without keys says so");
    }

    @Example
    void itCannotBeChangedAndIsKeptAsItIsByValues() {
        LazyList<String> lazy = LazyList.of(3, i -> "e" + i);
        assertThrows(UnsupportedOperationException.class, () -> lazy.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.remove(0));
        assertThrows(UnsupportedOperationException.class, lazy::clear);
        assertThrows(UnsupportedOperationException.class, () -> lazy.subList(0, 2).set(0, "x"));
        assertThrows(IndexOutOfBoundsException.class, () -> lazy.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> lazy.get(-1));
        assertSame(lazy, LazyList.immutable(lazy));
        List<String> mutable = new ArrayList<>(List.of("a"));
        List<String> copy = LazyList.immutable(mutable);
        mutable.add("b");
        assertEquals(List.of("a"), copy, "any other list is copied");
        assertThrows(NullPointerException.class, () -> LazyList.of(1, i -> null).get(0));
        assertThrows(IllegalArgumentException.class, () -> LazyList.of(-1, i -> "x"));
        assertTrue(LazyList.of(0, i -> "x").isEmpty());
    }
}
