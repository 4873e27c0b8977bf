package dev.partnering.amendment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;

/**
 * The history of an agreement as a sequence of versions: the original, in force from the term's
 * start date, and one version per {@link Amendment}, each in force from the amendment's date
 * until the next.
 * <p>
 * It answers "what was in force on date D": the version with the latest effective date not after
 * D. Scorecards and incentives for a past period must use the terms in force then, not today's
 * ({@link #inForceDuring(ReportingPeriod)} takes the version in force on the period's first day,
 * as KPI revisions do). Amendments are recorded in date order: each one's effective date must be
 * after the previous version's, so exactly one version is in force on any day from the start;
 * changes that take effect on the same day belong in one amendment.
 * <p>
 * Amending returns a new history; this one is unchanged. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementHistory {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementHistory.class);

    private final List<AgreementVersion> versions;

    private AgreementHistory(List<AgreementVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /**
     * Starts the history of an agreement: version 1, in force from its term's start date.
     *
     * @param original  the agreement as signed, not null
     * @return the history with one version, never null
     */
    public static AgreementHistory of(Agreement original) {
        Objects.requireNonNull(original, "original");
        return new AgreementHistory(List.of(new AgreementVersion(1, original.term().startDate(), original, Optional.empty())));
    }

    /**
     * Restores a history from its versions as stored (e.g. read back from JSON): version 1 is the
     * original agreement, and every later version is rebuilt as the one before it amended by its
     * amendment; each stored version must equal its rebuilt one (number, date and agreement), so a
     * stored history never holds a version that its amendments do not produce.
     *
     * @param versions  the versions in order, the original first, not null
     * @return the history, never null
     * @throws ValidationException naming each version that does not follow from the one before it
     * @since 0.1.0
     */
    public static AgreementHistory restore(List<AgreementVersion> versions) {
        Violations v = Violations.of("AgreementHistory");
        v.requiredAll("versions", versions);
        v.throwIfAny();
        v.require(!versions.isEmpty(), "versions", "[]", "an agreement history has at least one version, the original agreement");
        v.throwIfAny();
        AgreementVersion first = versions.get(0);
        AgreementHistory history = of(first.agreement());
        first.amendment().ifPresent(a -> v.add("versions[0].amendment", a,
                "version 1 is the original agreement and has no amendment"));
        for (int i = 1; i < versions.size() && v.isEmpty(); i++) {
            Optional<Amendment> amendment = versions.get(i).amendment();
            if (amendment.isEmpty()) {
                v.add("versions[" + i + "].amendment", null, "version " + (i + 1) + " needs the amendment that made it");
                break;
            }
            try {
                history = history.amend(amendment.get());
            } catch (ValidationException e) {
                v.addAll("versions[" + i + "].amendment", e.violations());
            }
        }
        for (int i = 0; i < versions.size() && v.isEmpty(); i++) {
            compare(v, i, versions.get(i), history.versions().get(i));
        }
        v.throwIfAny();
        return history;
    }

    private static void compare(Violations v, int i, AgreementVersion given, AgreementVersion rebuilt) {
        String path = "versions[" + i + "]";
        v.require(given.number() == rebuilt.number(), path + ".number", given.number(), () -> "version " + (i + 1)
                + " is numbered " + given.number() + "; versions are numbered 1, 2, … in order");
        v.require(given.effectiveFrom().equals(rebuilt.effectiveFrom()), path + ".effectiveFrom", given.effectiveFrom(),
                () -> "version " + rebuilt.number() + " is in force from " + rebuilt.effectiveFrom()
                        + (i == 0 ? ", the term's start date" : ", its amendment's date") + ", not " + given.effectiveFrom());
        v.require(given.agreement().equals(rebuilt.agreement()), path + ".agreement", given.agreement().id(),
                () -> "version " + rebuilt.number() + "'s agreement differs from version " + (i == 0 ? 1 : i)
                        + " amended by its amendment");
    }

    /**
     * Records an amendment, making the next version from the current one.
     *
     * @param amendment  the amendment, effective after the current version, not null
     * @return the history with the new version, never null
     * @throws ValidationException if the amendment is not after the current version, or listing
     *         every change that cannot be applied
     */
    public AgreementHistory amend(Amendment amendment) {
        Objects.requireNonNull(amendment, "amendment");
        AgreementVersion current = current();
        Violations.of("Amendment '" + amendment.description() + "' of " + amendment.effectiveFrom())
                .require(amendment.effectiveFrom().isAfter(current.effectiveFrom()), "effectiveFrom", amendment.effectiveFrom(),
                        "amendment '" + amendment.description() + "' effective " + amendment.effectiveFrom()
                                + " must be after version " + current.number() + " (in force from " + current.effectiveFrom()
                                + "); amendments are recorded in date order and one day's changes go in one amendment")
                .throwIfAny();
        Agreement amended = Revisions.apply(current.agreement(), amendment);
        List<AgreementVersion> next = new ArrayList<>(versions);
        next.add(new AgreementVersion(current.number() + 1, amendment.effectiveFrom(), amended, Optional.of(amendment)));
        LOG.debug("agreement '{}': version {} in force from {} ({})", amended.id(), current.number() + 1,
                amendment.effectiveFrom(), amendment.description());
        return new AgreementHistory(next);
    }

    /** @return every version, version 1 first, in date order, never null or empty */
    public List<AgreementVersion> versions() {
        return versions;
    }

    /** @return the latest version, never null */
    public AgreementVersion current() {
        return versions.get(versions.size() - 1);
    }

    /**
     * Two histories are equal when their versions are equal, in order.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a AgreementHistory with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementHistory h && versions.equals(h.versions);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(versions);
    }

    /**
     * @param number  a version number, from 1 to the number of versions
     * @return the version, never null
     * @throws ValidationException if there is no such version
     */
    public AgreementVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new ValidationException("AgreementHistory", List.of(Violation.of("number", number, "agreement '"
                    + current().agreement().id() + "' has no version " + number + "; its versions are 1 to " + versions.size())));
        }
        return versions.get(number - 1);
    }

    /**
     * @param date  a date, not null
     * @return the version with the latest effective date not after {@code date}; empty before the
     *         original agreement's start
     */
    public Optional<AgreementVersion> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(date)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * @param period  a reporting period, not null
     * @return the version in force on the period's first day, which governs the whole period;
     *         empty if the period starts before the original agreement
     */
    public Optional<AgreementVersion> inForceDuring(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return inForceOn(period.start());
    }

    /**
     * Compares two versions for a person to read, e.g. for the minutes of the level-A forum.
     *
     * @param fromVersion  the earlier version number, at least 1
     * @param toVersion  the later version number, not below {@code fromVersion}
     * @return the amendments in between and every difference between the two agreements, never null
     * @throws ValidationException if a version does not exist or {@code fromVersion > toVersion}
     */
    public AgreementDiff diff(int fromVersion, int toVersion) {
        AgreementVersion from = version(fromVersion);
        AgreementVersion to = version(toVersion);
        if (fromVersion > toVersion) {
            throw new ValidationException("AgreementHistory", List.of(Violation.of("fromVersion", fromVersion,
                    "cannot diff version " + fromVersion + " to the earlier version " + toVersion
                            + "; give the earlier version first")));
        }
        return new AgreementDiff(from, to, versions.subList(fromVersion, toVersion),
                Differences.between(from.agreement(), to.agreement()));
    }
}
