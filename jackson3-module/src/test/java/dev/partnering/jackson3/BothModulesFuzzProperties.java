package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import dev.partnering.ThoroughTries;
import dev.partnering.jackson.GoldenValues;
import dev.partnering.jackson.GoldenValues.MutatedDocument;
import dev.partnering.jackson3.JsonModules.Doc;
import dev.partnering.jackson3.JsonModules.Refused;

/**
 * Mutated golden documents (the Jackson 2 module's {@code FuzzProperties} mutations: fields dropped,
 * duplicated or retyped, huge numbers, deep nesting, wrong currencies, NaN, invalid dates and
 * periods, swapped enums, emptied or repeated lists, truncation) never give a wrong value with
 * either module: each module reads a complete value that reads back the same, or refuses the
 * document with its one {@code PartneringJsonException}, no other exception; and the two agree —
 * the same value, or both refuse with problems at the same paths (the statistics count where their
 * words differ), unless Jackson 3 refuses a type it does not support yet, naming it, or the document
 * is of a kind it does not read yet (then it refuses it).
 * <p>
 * 150 tries (scaled by {@code -Pthorough}), not jqwik's default 1,000: each reads a whole golden
 * document with both modules and back again (about 70 ms); the Jackson 2 module's own
 * {@code FuzzProperties} runs 800 over its three mappers.
 */
@AddLifecycleHook(ThoroughTries.class)
class BothModulesFuzzProperties {

    /** What one module made of a document: the document, or its refusal. */
    private record Outcome(Doc doc, Refused refused) {
    }

    private static Outcome read(JsonModules module, String json) {
        try {
            return new Outcome(module.readDocument(json), null);
        } catch (Refused e) {
            assertFalse(e.problems().isEmpty(), module + ": " + e.getMessage());
            assertFalse(e.getMessage().isBlank());
            return new Outcome(null, e);
        } catch (Throwable t) {
            fail(module + ": an undocumented " + t.getClass().getName() + " escaped: " + t.getMessage(), t);
            return null;
        }
    }

    @Property(tries = 150)
    void aMutatedDocumentIsReadToTheSameValueOrRefusedWithTheSameProblemsByBothModules(
            @ForAll("mutatedDocuments") MutatedDocument m) throws Exception {
        // both outcomes must occur, or the mutations are too tame (or too wild) to tell anything
        Statistics.coverage(c -> {
            c.check("read").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
        Outcome two = read(JsonModules.JACKSON2, m.json());
        Outcome three = read(JsonModules.JACKSON3, m.json());
        Statistics.collect(two.doc() != null ? "read" : "refused");

        List<JsonModules.Problem> threes = three.refused() == null ? List.of() : three.refused().problems();
        if (m.mutations().contains("DUPLICATE_FIELD") && threes.size() == 1
                && threes.get(0).message().endsWith("appears more than once")) {
            // Jackson 3's parser detects duplicates (Json3Testing.STRICT) wherever they are, even inside a value Jackson 2
            // skips as refused, and stops there. Jackson 2's module finds those of the fields it reads, but not all:
            // it reads a money whose "amount" is given twice inside an exit plan (a gap of the Jackson 2 module,
            // FORMAT.md refuses duplicate fields), counted here
            Statistics.label("Jackson 3 stopped at a duplicate").collect(two.doc() != null ? "Jackson 2 read it" : "both refused");
        } else if (two.doc() != null) {
            assertTrue(three.doc() != null, "Jackson 3 refuses what Jackson 2 reads: "
                    + (three.refused() == null ? "" : three.refused().problems()) + " for " + m);
            assertEquals(two.doc().kind(), three.doc().kind());
            assertEquals(two.doc().value(), three.doc().value(), m.toString());
        } else {
            assertTrue(three.doc() == null, "Jackson 3 reads what Jackson 2 refuses (" + two.refused().problems() + "): " + m);
            // the same problems at the same paths; the same words in most (the cases of BothModulesReadingErrorsTest all):
            // where they differ (a parser's message of Jackson 3, a primitive field of a record left out) it is counted
            assertEquals(two.refused().problems().stream().map(JsonModules.Problem::jsonPath).toList(),
                    threes.stream().map(JsonModules.Problem::jsonPath).toList(), m.toString());
            assertEquals(two.refused().jsonPath(), three.refused().jsonPath());
            Statistics.label("words of the problems").collect(words(two.refused().problems()).equals(words(threes))
                    ? "the same" : "different");
        }
        // nothing half-built: a document that was read is complete and valid, and reads back the same by its module
        for (JsonModules module : JsonModules.values()) {
            Doc doc = module == JsonModules.JACKSON2 ? two.doc() : three.doc();
            if (doc != null) {
                String written = module.write(doc);
                Doc again;
                try {
                    again = module.readDocument(written);
                } catch (Refused e) {
                    fail(module + ": a document that was read cannot be read back: " + e.getMessage(), e);
                    return;
                }
                assertEquals(doc.value(), again.value(), module + " " + m);
            }
        }
    }

    /**
     * @return each problem's path, message and rules; where a message quotes the parser's location of
     *         the source ("start marker at [Source: …; line: 1, column: 1362]"), Jackson 3's parser may
     *         know only "byte offset: #UNKNOWN": that part is left out
     */
    private static List<String> words(List<JsonModules.Problem> problems) {
        return problems.stream().map(p -> p.jsonPath() + " | " + p.message().replaceAll("\\[Source: [^\\]]*\\]", "[Source]")
                + " | " + p.violations()).toList();
    }

    @Provide
    Arbitrary<MutatedDocument> mutatedDocuments() {
        return GoldenValues.mutatedDocuments();
    }
}
