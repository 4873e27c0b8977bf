package dev.partnering.trust;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which figures of one dimension may be shown without exposing a group of fewer than
 * the minimum number of respondents, directly or by subtraction.
 * <p>
 * The answers of a dimension fall into cells by side, level and focus; a cell's respondents
 * never overlap with another side's or level's. Each figure is the mean of the answers in a union
 * of cells, shown with its answer count, so a reader knows the sum of every figure shown and can
 * add and subtract those sums. A <em>group</em> is any non-empty set of cells; it is exposed when
 * its sum is a linear combination of the sums shown. The rule enforced: no group with fewer
 * respondents than the minimum is exposed. Cells without answers are treated as known to the
 * reader, which is the cautious assumption.
 * <p>
 * First every figure of a group below the minimum is suppressed (primary suppression). Then, as
 * long as some group below the minimum is still exposed, one more figure is suppressed
 * (complementary suppression): the first, in order of preference, whose removal stops that
 * exposure. Preference: level figures, then 360° views, then side figures, then the overall
 * figure; the smaller group first. The result depends only on the cells, never on input order.
 * The protection against bounds comes after, in {@link Bounds}.
 * <p>
 * Stateless; not instantiable.
 */
final class Disclosure {

    private Disclosure() {
    }

    /**
     * A candidate figure.
     *
     * @param group  its group
     * @param rank  the preference for complementary suppression, lower is hidden first
     * @param cells  the bit mask of its non-empty cells
     * @param respondents  the distinct respondents of its cells
     */
    record Figure(TrustGroup group, int rank, int cells, Set<String> respondents) {
    }

    /** The order in which figures are hidden to protect a group: see the class comment. */
    static final Comparator<Figure> PREFERENCE = Comparator.comparingInt(Figure::rank)
            .thenComparingInt(f -> f.respondents().size())
            .thenComparing(f -> order(f.group()));

    /**
     * @param figures  the candidate figures, not null
     * @param cellRespondents  the respondents of each non-empty cell, by cell index (at most 31 cells)
     * @param minimum  the minimum group size
     * @return the figures to suppress and why, in the order decided; the others may be shown
     */
    static Map<TrustGroup, SuppressionReason> suppress(List<Figure> figures, List<Set<String>> cellRespondents,
            int minimum) {
        Map<TrustGroup, SuppressionReason> out = new LinkedHashMap<>();
        figures.stream().filter(f -> f.cells() != 0 && f.respondents().size() < minimum).sorted(PREFERENCE)
                .forEach(f -> out.put(f.group(), SuppressionReason.BELOW_MINIMUM));
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < cellRespondents.size(); i++) {
            if (cellRespondents.get(i).size() < minimum) {
                small.add(i);
            }
        }
        if (small.isEmpty()) {
            return out; // every group is at least as large as one of its cells
        }
        while (true) {
            List<Figure> shown = figures.stream().filter(f -> f.cells() != 0 && !out.containsKey(f.group()))
                    .sorted(PREFERENCE).collect(Collectors.toList());
            int leak = exposedSmallGroup(shown, small, cellRespondents, minimum);
            if (leak == 0) {
                return out;
            }
            out.put(complement(shown, leak, cellRespondents.size()).group(), SuppressionReason.COMPLEMENTARY);
        }
    }

    /**
     * @return the mask of a group below the minimum whose sum the shown figures expose, 0 if none
     */
    static int exposedSmallGroup(List<Figure> shown, List<Integer> small, List<Set<String>> cellRespondents,
            int minimum) {
        Span span = Span.of(shown, cellRespondents.size());
        return search(span, small, 0, 0, Set.of(), cellRespondents, minimum);
    }

    private static int search(Span span, List<Integer> small, int from, int mask, Set<String> union,
            List<Set<String>> cellRespondents, int minimum) {
        for (int k = from; k < small.size(); k++) {
            int cell = small.get(k);
            Set<String> grown = new HashSet<>(union);
            grown.addAll(cellRespondents.get(cell));
            if (grown.size() >= minimum) {
                continue;
            }
            int group = mask | (1 << cell);
            if (span.contains(Span.vector(group, cellRespondents.size()))) {
                return group;
            }
            int deeper = search(span, small, k + 1, group, grown, cellRespondents, minimum);
            if (deeper != 0) {
                return deeper;
            }
        }
        return 0;
    }

    private static Figure complement(List<Figure> shown, int leak, int cells) {
        long[] target = Span.vector(leak, cells);
        for (Figure candidate : shown) {
            List<Figure> rest = new ArrayList<>(shown);
            rest.remove(candidate);
            if (!Span.of(rest, cells).contains(target)) {
                return candidate;
            }
        }
        // Several ways expose the group; any of them uses a figure that overlaps it.
        return shown.stream().filter(f -> (f.cells() & leak) != 0).findFirst().orElseThrow();
    }

    private static String order(TrustGroup g) {
        return g.side().map(s -> s.ordinal()).orElse(9) + "/" + g.level().map(l -> l.ordinal()).orElse(9) + "/"
                + g.focus().map(f -> f.ordinal()).orElse(9);
    }

    /** The linear span of the cell vectors of some figures, in exact integer arithmetic. */
    static final class Span {
        private final List<long[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        static Span of(List<Figure> figures, int cells) {
            Span span = new Span();
            for (Figure f : figures) {
                span.add(vector(f.cells(), cells));
            }
            return span;
        }

        static long[] vector(int mask, int cells) {
            long[] v = new long[cells];
            for (int i = 0; i < cells; i++) {
                v[i] = (mask >>> i) & 1;
            }
            return v;
        }

        void add(long[] v) {
            long[] r = reduce(v);
            int p = firstNonZero(r);
            if (p >= 0) {
                rows.add(r);
                pivots.add(p);
            }
        }

        boolean contains(long[] v) {
            return firstNonZero(reduce(v)) < 0;
        }

        private long[] reduce(long[] v) {
            long[] r = v.clone();
            for (int i = 0; i < rows.size(); i++) {
                int p = pivots.get(i);
                if (r[p] != 0) {
                    long[] b = rows.get(i);
                    long a = b[p];
                    long c = r[p];
                    for (int k = 0; k < r.length; k++) {
                        r[k] = Math.subtractExact(Math.multiplyExact(a, r[k]), Math.multiplyExact(c, b[k]));
                    }
                    normalise(r);
                }
            }
            return r;
        }

        private static void normalise(long[] r) {
            long g = 0;
            for (long x : r) {
                g = gcd(g, Math.abs(x));
            }
            if (g > 1) {
                for (int k = 0; k < r.length; k++) {
                    r[k] /= g;
                }
            }
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }

        private static int firstNonZero(long[] r) {
            for (int i = 0; i < r.length; i++) {
                if (r[i] != 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
