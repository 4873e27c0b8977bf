package dev.partnering.jackson.common.csv.internal;

import java.util.Map;

import dev.partnering.ValidationException;
import dev.partnering.period.ReportingPeriod;

/** Reads a reporting period field, parsing each distinct text once. */
final class Periods {

    private Periods() {
    }

    /** @return the period, or null after recording a problem (empty or malformed) */
    static ReportingPeriod parse(Row r, String column, Map<String, ReportingPeriod> cache) {
        String text = r.required(column);
        if (text == null) {
            return null;
        }
        ReportingPeriod p = cache.get(text);
        if (p == null) {
            try {
                p = ReportingPeriod.parse(text);
                if (cache.size() < 4096) {
                    cache.put(text, p);
                }
            } catch (ValidationException e) {
                r.problem(column, "'" + Row.echo(text) + "' is not a reporting period (use a month 2026-03, a quarter 2026-Q1 or a year 2026)");
            }
        }
        return p;
    }
}
