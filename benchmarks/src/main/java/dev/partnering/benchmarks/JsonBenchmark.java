package dev.partnering.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import dev.partnering.agreement.Agreement;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.jackson.PartneringJson;

/**
 * Benchmark 4: reading the JSON of a slice of the portfolio (one agreement document and one
 * measurements document per agreement, as an ERP sends them) with {@code PartneringModule} into
 * the validated domain types, against plain Jackson databind reading the same bytes into plain
 * POJOs ({@link PlainJson}). Single-threaded: this measures the cost of the module over Jackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonBenchmark {

    /** Agreements in the slice read per operation. */
    @Param("500")
    public int agreements;

    private List<byte[]> agreementJson;
    private List<byte[]> measurementJson;
    private ObjectReader module;
    private ObjectReader plainAgreements;
    private ObjectReader plainMeasurements;
    private List<PartneringDocument> documents;
    private List<Object> plainDocuments;
    private com.fasterxml.jackson.databind.ObjectWriter moduleWriter;
    private com.fasterxml.jackson.databind.ObjectWriter plainWriter;

    /** Generates the slice and writes its JSON with the module. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Portfolio portfolio = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        ObjectMapper mapper = PartneringJson.mapper();
        agreementJson = new ArrayList<>();
        measurementJson = new ArrayList<>();
        for (int a = 0; a < agreements; a++) {
            agreementJson.add(mapper.writeValueAsBytes(PartneringDocument.of(portfolio.agreements().get(a))));
            measurementJson.add(mapper.writeValueAsBytes(PartneringDocument.ofMeasurements(portfolio.measurements().get(a))));
        }
        documents = new ArrayList<>();
        for (int a = 0; a < agreements; a++) {
            documents.add(PartneringDocument.of(portfolio.agreements().get(a)));
            documents.add(PartneringDocument.ofMeasurements(portfolio.measurements().get(a)));
        }
        moduleWriter = mapper.writer();
        module = mapper.readerFor(PartneringDocument.class);
        ObjectMapper plain = new ObjectMapper();
        plainAgreements = plain.readerFor(PlainJson.AgreementDocument.class);
        plainMeasurements = plain.readerFor(PlainJson.MeasurementsDocument.class);
        plainDocuments = new ArrayList<>();
        for (int a = 0; a < agreements; a++) {
            plainDocuments.add(plainAgreements.readValue(agreementJson.get(a)));
            plainDocuments.add(plainMeasurements.readValue(measurementJson.get(a)));
        }
        plainWriter = plain.writer();
        // the two readers must read the same thing: every field, no error
        Agreement read = module.<PartneringDocument>readValue(agreementJson.get(0)).value(Agreement.class);
        if (!read.equals(portfolio.agreements().get(0))) {
            throw new IllegalStateException("the module did not read back the agreement it wrote");
        }
        PlainJson.AgreementDocument plainRead = plainAgreements.readValue(agreementJson.get(0));
        PlainJson.MeasurementsDocument plainMeasurementsRead = plainMeasurements.readValue(measurementJson.get(0));
        if (plainRead.agreement.kpis.size() != read.kpis().size()
                || plainMeasurementsRead.measurements.size() != portfolio.measurements().get(0).size()) {
            throw new IllegalStateException("the plain POJOs did not read the whole documents");
        }
    }

    /** @return the bytes read per operation */
    public long bytes() {
        long n = 0;
        for (int a = 0; a < agreements; a++) {
            n += agreementJson.get(a).length + measurementJson.get(a).length;
        }
        return n;
    }

    /** Reads every document with {@code PartneringModule} into validated domain values. */
    @Benchmark
    public void module(Blackhole bh) {
        try {
            for (int a = 0; a < agreements; a++) {
                bh.consume(module.<PartneringDocument>readValue(agreementJson.get(a)).value(Agreement.class));
                bh.consume(module.<PartneringDocument>readValue(measurementJson.get(a)).measurements());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every document with plain Jackson databind into plain POJOs. */
    @Benchmark
    public void plainJackson(Blackhole bh) {
        try {
            for (int a = 0; a < agreements; a++) {
                bh.consume(plainAgreements.<PlainJson.AgreementDocument>readValue(agreementJson.get(a)));
                bh.consume(plainMeasurements.<PlainJson.MeasurementsDocument>readValue(measurementJson.get(a)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every document with {@code PartneringModule}, from the domain values. */
    @Benchmark
    public void moduleWrite(Blackhole bh) {
        try {
            for (PartneringDocument d : documents) {
                bh.consume(moduleWriter.writeValueAsBytes(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the same documents with plain Jackson databind, from plain POJOs. */
    @Benchmark
    public void plainJacksonWrite(Blackhole bh) {
        try {
            for (Object d : plainDocuments) {
                bh.consume(plainWriter.writeValueAsBytes(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
