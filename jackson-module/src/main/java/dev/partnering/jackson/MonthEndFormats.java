package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.period.ReportingPeriod;

/**
 * The format of remedy follow-ups (since 0.2.0); standings are read through their records' creators
 * and written through their mix-ins.
 */
final class MonthEndFormats {

    static final ValueReader<RemedyFollowUp> FOLLOW_UP = MonthEndFormats::readFollowUp;
    static final ValueWriter<RemedyFollowUp> FOLLOW_UP_OUT = MonthEndFormats::writeFollowUp;

    private MonthEndFormats() {
    }

    private static RemedyFollowUp readFollowUp(In in) {
        in.object("a remedy follow-up");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        Remedy remedy = in.req("remedy", enumOf(Remedy.class));
        String trigger = in.req("trigger", TEXT);
        Optional<LocalDate> acknowledged = in.opt("acknowledgedOn", DATE);
        Optional<String> plan = in.opt("actionPlan", TEXT);
        Optional<LocalDate> due = in.opt("dueDate", DATE);
        Optional<LocalDate> closed = in.opt("closedOn", DATE);
        return in.build(() -> new RemedyFollowUp(period, remedy, trigger, acknowledged, plan, due, closed));
    }

    private static void writeFollowUp(Out out, RemedyFollowUp f) throws IOException {
        out.begin();
        out.value("period", f.period(), REPORTING_PERIOD_OUT);
        out.enumValue("remedy", f.remedy());
        out.text("trigger", f.trigger());
        out.opt("acknowledgedOn", f.acknowledgedOn(), DATE_OUT);
        out.opt("actionPlan", f.actionPlan(), TEXT_OUT);
        out.opt("dueDate", f.dueDate(), DATE_OUT);
        out.opt("closedOn", f.closedOn(), DATE_OUT);
        out.end();
    }

}
