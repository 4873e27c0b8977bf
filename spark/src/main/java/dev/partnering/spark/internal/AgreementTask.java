package dev.partnering.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.jackson.PartneringJson;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

/**
 * Evaluates one agreement, in one Spark task: its document and all its rows arrive together (the
 * job groups by {@code agreement_id}); the rows are parsed into the SDK's values, bad ones
 * rejected with the SDK's message, and the SDK's own calculators compute the scorecard of every
 * period and the incentive statement over them. Nothing here computes a figure.
 * <p>
 * The periods evaluated are those from the first to the last period with a valid measurement, at
 * the finest granularity among them. Rows are sorted before evaluation, so the result does not
 * depend on how Spark partitioned the input.
 * <p>
 * Instances hold no state and are serializable; the JSON mapper is one per executor JVM.
 */
public final class AgreementTask implements FlatMapGroupsFunction<String, Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The input names, as they appear in the {@code input} column and in rejects. */
    public static final String AGREEMENTS = "agreements";
    /** Measurements. */
    public static final String MEASUREMENTS = "measurements";
    /** Breach events. */
    public static final String EVENTS = "events";
    /** Cost outcomes. */
    public static final String COSTS = "costs";

    /** Rows by KPI or component, period, time, then every field: the order does not depend on partitioning. */
    private static final Comparator<Map<String, String>> ORDER = Comparator
            .<Map<String, String>, String>comparing(r -> r.getOrDefault("kpi_id", r.getOrDefault("component_id", "")), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.getOrDefault("period", r.getOrDefault("date", "")), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.getOrDefault("recorded_at", ""), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Map::toString);

    /** The mapper, once per JVM: it is thread-safe. */
    private static final class Json {
        static final ObjectMapper MAPPER = PartneringJson.mapper();
    }

    private final boolean scorecardDocuments;

    /**
     * @param scorecardDocuments  whether to emit each scorecard's JSON document (the statements'
     *        documents are always emitted)
     */
    public AgreementTask(boolean scorecardDocuments) {
        this.scorecardDocuments = scorecardDocuments;
    }

    @Override
    public Iterator<Row> call(String agreementId, Iterator<Row> rows) {
        Map<String, List<Map<String, String>>> byInput = new HashMap<>();
        rows.forEachRemaining(r -> byInput.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(fields(r)));
        List<Row> out = new ArrayList<>();
        new Evaluation(agreementId, byInput, out, scorecardDocuments).run();
        return out.iterator();
    }

    private static Map<String, String> fields(Row r) {
        Map<String, String> fields = new TreeMap<>(r.<String, String>getJavaMap(2));
        return fields;
    }

    /** Parses an agreement document with the Jackson module. */
    static Agreement agreement(String json) throws JsonProcessingException {
        return Json.MAPPER.readValue(json, PartneringDocument.class).value(Agreement.class);
    }

    /** The SDK's message for a document that could not be read. */
    static String message(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** One agreement's evaluation. Not thread-safe; one per group. */
    private static final class Evaluation {
        private final String agreementId;
        private final Map<String, List<Map<String, String>>> byInput;
        private final List<Row> out;
        private final boolean scorecardDocuments;

        Evaluation(String agreementId, Map<String, List<Map<String, String>>> byInput, List<Row> out,
                boolean scorecardDocuments) {
            this.agreementId = agreementId;
            this.byInput = byInput;
            this.out = out;
            this.scorecardDocuments = scorecardDocuments;
        }

        private List<Map<String, String>> rows(String input) {
            List<Map<String, String>> rows = byInput.computeIfAbsent(input, k -> new ArrayList<>());
            rows.sort(ORDER); // a total order that no partitioning changes
            return rows;
        }

        void run() {
            List<Map<String, String>> documents = rows(AGREEMENTS);
            if (agreementId.isEmpty()) {
                documents.forEach(d -> out.add(OutputRows.reject(AGREEMENTS, null, d.get("file"), unreadable(d))));
                for (String input : List.of(MEASUREMENTS, EVENTS, COSTS)) {
                    rows(input).forEach(r -> out.add(OutputRows.reject(input, null, new RowFields(r).record(),
                            "agreement_id: is empty; every row names its agreement")));
                }
                return;
            }
            if (documents.size() != 1) {
                String why = documents.isEmpty() ? "no agreement document has id '" + agreementId + "'"
                        : documents.size() + " agreement documents have id '" + agreementId + "' ("
                                + documents.stream().map(d -> d.get("file")).collect(Collectors.joining(", ")) + ")";
                out.add(OutputRows.reject(AGREEMENTS, agreementId, documents.isEmpty() ? null : documents.get(0).get("file"),
                        why + "; " + notEvaluated()));
                return;
            }
            Agreement agreement;
            try {
                agreement = agreement(documents.get(0).get("document"));
            } catch (JsonProcessingException | RuntimeException e) {
                out.add(OutputRows.reject(AGREEMENTS, agreementId, documents.get(0).get("file"),
                        message(e) + "; " + notEvaluated()));
                return;
            }
            evaluate(agreement, documents.get(0).get("file"));
        }

        private String unreadable(Map<String, String> document) {
            try {
                agreement(document.get("document"));
                return "the document has no agreement id";
            } catch (JsonProcessingException | RuntimeException e) {
                return message(e);
            }
        }

        private String notEvaluated() {
            return "not evaluated: " + rows(MEASUREMENTS).size() + " measurements, " + rows(EVENTS).size()
                    + " breach events, " + rows(COSTS).size() + " cost outcomes";
        }

        private void evaluate(Agreement agreement, String file) {
            Rows parser = new Rows(agreement);
            List<Measurement> measurements = new ArrayList<>();
            for (Map<String, String> r : rows(MEASUREMENTS)) {
                RowFields f = new RowFields(r);
                parser.measurement(f).ifPresentOrElse(measurements::add,
                        () -> out.add(OutputRows.reject(MEASUREMENTS, agreementId, f.record(), f.message())));
            }
            List<ReportingPeriod> periods = periods(measurements);
            if (periods.isEmpty()) {
                out.add(OutputRows.reject(AGREEMENTS, agreementId, file, "no valid measurement; nothing to evaluate; "
                        + notEvaluated()));
                return;
            }
            List<Scorecard> scorecards;
            try {
                scorecards = ScorecardCalculator.standard().calculate(agreement, periods, measurements);
            } catch (RuntimeException e) {
                out.add(OutputRows.reject(AGREEMENTS, agreementId, file, message(e)));
                return;
            }
            for (Scorecard s : scorecards) {
                out.add(OutputRows.scorecard(s));
                if (!scorecardDocuments) {
                    continue;
                }
                out.add(OutputRows.document(OutputRows.SCORECARD_DOCUMENT, agreementId, s.period().toString(),
                        json(PartneringDocument.of(s))));
            }
            if (agreement.incentiveScheme().isPresent()) {
                statement(agreement, parser, scorecards, file);
            }
        }

        private void statement(Agreement agreement, Rows parser, List<Scorecard> scorecards, String file) {
            Set<ReportingPeriod> evaluated = scorecards.stream().map(Scorecard::period).collect(Collectors.toSet());
            Map<ReportingPeriod, Map<String, CostOutcome>> costs = new HashMap<>();
            for (Map<String, String> r : rows(COSTS)) {
                RowFields f = new RowFields(r);
                Optional<Rows.Cost> cost = parser.cost(f, evaluated, costs);
                cost.ifPresentOrElse(c -> costs.computeIfAbsent(c.period(), p -> new LinkedHashMap<>()).put(c.componentId(),
                        c.outcome()), () -> out.add(OutputRows.reject(COSTS, agreementId, f.record(), f.message())));
            }
            List<BreachEvent> events = new ArrayList<>();
            for (Map<String, String> r : rows(EVENTS)) {
                RowFields f = new RowFields(r);
                parser.event(f, scorecards.get(0).period().start(), scorecards.get(scorecards.size() - 1).period().end())
                        .ifPresentOrElse(events::add,
                                () -> out.add(OutputRows.reject(EVENTS, agreementId, f.record(), f.message())));
            }
            List<IncentivePeriod> inputs = new ArrayList<>(scorecards.size());
            for (Scorecard s : scorecards) {
                inputs.add(IncentivePeriod.builder().period(s.period()).scorecard(s)
                        .putAllCosts(costs.getOrDefault(s.period(), Map.of()))
                        .addAllEvents(events.stream().filter(e -> s.period().contains(e.date())).toList()).build());
            }
            IncentiveStatement statement;
            try {
                statement = IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(),
                        inputs);
            } catch (RuntimeException e) {
                out.add(OutputRows.reject(AGREEMENTS, agreementId, file, "incentive statement: " + message(e)));
                return;
            }
            for (PeriodStatement p : statement.periods()) {
                out.add(OutputRows.statement(statement, p));
            }
            out.add(OutputRows.document(OutputRows.STATEMENT_DOCUMENT, agreementId, null,
                    json(PartneringDocument.of(statement))));
        }

        private static String json(PartneringDocument document) {
            try {
                return Json.MAPPER.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the Jackson module cannot write " + document.kind(), e);
            }
        }
    }

    /**
     * From the first to the last period with a measurement, at the finest granularity among them.
     *
     * @return the periods in order, empty if there is no measurement
     */
    static List<ReportingPeriod> periods(List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return List.of();
        }
        Granularity finest = measurements.stream().map(m -> m.period().granularity())
                .min(Comparator.comparing(Granularity::months)).orElseThrow();
        ReportingPeriod first = ReportingPeriod.containing(finest,
                measurements.stream().map(m -> m.period().start()).min(Comparator.naturalOrder()).orElseThrow());
        ReportingPeriod last = ReportingPeriod.containing(finest,
                measurements.stream().map(m -> m.period().start()).max(Comparator.naturalOrder()).orElseThrow());
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod p = first; p.compareTo(last) <= 0; p = p.plus(1)) {
            periods.add(p);
        }
        return periods;
    }
}
