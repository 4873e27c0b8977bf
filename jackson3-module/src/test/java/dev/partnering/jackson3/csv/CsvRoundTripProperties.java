package dev.partnering.jackson3.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/** Measurements written to CSV read back equal, through both Jackson lines. */
class CsvRoundTripProperties {

    private static final Agreement AGREEMENT = Fixtures.agreement();

    @Property
    void readingGivesBackTheMeasurementsWritten(@ForAll("measurements") List<Measurement> written) {
        String csv = write(written);
        CsvLine.both().forEach(line -> assertEquals(written,
                line.measurements(AGREEMENT).readAll(new StringReader(csv), "m.csv"), line::toString));
    }

    /** Writes the standard columns, quoting a field that holds a comma, a quote or a line break. */
    static String write(List<Measurement> measurements) {
        StringBuilder sb = new StringBuilder("kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n");
        for (Measurement m : measurements) {
            sb.append(String.join(",", m.kpiId(), m.period().toString(), plain(m.value()), plain(m.numerator()),
                    plain(m.denominator()), quoted(m.source()), m.recordedAt().toString(), quoted(m.exclusionReason())))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String plain(Optional<BigDecimal> d) {
        return d.map(BigDecimal::toPlainString).orElse("");
    }

    private static String quoted(Optional<String> text) {
        String s = text.orElse("");
        return s.matches("(?s).*[,\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Provide
    Arbitrary<List<Measurement>> measurements() {
        return Arbitraries.oneOf(values("availability", 0, 100), values("incident-response", 0, 10_000), ratios())
                .list().ofMaxSize(20);
    }

    private Arbitrary<Measurement> values(String kpiId, int min, int max) {
        Arbitrary<BigDecimal> value = Arbitraries.integers().between(0, 4).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(scale));
        return Combinators.combine(periods(), value, texts(), instants(), texts()).as((p, v, source, at, excluded) ->
                Measurement.builder().kpiId(kpiId).period(p).value(v).source(source).recordedAt(at)
                        .exclusionReason(excluded).build());
    }

    private Arbitrary<Measurement> ratios() {
        Arbitrary<BigDecimal[]> parts = Arbitraries.integers().between(1, 100_000).flatMap(d ->
                Arbitraries.integers().between(0, d).map(n -> new BigDecimal[] {BigDecimal.valueOf(n), BigDecimal.valueOf(d)}));
        return Combinators.combine(periods(), parts, texts(), instants(), texts()).as((p, r, source, at, excluded) ->
                Measurement.builder().kpiId("ticket-sla").period(p).ratio(r[0], r[1]).source(source).recordedAt(at)
                        .exclusionReason(excluded).build());
    }

    private static Arbitrary<ReportingPeriod> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 47).map(i -> ReportingPeriod.parse(
                        (2026 + i / 12) + "-" + String.format("%02d", i % 12 + 1))),
                Arbitraries.integers().between(0, 15).map(i -> ReportingPeriod.parse((2026 + i / 4) + "-Q" + (i % 4 + 1))));
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_767_225_600L, 1_893_456_000L).map(Instant::ofEpochSecond);
    }

    /** Text as an export has it: commas, quotes and line breaks inside, no blanks around it. */
    private static Arbitrary<Optional<String>> texts() {
        return Arbitraries.strings().withChars("abcXYZ019 ,\"\n;é").ofMaxLength(20)
                .filter(s -> s.equals(s.strip()))
                .map(s -> s.isEmpty() ? Optional.<String>empty() : Optional.of(s));
    }
}
