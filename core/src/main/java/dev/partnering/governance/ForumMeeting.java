package dev.partnering.governance;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.party.PartyKind;

/**
 * The record of one meeting of a {@link Forum}: the forum's id, the date, whether it was held or
 * cancelled, and how many people of each side attended.
 * <p>
 * Attendance is optional: an empty map means it was not recorded. A side missing from a recorded
 * attendance had nobody there. A cancelled meeting has no attendance.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ForumMeeting {

    ForumMeeting() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableForumMeeting.builder();
    }

    /**
     * Obtains a held meeting without recorded attendance.
     *
     * @param forum  the forum's id, not null
     * @param date  the day of the meeting, not null
     * @return the record, never null
     */
    public static ForumMeeting held(String forum, LocalDate date) {
        return builder().forum(forum).date(date).build();
    }

    /**
     * Obtains a held meeting with the attendance of both sides.
     *
     * @param forum  the forum's id, not null
     * @param date  the day of the meeting, not null
     * @param customers  the number of people of the customer side present, not negative
     * @param suppliers  the number of people of the supplier side present, not negative
     * @return the record, never null
     */
    public static ForumMeeting held(String forum, LocalDate date, int customers, int suppliers) {
        return builder().forum(forum).date(date).putAttendance(PartyKind.CUSTOMER, customers)
                .putAttendance(PartyKind.SUPPLIER, suppliers).build();
    }

    /**
     * Obtains a cancelled meeting.
     *
     * @param forum  the forum's id, not null
     * @param date  the day it was scheduled for, not null
     * @return the record, never null
     */
    public static ForumMeeting cancelled(String forum, LocalDate date) {
        return builder().forum(forum).date(date).status(MeetingStatus.CANCELLED).build();
    }

    /** @return the id of the forum that met, never null */
    public abstract String forum();

    /** @return the day of the meeting, never null */
    public abstract LocalDate date();

    /** @return whether it was held; HELD by default */
    @Value.Default
    public MeetingStatus status() {
        return MeetingStatus.HELD;
    }

    /** @return the number of people present per side, empty if not recorded */
    public abstract Map<PartyKind, Integer> attendance();

    /** @return true if the meeting was held */
    public boolean isHeld() {
        return status() == MeetingStatus.HELD;
    }

    /** @return true if attendance was recorded and someone of each side was there */
    public boolean isAttendedByBothSides() {
        return attendance().getOrDefault(PartyKind.CUSTOMER, 0) > 0 && attendance().getOrDefault(PartyKind.SUPPLIER, 0) > 0;
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ForumMeeting");
        attrs.required("forum", forum());
        attrs.required("date", date());
        attrs.required("status", status());
        attrs.requiredEntries("attendance", attendance());
        attrs.throwIfAny();
        String meeting = "meeting of forum '" + forum() + "' on " + date();
        Violations v = Violations.of("ForumMeeting '" + forum() + "' " + date());
        new TreeMap<>(attendance()).forEach((side, n) -> v.require(n >= 0, "attendance." + side, n,
                meeting + ": attendance of the " + side + " side " + n + " must not be negative"));
        v.require(isHeld() || attendance().isEmpty(), "attendance", attendance(),
                meeting + " was cancelled and cannot have attendance");
        v.throwIfAny();
    }

    /**
     * A builder of {@link ForumMeeting}; {@code forum} and {@code date} are required.
     * <p>
     * Obtained from {@link ForumMeeting#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link ForumMeeting#forum() forum} attribute.
         * @param forum The value for forum (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder forum(String forum);

        /**
         * Initializes the value for the {@link ForumMeeting#date() date} attribute.
         * @param date The value for date (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder date(LocalDate date);

        /**
         * Initializes the value for the {@link ForumMeeting#status() status} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link ForumMeeting#status() status}.</em>
         * @param status The value for status 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder status(MeetingStatus status);

        /**
         * Put one entry to the {@link ForumMeeting#attendance() attendance} map.
         * @param key The key in the attendance map
         * @param value The associated value in the attendance map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAttendance(PartyKind key, Integer value);

        /**
         * Put one entry to the {@link ForumMeeting#attendance() attendance} map. Nulls are not permitted
         * @param entry The key and value entry
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAttendance(Map.Entry<PartyKind, ? extends Integer> entry);

        /**
         * Put all mappings from the specified map as entries to {@link ForumMeeting#attendance() attendance} map. Nulls are not permitted
         * @param entries The entries that will be added to the attendance map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllAttendance(Map<PartyKind, ? extends Integer> entries);


        /**
         * @return the ForumMeeting, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ForumMeeting build();
    }
}
