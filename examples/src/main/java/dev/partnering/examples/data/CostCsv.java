package dev.partnering.examples.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.partnering.incentive.CostOutcome;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.csv.PartneringCsv;
import dev.partnering.period.ReportingPeriod;

/**
 * Reads the cost outcomes a gain share needs, baseline against actual per period and component:
 * <pre>
 * component_id,period,baseline,actual,currency,description
 * savings,2026-06,420000.00,340000.00,SEK,Licence consolidation
 * </pre>
 * Read by the SDK's {@code PartneringCsv}; a component has one row per period.
 *
 * @since 0.1.0
 */
public final class CostCsv {

    /** The columns. */
    public static final List<String> COLUMNS = CsvColumns.costOutcomes().columns();

    private CostCsv() {
    }

    /**
     * @param source  the file, not null
     * @return per period, per gain-share component, the cost outcome; never null
     * @throws InputException if the file is missing or malformed, or a period has two rows for a component
     */
    public static Map<ReportingPeriod, Map<String, CostOutcome>> read(DataFile source) throws InputException {
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = new TreeMap<>();
        JacksonCsv.read(PartneringCsv.standard().withProblemLimit(CsvReader.PROBLEM_LIMIT).costOutcomes(), source,
                Progress.none(), row -> costs.computeIfAbsent(row.period(), p -> new LinkedHashMap<>())
                        .put(row.componentId(), row.outcome()));
        Map<ReportingPeriod, Map<String, CostOutcome>> result = new TreeMap<>();
        costs.forEach((p, m) -> result.put(p, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(result);
    }
}
