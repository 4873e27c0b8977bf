package dev.partnering.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.partnering.internal.Violations;

/**
 * A declared scale for likelihood or impact: its levels in words, from the lowest (position 1) to
 * the highest (position {@link #size()}), e.g. rare, unlikely, possible, likely, almost certain.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  what the scale measures, e.g. {@code likelihood}, not blank
 * @param levels  the levels from lowest to highest, 2 to 10 distinct words, not null
 * @since 0.1.0
 */
public record RiskScale(String name, List<String> levels) {

    /** The most levels a scale may have. */
    public static final int MAX_LEVELS = 10;

    /**
     * Creates the value, checking it.
     *
     * @param name  what the scale measures, not blank
     * @param levels  the levels from lowest to highest, not null
     * @throws dev.partnering.ValidationException naming every problem
     */
    public RiskScale {
        Violations.requirePresent("RiskScale", "name", name, "levels", levels);
        Violations attrs = Violations.of("RiskScale");
        attrs.requiredAll("levels", levels);
        attrs.throwIfAny();
        levels = List.copyOf(levels);
        Violations v = Violations.of("RiskScale '" + name + "'");
        v.require(!name.isBlank(), "name", name, "a risk scale's name must not be blank");
        v.require(levels.size() >= 2 && levels.size() <= MAX_LEVELS, "levels", levels, "scale '" + name + "' has "
                + levels.size() + " levels; a scale has 2 to " + MAX_LEVELS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            String l = levels.get(i);
            v.require(!l.isBlank() && seen.add(l), "levels[" + i + "]", l, "scale '" + name + "': level " + (i + 1)
                    + " must be a word not used before on the scale");
        }
        v.throwIfAny();
    }

    /**
     * @param name  what the scale measures, not blank
     * @param levels  the levels from lowest to highest, not null
     * @return the scale, never null
     */
    public static RiskScale of(String name, String... levels) {
        return new RiskScale(name, List.of(levels));
    }

    /** @return rare, unlikely, possible, likely, almost certain; never null */
    public static RiskScale likelihood() {
        return of("likelihood", "rare", "unlikely", "possible", "likely", "almost certain");
    }

    /** @return insignificant, minor, moderate, major, severe; never null */
    public static RiskScale impact() {
        return of("impact", "insignificant", "minor", "moderate", "major", "severe");
    }

    /** @return the number of levels */
    public int size() {
        return levels.size();
    }

    /**
     * @param position  a position from 1 to {@link #size()}
     * @return the level's word, never null
     * @throws IndexOutOfBoundsException if the position is not on the scale
     */
    public String level(int position) {
        return levels.get(position - 1);
    }

    /**
     * @param position  a position
     * @return true if it is from 1 to {@link #size()}
     */
    public boolean contains(int position) {
        return position >= 1 && position <= size();
    }
}
