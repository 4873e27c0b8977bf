package dev.partnering.trust;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;

/**
 * Decides which further figures of one dimension must be hidden so that the figures shown, read
 * together with the ends of the scale, do not narrow down the answers of a group of fewer than the
 * minimum number of respondents (protection against inference by bounds).
 * <p>
 * <b>What a reader knows.</b> Every answer is a whole number of steps from 0 to {@code R} above
 * the scale's minimum ({@code R = maximum - minimum}). The answers of a dimension fall into cells
 * by side, level and focus; the reader is assumed to know how many answers every cell holds (the
 * cautious assumption) and, from each figure shown, the exact sum of its cells' steps (mean times
 * answer count). So the cell sums {@code x} the reader cannot tell apart from the truth are the
 * whole-number solutions of {@code 0 <= x_c <= R * answers_c} and {@code sum of x over F = s_F}
 * for every figure {@code F} shown.
 * <p>
 * <b>The rule.</b> For every group {@code G} of cells whose respondents together are fewer than
 * the minimum, every combination of its cell sums from the box {@code 0..R * answers_c} must be
 * among those solutions: then every answer of every respondent of {@code G} may be any value of
 * the scale, jointly, whatever the figures shown. A shown mean at an end of the scale breaks the
 * rule (it fixes every answer in it), and so does one near an end (mean 95.83 over four answers
 * tells that a suppressed fourth answered at least 6 of 7). The corners of each group's box are
 * taken in turn; while a corner is ruled out, one more figure is hidden: the first, in the order
 * of preference of {@link Disclosure}, whose removal makes that corner possible; else the first
 * shown figure that overlaps the group. Hiding a figure removes a constraint, so a corner once
 * possible stays possible, and this ends, at the latest when no figure shown overlaps a group
 * below the minimum.
 * <p>
 * <b>Why checking the corners of the box suffices.</b> The figures are unions of cells taken from
 * two laminar families: both sides, one side, one side at one level (cells grouped by side and
 * level) and one side with one focus (cells grouped by side and focus). Their constraints are
 * those of a flow: source, both sides, sides, side levels, cells (edges from a side level to a side
 * focus), side foci, sink; a figure shown fixes the flow on its edge. A flow problem with whole
 * bounds has a whole solution whenever it has any, also with some cells fixed; and the cell sums of
 * {@code G} compatible with the figures form a convex set. So if every corner of {@code G}'s box
 * is compatible, every whole point in the box is, and each is reached with whole cell sums, which
 * any answers of the scale can make up. Feasibility is decided by a maximum flow with lower bounds.
 * It suffices to check the groups to which no small cell can be added (maximal groups).
 * <p>
 * Stateless; not instantiable.
 */
final class Bounds {

    private static final int SIDES = PartyKind.values().length;
    private static final int LEVELS = GovernanceLevel.values().length;
    private static final int FOCI = Focus.values().length;
    private static final int SOURCE = 0;
    private static final int OVERALL = 1;
    private static final int SIDE0 = 2;
    private static final int LEVEL0 = SIDE0 + SIDES;
    private static final int FOCUS0 = LEVEL0 + SIDES * LEVELS;
    private static final int SINK = FOCUS0 + SIDES * FOCI;
    private static final int NODES = SINK + 1;

    private Bounds() {
    }

    /**
     * One non-empty cell.
     *
     * @param side  its side
     * @param level  its level
     * @param focus  its focus
     * @param capacity  the largest sum of its steps: R x its answers
     * @param steps  the true sum of its steps
     * @param respondents  its respondents
     */
    record CellData(PartyKind side, GovernanceLevel level, Focus focus, long capacity, long steps, Set<String> respondents) {
    }

    /**
     * Extends the suppressions until no group below the minimum is narrowed down by bounds.
     *
     * @param figures  the candidate figures, not null
     * @param cells  the non-empty cells, by the index the figures' masks use, not null
     * @param minimum  the minimum group size
     * @param hidden  the suppressions decided so far, extended in place with reason {@link SuppressionReason#BOUNDS}
     */
    static void suppress(List<Disclosure.Figure> figures, List<CellData> cells, int minimum,
            Map<TrustGroup, SuppressionReason> hidden) {
        if (shown(figures, hidden).isEmpty()) {
            return;
        }
        List<Integer> groups = maximalGroups(cells, minimum);
        // Hiding a figure only removes a constraint: a corner found possible stays possible, so each
        // corner is settled once, in order, hiding figures until it is possible.
        int touched = 0;
        for (Disclosure.Figure f : shown(figures, hidden)) {
            touched |= f.cells();
        }
        for (int group : groups) {
            // a cell no figure shown adds up is free whatever the others: only the touched ones matter
            int[] members = members(group & touched);
            for (int pick = 0; pick < 1 << members.length; pick++) {
                Corner corner = corner(group, members, pick);
                while (true) {
                    List<Disclosure.Figure> shown = shown(figures, hidden);
                    if (shown.stream().noneMatch(f -> (f.cells() & group) != 0) || feasible(shown, cells, corner)) {
                        break;
                    }
                    hidden.put(complement(shown, cells, corner).group(), SuppressionReason.BOUNDS);
                }
            }
        }
    }

    private static List<Disclosure.Figure> shown(List<Disclosure.Figure> figures, Map<TrustGroup, SuppressionReason> hidden) {
        return figures.stream().filter(f -> f.cells() != 0 && !hidden.containsKey(f.group()))
                .sorted(Disclosure.PREFERENCE).toList();
    }

    private static Corner corner(int group, int[] members, int pick) {
        int full = 0;
        for (int k = 0; k < members.length; k++) {
            if ((pick >>> k & 1) != 0) {
                full |= 1 << members[k];
            }
        }
        return new Corner(group, full);
    }

    /** A combination of cell sums the figures shown rule out: the cells of a group, each at 0 or full. */
    record Corner(int group, int full) {
    }

    private static Disclosure.Figure complement(List<Disclosure.Figure> shown, List<CellData> cells, Corner leak) {
        for (Disclosure.Figure candidate : shown) {
            List<Disclosure.Figure> rest = new ArrayList<>(shown);
            rest.remove(candidate);
            if (feasible(rest, cells, leak)) {
                return candidate;
            }
        }
        return shown.stream().filter(f -> (f.cells() & leak.group()) != 0).findFirst().orElse(shown.get(0));
    }

    /**
     * The groups of small cells (fewer respondents than the minimum) whose respondents together are
     * fewer than the minimum, and to which no further small cell can be added.
     */
    static List<Integer> maximalGroups(List<CellData> cells, int minimum) {
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).respondents().size() < minimum) {
                small.add(i);
            }
        }
        List<Integer> maximal = new ArrayList<>();
        collect(cells, small, 0, 0, Set.of(), minimum, maximal);
        return maximal;
    }

    private static void collect(List<CellData> cells, List<Integer> small, int from, int mask, Set<String> union,
            int minimum, List<Integer> maximal) {
        for (int k = from; k < small.size(); k++) {
            int cell = small.get(k);
            Set<String> grown = new HashSet<>(union);
            grown.addAll(cells.get(cell).respondents());
            if (grown.size() < minimum) {
                int group = mask | 1 << cell;
                if (isMaximal(cells, small, group, grown, minimum)) {
                    maximal.add(group);
                }
                collect(cells, small, k + 1, group, grown, minimum, maximal);
            }
        }
    }

    /** @return true if no small cell outside the group can join it without reaching the minimum */
    private static boolean isMaximal(List<CellData> cells, List<Integer> small, int group, Set<String> union,
            int minimum) {
        for (int cell : small) {
            if ((group >>> cell & 1) == 0) {
                Set<String> grown = new HashSet<>(union);
                grown.addAll(cells.get(cell).respondents());
                if (grown.size() < minimum) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] members(int mask) {
        return IntStream.range(0, 31).filter(i -> (mask >>> i & 1) != 0).toArray();
    }

    /**
     * @return true if some whole cell sums within the box, with the corner's cells fixed (at their
     *         capacity if in {@code corner.full()}, else at 0), give every figure shown its true sum
     */
    static boolean feasible(List<Disclosure.Figure> shown, List<CellData> cells, Corner corner) {
        long infinity = 1;
        for (CellData c : cells) {
            infinity += c.capacity();
        }
        Network n = new Network();
        long[] lower = new long[NODES];
        long[] upper = new long[NODES];
        Arrays.fill(upper, infinity);
        // per figure edge, indexed by the node the edge enters (overall, side, side level) or leaves (side focus)
        for (Disclosure.Figure f : shown) {
            int node = node(f.group());
            long sum = 0;
            for (int i = 0; i < cells.size(); i++) {
                if ((f.cells() >>> i & 1) != 0) {
                    sum += cells.get(i).steps();
                }
            }
            lower[node] = sum;
            upper[node] = sum;
        }
        n.edge(SOURCE, OVERALL, lower[OVERALL], upper[OVERALL]);
        for (int s = 0; s < SIDES; s++) {
            n.edge(OVERALL, SIDE0 + s, lower[SIDE0 + s], upper[SIDE0 + s]);
            for (int l = 0; l < LEVELS; l++) {
                int level = LEVEL0 + s * LEVELS + l;
                n.edge(SIDE0 + s, level, lower[level], upper[level]);
            }
            for (int f = 0; f < FOCI; f++) {
                int focus = FOCUS0 + s * FOCI + f;
                n.edge(focus, SINK, lower[focus], upper[focus]);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            CellData c = cells.get(i);
            int from = LEVEL0 + c.side().ordinal() * LEVELS + c.level().ordinal();
            int to = FOCUS0 + c.side().ordinal() * FOCI + c.focus().ordinal();
            long lo = 0;
            long hi = c.capacity();
            if ((corner.group() >>> i & 1) != 0) {
                lo = (corner.full() >>> i & 1) != 0 ? c.capacity() : 0;
                hi = lo;
            }
            n.edge(from, to, lo, hi);
        }
        n.edge(SINK, SOURCE, 0, infinity);
        return n.feasible();
    }

    /** @return the node whose figure edge carries the group's sum */
    private static int node(TrustGroup g) {
        if (g.side().isEmpty()) {
            return OVERALL;
        }
        int s = g.side().get().ordinal();
        if (g.level().isPresent()) {
            return LEVEL0 + s * LEVELS + g.level().get().ordinal();
        }
        if (g.focus().isPresent()) {
            return FOCUS0 + s * FOCI + g.focus().get().ordinal();
        }
        return SIDE0 + s;
    }

    /** A circulation with lower and upper bounds on its edges, decided by a maximum flow. */
    private static final class Network {
        private final int size = NODES + 2;
        private final long[][] capacity = new long[size][size];
        private final long[] excess = new long[size];
        void edge(int from, int to, long lower, long upper) {
            capacity[from][to] += upper - lower;
            excess[to] += lower;
            excess[from] -= lower;
        }

        boolean feasible() {
            int source = NODES;
            int sink = NODES + 1;
            long needed = 0;
            for (int v = 0; v < NODES; v++) {
                if (excess[v] > 0) {
                    capacity[source][v] += excess[v];
                    needed += excess[v];
                } else if (excess[v] < 0) {
                    capacity[v][sink] += -excess[v];
                }
            }
            return maxFlow(source, sink) == needed;
        }

        private long maxFlow(int source, int sink) {
            long total = 0;
            while (true) {
                int[] parent = new int[size];
                Arrays.fill(parent, -1);
                parent[source] = source;
                Deque<Integer> queue = new ArrayDeque<>();
                queue.add(source);
                while (!queue.isEmpty() && parent[sink] < 0) {
                    int u = queue.poll();
                    for (int v = 0; v < size; v++) {
                        if (parent[v] < 0 && capacity[u][v] > 0) {
                            parent[v] = u;
                            queue.add(v);
                        }
                    }
                }
                if (parent[sink] < 0) {
                    return total;
                }
                long push = Long.MAX_VALUE;
                for (int v = sink; v != source; v = parent[v]) {
                    push = Math.min(push, capacity[parent[v]][v]);
                }
                for (int v = sink; v != source; v = parent[v]) {
                    capacity[parent[v]][v] -= push;
                    capacity[v][parent[v]] += push;
                }
                total += push;
            }
        }
    }
}
