package dev.partnering.internal;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An unmodifiable list over the first elements of an array its maker fills and then never changes: a
 * calculator hands the list it made to a value type without the copy {@link List#copyOf} makes, and value types
 * that copy the lists they are given keep this one as it is ({@link #immutable}). Like the lists of
 * {@link List#copyOf} it holds no null, refuses to look for null, and refuses every change. Equal to any list of
 * the same elements. Not part of the API.
 * <p>
 * Immutable and thread-safe once made (its array's first {@code size} slots are not changed after {@link #of}; the
 * value type's final field publishes it). A list that needs more than a list's answers (e.g.
 * {@code incentive.internal.PastList}, a prefix of a growing array that also finds a period) extends this class and
 * so answers every list method as it does; it adds queries, never a change.
 *
 * @param <T>  the element type
 */
public class FrozenList<T> extends AbstractList<T> implements RandomAccess {

    private final Object[] items;
    private final int size;

    /**
     * For a subclass: the list over the first {@code size} slots of the array, which hold no null and never change.
     *
     * @param items  the elements in their first {@code size} slots, none null (not checked), not null
     * @param size  the number of elements, 0 to {@code items.length}
     */
    protected FrozenList(Object[] items, int size) {
        Objects.checkFromToIndex(0, size, items.length);
        this.items = items;
        this.size = size;
    }

    /**
     * @param items  the elements in their first {@code size} slots, none null, not changed after this call (the list
     *               reads the array, it does not copy it), not null
     * @param size  the number of elements, 0 to {@code items.length}
     * @param <T>  the element type
     * @return the list, never null
     * @throws NullPointerException if an element is null
     */
    public static <T> List<T> of(Object[] items, int size) {
        Objects.checkFromToIndex(0, size, items.length);
        if (size == 0) {
            return List.of();
        }
        for (int i = 0; i < size; i++) {
            Objects.requireNonNull(items[i], "element");
        }
        return new FrozenList<>(items, size);
    }

    /**
     * @param list  a list, not null, without null elements
     * @param <T>  the element type
     * @return the list itself if it is a {@code FrozenList}, else {@link List#copyOf} of it
     */
    public static <T> List<T> immutable(List<T> list) {
        return list instanceof FrozenList<T> ? list : List.copyOf(list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public final T get(int index) {
        Objects.checkIndex(index, size);
        return (T) items[index];
    }

    @Override
    public final int size() {
        return size;
    }

    /**
     * A plain walk over the array (the list never changes): no modification count, no index check per element; the
     * list iterator's, which refuses every change.
     */
    @Override
    public final java.util.Iterator<T> iterator() {
        return listIterator(0);
    }

    /**
     * A sub-list that answers as the whole list does (every change refused, whether or not it would change anything;
     * null refused in look-ups), as the sub-lists of {@link List#copyOf}'s lists do: a {@code FrozenList} of those
     * elements (a copy of that part of the array, which never changes), or {@link List#of()} for an empty range.
     */
    @Override
    public final List<T> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size);
        return fromIndex == toIndex ? List.of()
                : new FrozenList<>(java.util.Arrays.copyOfRange(items, fromIndex, toIndex), toIndex - fromIndex);
    }

    /**
     * A walk in both directions that refuses every change with {@link UnsupportedOperationException}, before or after
     * {@code next()}, as the lists of {@link List#copyOf} do (the inherited one would first refuse a change before
     * {@code next()} with {@link IllegalStateException}).
     */
    @Override
    public final java.util.ListIterator<T> listIterator(int index) {
        Objects.checkIndex(index, size + 1);
        return new java.util.ListIterator<>() {
            private int cursor = index;

            @Override
            public boolean hasNext() {
                return cursor < size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (cursor >= size) {
                    throw new java.util.NoSuchElementException();
                }
                return (T) items[cursor++];
            }

            @Override
            public boolean hasPrevious() {
                return cursor > 0;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T previous() {
                if (cursor <= 0) {
                    throw new java.util.NoSuchElementException();
                }
                return (T) items[--cursor];
            }

            @Override
            public int nextIndex() {
                return cursor;
            }

            @Override
            public int previousIndex() {
                return cursor - 1;
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void set(T e) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(T e) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void forEach(java.util.function.Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < size; i++) {
            action.accept((T) items[i]);
        }
    }

    @Override
    public final boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public final int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < size; i++) {
            if (o.equals(items[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public final int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = size - 1; i >= 0; i--) {
            if (o.equals(items[i])) {
                return i;
            }
        }
        return -1;
    }

    // every change is refused, whether or not it would change anything (as List.copyOf's lists do)

    @Override
    public final boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean addAll(Collection<? extends T> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean addAll(int index, Collection<? extends T> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean removeIf(Predicate<? super T> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void replaceAll(UnaryOperator<T> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void sort(Comparator<? super T> c) {
        throw new UnsupportedOperationException();
    }
}
