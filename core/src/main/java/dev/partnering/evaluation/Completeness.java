package dev.partnering.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.ScorecardWarning;
import dev.partnering.term.ContractTerm;

/**
 * The completeness warnings of a scorecard and the strict refusal of the incentive calculator:
 * incomplete data is never silent. Not part of the API. This class is stateless and thread-safe.
 */
final class Completeness {

    private Completeness() {
    }

    /**
     * @param termEnd  the term's current end date (worked out once per calculation)
     * @param lines  the number of lines
     * @param madeInFull  the line at an index, or null for a line scored from its period's own value (a version
     *                    in force, not missing: it has no warning here)
     * @return the warnings for the period outside the term, the KPIs not yet in force, the KPIs
     *         without data, and a period without any data, in that order, never null
     */
    static List<ScorecardWarning> warnings(Agreement agreement, ReportingPeriod period, java.time.LocalDate termEnd,
            int lines, java.util.function.IntFunction<ScorecardLine> madeInFull) {
        List<ScorecardWarning> w = null; // most scorecards have none
        ContractTerm term = agreement.term();
        if (!withinTerm(agreement, period, termEnd)) {
            boolean wholly = period.end().isBefore(term.startDate()) || period.start().isAfter(term.currentEndDate());
            w = new ArrayList<>();
            w.add(new ScorecardWarning("", ScorecardWarning.Kind.OUTSIDE_TERM, period + " is " + (wholly ? "outside" : "partly outside")
                    + " the term (" + term.startDate() + " to " + term.currentEndDate() + ")"));
        }
        int inForce = 0;
        int missing = 0;
        for (int i = 0; i < lines; i++) {
            ScorecardLine l = madeInFull.apply(i);
            if (l == null) {
                inForce++;
                continue;
            }
            // a line has its definition exactly when a version is in force at the period's start (the calculator's lines)
            if (l.definition().isEmpty()) {
                w = w == null ? new ArrayList<>() : w;
                w.add(new ScorecardWarning(l.kpiId(), ScorecardWarning.Kind.NOT_IN_FORCE, "kpi '" + l.kpiId()
                        + "' is not in force on " + period.start() + ": not determined in " + period));
                continue;
            }
            inForce++;
            if (l.status() == KpiStatus.MISSING) {
                missing++;
                w = w == null ? new ArrayList<>() : w;
                w.add(new ScorecardWarning(l.kpiId(), ScorecardWarning.Kind.NO_DATA, "kpi '" + l.kpiId() + "' has no data in "
                        + period + ": " + counted(agreement, l)));
            }
        }
        if (inForce > 0 && missing == inForce) {
            w = w == null ? new ArrayList<>() : w;
            w.add(new ScorecardWarning("", ScorecardWarning.Kind.NO_INPUT, "no kpi has any data in " + period
                    + ": the period's input is empty"));
        }
        return w == null ? List.of() : w;
    }

    /**
     * @param termEnd  the term's current end date
     * @return true if the period lies within the term: then a scorecard whose every line was scored from its
     *         period's own value has no warning here ({@link #warnings} gives none)
     */
    static boolean withinTerm(Agreement agreement, ReportingPeriod period, java.time.LocalDate termEnd) {
        return !period.start().isBefore(agreement.term().startDate()) && !period.end().isAfter(termEnd);
    }

    private static String counted(Agreement agreement, ScorecardLine l) {
        if (!l.counted()) {
            return "left out (missing-data policy " + agreement.missingDataPolicy() + ")";
        }
        if (l.valueFrom().isPresent()) {
            return "the value of " + l.valueFrom().get() + " used (missing-data policy LAST_KNOWN)";
        }
        return "counted with attainment 0 (missing-data policy " + agreement.missingDataPolicy() + ")";
    }

    /**
     * @param periods  the periods' inputs, sorted, not null
     * @throws IncompleteDataException naming every incomplete KPI and period, if any
     */
    static void requireComplete(String agreementId, List<IncentivePeriod> periods) {
        List<Violation> missing = new ArrayList<>();
        for (IncentivePeriod p : periods) {
            Optional<Scorecard> sc = p.scorecard();
            if (sc.isEmpty()) {
                continue; // a component that needs one refuses the period itself
            }
            for (ScorecardWarning w : sc.get().warnings()) {
                if (w.kind().isIncomplete()) {
                    missing.add(Violation.of("periods[" + p.period() + "]" + (w.kpiId().isEmpty() ? "" : ".kpis." + w.kpiId()),
                            w.kind(), w.message()));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteDataException(agreementId, missing);
        }
    }
}
