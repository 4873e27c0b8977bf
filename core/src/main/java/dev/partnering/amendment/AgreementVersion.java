package dev.partnering.amendment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;

/**
 * One version of an agreement in its {@link AgreementHistory}: the agreement as it stood from
 * {@link #effectiveFrom()} until the next version, and the amendment that made it (none for the
 * original, version 1).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementVersion {

    private final int number;
    private final LocalDate effectiveFrom;
    private final Agreement agreement;
    private final Optional<Amendment> amendment;

    AgreementVersion(int number, LocalDate effectiveFrom, Agreement agreement, Optional<Amendment> amendment) {
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.agreement = agreement;
        this.amendment = amendment;
    }

    /**
     * A version as stored, e.g. read back from JSON. It is checked where it belongs: in the history
     * it is restored into ({@link AgreementHistory#restore(List)}), where it must follow from the
     * version before it.
     *
     * @param number  the version number, 1 for the original agreement
     * @param effectiveFrom  the first day it is in force, not null
     * @param agreement  the agreement as it stands in this version, not null
     * @param amendment  the amendment that made it; empty for version 1, not null
     * @return the version, never null
     * @throws dev.partnering.ValidationException if a part is null
     * @since 0.1.0
     */
    public static AgreementVersion of(int number, LocalDate effectiveFrom, Agreement agreement,
            Optional<Amendment> amendment) {
        dev.partnering.internal.Violations.requirePresent("AgreementVersion", "effectiveFrom", effectiveFrom,
                "agreement", agreement, "amendment", amendment);
        return new AgreementVersion(number, effectiveFrom, agreement, amendment);
    }

    /** @return the version number, 1 for the original agreement */
    public int number() {
        return number;
    }

    /** @return the first day this version is in force, never null */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the agreement as it stands in this version, never null */
    public Agreement agreement() {
        return agreement;
    }

    /** @return the amendment that made this version; empty for version 1 */
    public Optional<Amendment> amendment() {
        return amendment;
    }

    /**
     * Two versions are equal when their numbers, dates, agreements and amendments are equal.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a AgreementVersion with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementVersion v && number == v.number && effectiveFrom.equals(v.effectiveFrom) && agreement.equals(v.agreement) && amendment.equals(v.amendment);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(number, effectiveFrom, agreement, amendment);
    }

    /** @return e.g. {@code version 2, in force from 2027-01-01: Annual KPI review} */
    @Override
    public String toString() {
        return "version " + number + ", in force from " + effectiveFrom
                + amendment.map(a -> ": " + a.description()).orElse(": the original agreement");
    }
}
