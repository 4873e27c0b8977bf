package dev.partnering.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A small map in the order its entries were given, over two arrays its maker fills and then never changes: a
 * calculator hands the map it made to a value type, which keeps it behind {@link Collections#unmodifiableMap}
 * instead of copying it into a {@link java.util.LinkedHashMap} (so that every change is refused as before).
 * Equal to any map of the same entries, with the same hash code and text as a {@code LinkedHashMap} of them in
 * that order. Its keys are distinct and no key or value is null. Not part of the API.
 * <p>
 * Immutable and thread-safe once made.
 *
 * @param <K>  the key type
 * @param <V>  the value type
 */
public final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Object[] keys;
    private final Object[] values;

    private FrozenMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * @param k1  the first key, not null
     * @param v1  its value, not null
     * @param k2  the second key, not null, not equal to the first
     * @param v2  its value, not null
     * @param <K>  the key type
     * @param <V>  the value type
     * @return the map of the two entries in this order, never null
     * @throws IllegalArgumentException if the keys are equal
     */
    public static <K, V> FrozenMap<K, V> of(K k1, V v1, K k2, V v2) {
        if (Objects.requireNonNull(k1, "key").equals(Objects.requireNonNull(k2, "key"))) {
            throw new IllegalArgumentException("duplicate key " + k1);
        }
        return new FrozenMap<>(new Object[] {k1, k2}, new Object[] {Objects.requireNonNull(v1, "value"),
                Objects.requireNonNull(v2, "value")});
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public java.util.Spliterator<Map.Entry<K, V>> spliterator() {
                return java.util.Spliterators.spliterator(this, ORDERED_SET); // as a LinkedHashMap's entry set
            }
        };
    }

    /** What a {@code LinkedHashMap}'s entry and key sets report beyond their size: ordered, distinct. */
    private static final int ORDERED_SET = java.util.Spliterator.ORDERED | java.util.Spliterator.DISTINCT;

    /** @return the keys in order; streamed in order, as a {@code LinkedHashMap}'s key set */
    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return FrozenMap.this.<K>walk(keys);
            }

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public java.util.Spliterator<K> spliterator() {
                return java.util.Spliterators.spliterator(this, ORDERED_SET);
            }
        };
    }

    /** @return the values in order; streamed in order, as a {@code LinkedHashMap}'s values */
    @Override
    public java.util.Collection<V> values() {
        return new java.util.AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return FrozenMap.this.<V>walk(values);
            }

            @Override
            public int size() {
                return values.length;
            }

            @Override
            public java.util.Spliterator<V> spliterator() {
                return java.util.Spliterators.spliterator(this, java.util.Spliterator.ORDERED);
            }
        };
    }

    private <T> Iterator<T> walk(Object[] items) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (next >= items.length) {
                    throw new NoSuchElementException();
                }
                return (T) items[next++];
            }
        };
    }
}
