package dev.partnering.jackson;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import net.jqwik.api.Arbitrary;

import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * What the Jackson 3 tests and the tests over both modules use of the Jackson 2 module's tests and
 * internals (package-private there): the golden files' values and writer, the documents of a kind,
 * the types the Jackson 2 module has a format for, the fuzz tests' mutated documents.
 */
public final class GoldenValues {

    private GoldenValues() {
    }

    /** @return file name to the document it holds, built by the Jackson 2 tests' fixtures */
    public static Map<String, Supplier<PartneringDocument>> v1() {
        return GoldenFiles.v1();
    }

    /** @return the golden files of the results, written only, never read back */
    public static Set<String> writeOnly() {
        return GoldenFiles.WRITE_ONLY;
    }

    /** @return the Jackson 2 module's writer of golden files (two-space indentation, LF) */
    public static ObjectWriter goldenWriter() {
        return GoldenFiles.writer(PartneringJson.mapper());
    }

    /** @return the Jackson 2 module's document of a kind holding a value (as it reads one) */
    public static PartneringDocument document(String kind, Object value) {
        return new PartneringDocument(kind, value);
    }

    /** @return every public value type and result of the core, each of which the Jackson 2 module has a format for */
    public static List<Class<?>> formatTypes() {
        try {
            return FormatCoverageTest.valueTypes();
        } catch (java.io.IOException | java.net.URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("the core's classes are not found", e);
        }
    }

    /** A golden document mutated by the Jackson 2 module's {@code FuzzProperties}. */
    public record MutatedDocument(String file, String mutations, String json) {
        @Override
        public String toString() {
            return file + " " + mutations + ": " + (json.length() > 300 ? json.substring(0, 300) + "…" : json);
        }
    }

    /** @return golden documents with fields dropped, duplicated or retyped, huge numbers, deep nesting, …, truncated */
    public static Arbitrary<MutatedDocument> mutatedDocuments() {
        return new FuzzProperties().mutatedDocuments().map(m -> new MutatedDocument(m.file(), m.mutations() + " seed "
                + m.seed(), m.json()));
    }

    /** @return the measurements of the golden files */
    public static List<dev.partnering.kpi.Measurement> measurements() {
        return JsonFixtures.measurements();
    }

    /** @return the agreement of the golden files */
    public static dev.partnering.agreement.Agreement agreement() {
        return JsonFixtures.agreement();
    }
}
