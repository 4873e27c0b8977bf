package dev.partnering.jackson.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The kinds of documents and the words of a document's envelope. */
class DocumentKindsTest {

    @Test
    void theKindsInTheFormatsOrder() {
        assertEquals(30, DocumentKinds.KINDS.size());
        assertEquals(List.of("agreement", "measurements", "incentivePeriods"),
                DocumentKinds.KINDS.keySet().stream().limit(3).toList());
        assertEquals("backlogReport", List.copyOf(DocumentKinds.KINDS.keySet()).get(29));
        long lists = DocumentKinds.KINDS.values().stream().filter(DocumentKinds.Kind::list).count();
        long writtenOnly = DocumentKinds.KINDS.values().stream().filter(k -> k.writtenOnly() != null).count();
        assertEquals(7, lists);
        assertEquals(13, writtenOnly);
        for (Map.Entry<String, DocumentKinds.Kind> e : DocumentKinds.KINDS.entrySet()) {
            DocumentKinds.Kind k = e.getValue();
            // a result is never a list; what it says to do instead follows the colon
            assertTrue(k.writtenOnly() == null || !k.list() && k.writtenOnly().contains(" is written only, never read back: "),
                    e.getKey());
        }
    }

    @Test
    void kindsInWords() {
        assertEquals("an agreement", DocumentKinds.describe(DocumentKinds.AGREEMENT));
        assertEquals("an incentive statement", DocumentKinds.describe(DocumentKinds.INCENTIVE_STATEMENT));
        assertEquals("a risk register", DocumentKinds.describe(DocumentKinds.RISK_REGISTER));
        assertEquals("measurements", DocumentKinds.describe(DocumentKinds.MEASUREMENTS));
        assertEquals("standings", DocumentKinds.describe(DocumentKinds.STANDINGS));
    }

    @Property
    void onlyVersionsFromOneToTheNewestAreRead(@ForAll @IntRange(min = -5, max = 10) int version,
            @ForAll @IntRange(min = 1, max = 5) int newest) {
        String problem = DocumentKinds.versionProblem(version, newest, "partnering-jackson");
        if (version >= 1 && version <= newest) {
            assertNull(problem);
        } else if (version > newest) {
            assertEquals("the document is in format version " + version + ", newer than version " + newest
                    + ", the newest this version of partnering-jackson reads; read it with a newer partnering-jackson", problem);
        } else {
            assertEquals("format version " + version + " does not exist; versions start at 1", problem);
        }
    }

    @Test
    void theEnvelopesProblems() {
        String all = String.join(", ", DocumentKinds.KINDS.keySet());
        assertEquals("a partnering document holds exactly one of " + all + "; found none", DocumentKinds.notExactlyOne(List.of()));
        assertEquals("a partnering document holds exactly one of " + all + "; found agreement and scorecard",
                DocumentKinds.notExactlyOne(List.of("agreement", "scorecard")));
        assertEquals("unknown field 'agreemnt'; the fields here are formatVersion and one of " + all,
                DocumentKinds.unknownField("agreemnt"));
        assertEquals("expected a partnering document, e.g. {\"formatVersion\": 1, \"agreement\": {...}}, as a JSON object,"
                + " found an array", DocumentKinds.notADocument("an array"));
        assertEquals("expected an opening balance, found null", DocumentKinds.nullValue(DocumentKinds.OPENING_BALANCE));
        assertEquals("expected measurements, found null", DocumentKinds.nullValue(DocumentKinds.MEASUREMENTS));
    }
}
