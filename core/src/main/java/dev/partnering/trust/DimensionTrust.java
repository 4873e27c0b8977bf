package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.party.PartyKind;

/**
 * The figures of one dimension in a {@link TrustReport}: the score of both sides together and of
 * each side, the perception gap between the sides and each side's self-image.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dimension  the dimension, not null
 * @param weight  its weight in the trust index, positive, not null
 * @param overall  both sides' answers, not null
 * @param customer  the customer side's answers, not null
 * @param supplier  the supplier side's answers, not null
 * @param customerSelfImage  how the customer side sees itself and is seen, not null
 * @param supplierSelfImage  how the supplier side sees itself and is seen, not null
 * @since 0.1.0
 */
public record DimensionTrust(TrustDimension dimension, BigDecimal weight, GroupScore overall, GroupScore customer,
        GroupScore supplier, SelfImage customerSelfImage, SelfImage supplierSelfImage) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param dimension  the dimension, not null
     * @param weight  its weight in the trust index, positive, not null
     * @param overall  both sides' answers, not null
     * @param customer  the customer side's answers, not null
     * @param supplier  the supplier side's answers, not null
     * @param customerSelfImage  how the customer side sees itself and is seen, not null
     * @param supplierSelfImage  how the supplier side sees itself and is seen, not null
     */
    public DimensionTrust {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(customerSelfImage, "customerSelfImage");
        Objects.requireNonNull(supplierSelfImage, "supplierSelfImage");
    }

    /**
     * @param side  a side, not null
     * @return the side's view of the relationship on this dimension, never null
     */
    public GroupScore side(PartyKind side) {
        return side == PartyKind.CUSTOMER ? customer : supplier;
    }

    /**
     * @param side  a side, not null
     * @return how the side sees itself against how its partner sees it, never null
     */
    public SelfImage selfImage(PartyKind side) {
        return side == PartyKind.CUSTOMER ? customerSelfImage : supplierSelfImage;
    }

    /**
     * @return the perception gap {@code |customer - supplier|} in points from 0 to 100; empty unless
     *         both sides' scores are shown
     */
    public Optional<BigDecimal> perceptionGap() {
        return customer.score().flatMap(c -> supplier.score().map(s -> c.subtract(s).abs()));
    }
}
