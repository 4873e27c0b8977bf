package dev.partnering.examples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;

/**
 * Reads the records of governance in operation, as a case system keeps them:
 * <pre>
 * forum,date,status,customer_attendees,supplier_attendees
 * board,2026-03-12,held,3,2
 * review,2026-04-09,cancelled,,
 *
 * id,title,raised_at,raised_on,escalated_to,escalated_on,resolved_on
 * E-2026-03,Lift out of order at the depot,C,2026-02-03,B,2026-02-06,2026-02-14
 * </pre>
 * Attendance is optional; an escalation is handed up at most once in this format.
 *
 * @since 0.1.0
 */
public final class GovernanceRecordCsv {

    /** The columns of the meeting file. */
    public static final List<String> MEETING_COLUMNS = List.of("forum", "date", "status", "customer_attendees",
            "supplier_attendees");

    /** The columns of the escalation file. */
    public static final List<String> ESCALATION_COLUMNS = List.of("id", "title", "raised_at", "raised_on",
            "escalated_to", "escalated_on", "resolved_on");

    private GovernanceRecordCsv() {
    }

    /**
     * @param source  the file, not null
     * @return the meeting records, in file order, never null
     * @throws InputException if the file is missing or malformed
     */
    public static List<ForumMeeting> meetings(DataFile source) throws InputException {
        List<ForumMeeting> meetings = new ArrayList<>();
        CsvReader.of(source, MEETING_COLUMNS).read(r -> {
            String forum = r.required("forum");
            Optional<LocalDate> date = r.requiredDate("date");
            String status = r.required("status");
            Optional<Integer> customers = r.integer("customer_attendees");
            Optional<Integer> suppliers = r.integer("supplier_attendees");
            boolean held = "held".equals(status == null ? null : status.toLowerCase(Locale.ROOT));
            if (status != null && !held && !"cancelled".equalsIgnoreCase(status)) {
                r.problem("status", "'" + status + "' is not a meeting status (use held or cancelled)");
            }
            if (!r.isValid() || date.isEmpty()) {
                return;
            }
            if (!held) {
                meetings.add(ForumMeeting.cancelled(forum, date.get()));
            } else if (customers.isPresent() && suppliers.isPresent()) {
                meetings.add(ForumMeeting.held(forum, date.get(), customers.get(), suppliers.get()));
            } else {
                meetings.add(ForumMeeting.held(forum, date.get()));
            }
        });
        return meetings;
    }

    /**
     * @param source  the file, not null
     * @return the escalation records, in file order, never null
     * @throws InputException if the file is missing or malformed, or a record breaks a rule
     */
    public static List<Escalation> escalations(DataFile source) throws InputException {
        List<Escalation> escalations = new ArrayList<>();
        CsvReader.of(source, ESCALATION_COLUMNS).read(r -> {
            String id = r.required("id");
            Optional<GovernanceLevel> raisedAt = Fields.level(r, "raised_at");
            Optional<LocalDate> raisedOn = r.requiredDate("raised_on");
            Optional<GovernanceLevel> to = Fields.level(r, "escalated_to");
            Optional<LocalDate> on = r.date("escalated_on");
            Optional<LocalDate> resolved = r.date("resolved_on");
            if (raisedAt.isEmpty() && r.text("raised_at").isEmpty()) {
                r.problem("raised_at", "is empty; the level the escalation was raised at is required");
            }
            if (to.isPresent() != on.isPresent()) {
                r.problem(to.isPresent() ? "escalated_on" : "escalated_to", "escalated_to and escalated_on go together");
            }
            if (!r.isValid() || raisedOn.isEmpty()) {
                return;
            }
            try {
                Escalation.Builder b = Escalation.builder().id(id).title(r.text("title")).raisedAt(raisedAt.get())
                        .raisedOn(raisedOn.get()).resolvedOn(resolved);
                to.ifPresent(level -> b.escalatedTo(level, on.get()));
                escalations.add(b.build());
            } catch (ValidationException e) {
                e.violations().forEach(v -> r.problem("id", v.rule()));
            }
        });
        return escalations;
    }
}
