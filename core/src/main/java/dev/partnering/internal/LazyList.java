package dev.partnering.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose elements are computed the first time it is read, exactly once, then
 * kept: for the sentences of a result that most callers never read. The supplier must be pure.
 * Equality and hash are those of {@link List}.
 *
 * @param <E> the element type
 */
public final class LazyList<E> extends AbstractList<E> implements RandomAccess {

    private volatile Supplier<List<E>> pending;
    private List<E> elements; // written before pending is cleared (a volatile write)

    private LazyList(Supplier<List<E>> pending) {
        this.pending = pending;
    }

    /**
     * @param elements  computes the elements, not null; must not return null or null elements
     * @param <E> the element type
     * @return the lazy list, never null
     */
    public static <E> List<E> of(Supplier<List<E>> elements) {
        return new LazyList<>(Objects.requireNonNull(elements, "elements"));
    }

    /**
     * @param list  a list, not null
     * @param <E> the element type
     * @return the list itself if it is a lazy list (already unmodifiable), else {@code List.copyOf(list)}
     */
    public static <E> List<E> copyOf(List<E> list) {
        return list instanceof LazyList ? list : List.copyOf(list);
    }

    private List<E> elements() {
        if (pending != null) {
            synchronized (this) {
                Supplier<List<E>> p = pending;
                if (p != null) {
                    elements = List.copyOf(p.get());
                    pending = null;
                }
            }
        }
        return elements;
    }

    @Override
    public E get(int index) {
        return elements().get(index);
    }

    @Override
    public int size() {
        return elements().size();
    }
}
