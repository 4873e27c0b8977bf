package dev.partnering.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when first read, by a pure function of the index, and
 * then kept: the calculators' results hold their figures in primitive form and hand out their lines as
 * such a list. Value types that copy the lists they are given keep this one as it is
 * ({@link #immutable}), since it cannot change. Not part of the API.
 * <p>
 * Thread-safe: the function must give equal, immutable elements whose fields are final (or themselves
 * safely made when read) for an index, however often it is called; two threads reading an index first
 * at the same time may each make one, and one of them is kept (like {@code String}'s hash).
 *
 * @param <T>  the element type
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<? extends T> make;
    private final Object[] made;
    /** The key of each element (e.g. a line's KPI id), known without making it; null if none is given. */
    private final Keys keys;
    /** What is known of each element without making it (see {@link #figures}); null if nothing is. */
    private final java.util.function.IntToLongFunction figures;

    private LazyList(int size, IntFunction<? extends T> make, Keys keys, java.util.function.IntToLongFunction figures) {
        this.size = size;
        this.make = make;
        this.made = new Object[size];
        this.keys = keys;
        this.figures = figures;
    }

    /**
     * @param size  the number of elements, not negative
     * @param make  makes the element at an index, never null, pure
     * @param <T>  the element type
     * @return the list, never null
     */
    public static <T> LazyList<T> of(int size, IntFunction<? extends T> make) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size + " is negative");
        }
        return new LazyList<>(size, Objects.requireNonNull(make, "make"), null, null);
    }

    /**
     * @param keys  the key of each element, known before it is made (e.g. each line's KPI id), immutable,
     *              not null; its size is the list's
     * @param make  makes the element at an index, never null, pure
     * @param <T>  the element type
     * @return the list, whose {@link #indexOfKey} finds an element without making the others, never null
     */
    public static <T> LazyList<T> keyed(java.util.List<?> keys, IntFunction<? extends T> make) {
        return keyed(Keys.of(keys), make);
    }

    /**
     * @param keys  the key of each element, indexed once and shared by the lists of one calculation, not null
     * @param make  makes the element at an index, never null, pure
     * @param <T>  the element type
     * @return the list, whose {@link #indexOfKey} finds an element without making the others, never null
     */
    public static <T> LazyList<T> keyed(Keys keys, IntFunction<? extends T> make) {
        return new LazyList<>(keys.list.size(), Objects.requireNonNull(make, "make"), keys, null);
    }

    /**
     * @param keys  the key of each element, indexed once and shared by the lists of one calculation, not null
     * @param make  makes the element at an index, never null, pure
     * @param figures  gives what the caller knows of the element at an index without making it (a pure
     *        function of the index, like {@code make}), or {@code Long.MIN_VALUE} if it knows nothing; not null
     * @param <T>  the element type
     * @return the list, whose {@link #figures} reads an element's figures without making it, never null
     */
    public static <T> LazyList<T> keyed(Keys keys, IntFunction<? extends T> make,
            java.util.function.IntToLongFunction figures) {
        return new LazyList<>(keys.list.size(), Objects.requireNonNull(make, "make"), keys,
                Objects.requireNonNull(figures, "figures"));
    }

    /**
     * @param index  an index of the list
     * @return the key of the element at the index, known without making it; null if the list has no keys
     */
    public Object keyAt(int index) {
        Objects.checkIndex(index, size);
        return keys == null ? null : keys.list.get(index);
    }

    /**
     * @param index  an index of the list
     * @return what the list's maker knows of the element without making it, {@code Long.MIN_VALUE} if nothing
     */
    public long figures(int index) {
        Objects.checkIndex(index, size);
        return figures == null ? Long.MIN_VALUE : figures.applyAsLong(index);
    }

    /**
     * The keys of a keyed list and the position of each, found by hash rather than by a scan: made once
     * and shared by the lists that have the same keys. Immutable and thread-safe.
     */
    public static final class Keys {
        private final java.util.List<?> list;
        /**
         * The position of each key, made when a key is first looked up (most results are read by position):
         * published through the final field of its holder, so a thread that sees the holder sees the whole map;
         * two threads looking up first at the same time may each make one, equal, and either is kept.
         */
        private Positions positions;

        private Keys(java.util.List<?> list) {
            this.list = list;
        }

        /** The positions of the keys, behind a final field (safe publication without a lock). */
        private static final class Positions {
            final java.util.Map<Object, Integer> map;

            Positions(java.util.List<?> list) {
                java.util.Map<Object, Integer> p = new java.util.HashMap<>();
                for (int i = list.size() - 1; i >= 0; i--) {
                    p.put(list.get(i), i); // from the end, so the first of equal keys is kept
                }
                this.map = p;
            }
        }

        /** @return the position of each key, made when first asked for */
        private java.util.Map<Object, Integer> positions() {
            Positions p = positions;
            if (p == null) {
                p = new Positions(list);
                positions = p;
            }
            return p.map;
        }

        /**
         * @param list  the key of each element, immutable, not null
         * @return the keys, indexed, never null
         */
        public static Keys of(java.util.List<?> list) {
            return new Keys(Objects.requireNonNull(list, "keys"));
        }

        /** @return true if these are the keys of {@code list} (the same list object) */
        public boolean isOf(Object list) {
            return this.list == list;
        }
    }

    /**
     * @param key  a key, not null
     * @return the index of the first element with that key, -1 if none has it; -2 if the list has no keys
     */
    public int indexOfKey(Object key) {
        if (keys == null) {
            return -2;
        }
        Integer i = keys.positions().get(key);
        return i == null ? -1 : i;
    }

    /**
     * @param list  a list, not null, without null elements
     * @param <T>  the element type
     * @return the list itself if it is a {@code LazyList}, else {@link java.util.List#copyOf} of it
     */
    public static <T> java.util.List<T> immutable(java.util.List<T> list) {
        return list instanceof LazyList<T> ? list : java.util.List.copyOf(list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        Object e = made[index];
        if (e == null) {
            e = Objects.requireNonNull(make.apply(index), "element");
            made[index] = e;
        }
        return (T) e;
    }

    @Override
    public int size() {
        return size;
    }
}
