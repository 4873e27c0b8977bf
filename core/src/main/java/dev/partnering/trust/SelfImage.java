package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.party.PartyKind;

/**
 * The 360° comparison for one side on one dimension: how the side sees itself (its answers about
 * its own side) against how the other side sees it (the other side's answers about its partner).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param side  the side seen, not null
 * @param self  the side's answers about itself, not null
 * @param seenByPartner  the other side's answers about its partner, that is about this side, not null
 * @since 0.1.0
 */
public record SelfImage(PartyKind side, GroupScore self, GroupScore seenByPartner) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param side  the side seen, not null
     * @param self  the side's answers about itself, not null
     * @param seenByPartner  the other side's answers about its partner, that is about this side, not null
     */
    public SelfImage {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(seenByPartner, "seenByPartner");
    }

    /**
     * @return self minus seen by partner, in points from -100 to 100 (positive when the side
     *         thinks better of itself than its partner does); empty unless both are shown
     */
    public Optional<BigDecimal> gap() {
        return self.score().flatMap(s -> seenByPartner.score().map(s::subtract));
    }
}
