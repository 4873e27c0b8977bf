package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.partnering.ThoroughTries;

/**
 * Wherever a field of a real document goes wrong, the problem is reported at that field: its JSON
 * path, and the line and column of its name in the text.
 */
@AddLifecycleHook(ThoroughTries.class)
class ProblemLocationsProperties {

    private static final List<String> DOCUMENTS = List.of("agreement.json", "measurements.json", "trust-survey.json",
            "incentive-periods.json", "escalations.json", "forum-meetings.json", "exit-plan.json", "incentive-statement.json");

    /** A string-valued field of a document: its path, where its value is (line, column and offsets), where its name is. */
    record Field(String document, String text, String path, int line, int column, int nameLine, int nameColumn,
            int valueStart, int valueEnd) {
        @Override
        public String toString() {
            return document + " " + path + " (line " + line + ", column " + column + ")";
        }
    }

    private static List<Field> stringFields(String document) {
        String text = JsonTesting.resource(GoldenFiles.V1 + document);
        List<Field> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            JsonLocation name = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    name = p.currentTokenLocation();
                } else if (t == JsonToken.VALUE_STRING && p.getParsingContext().inObject()) {
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    int end = text.indexOf('"', start + 1) + 1;
                    JsonLocation value = p.currentTokenLocation();
                    fields.add(new Field(document, text, JsonPaths.ofPosition(p), value.getLineNr(), value.getColumnNr(),
                            name.getLineNr(), name.getColumnNr(), start, end));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    @Provide
    Arbitrary<Field> fields() {
        List<Field> all = new ArrayList<>();
        DOCUMENTS.forEach(d -> all.addAll(stringFields(d)));
        return Arbitraries.of(all);
    }

    @Property(tries = 150)
    void aFieldOfTheWrongTypeIsReportedAtItsValueInTheText(@ForAll("fields") Field field) {
        // true where a string belongs is wrong for every string field: text, decimal, date, enum, type name
        String json = field.text().substring(0, field.valueStart()) + "true" + field.text().substring(field.valueEnd());

        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.MAPPER.readValue(json, PartneringDocument.class));

        PartneringJsonException.Problem problem = e.problems().stream().filter(p -> p.jsonPath().equals(field.path()))
                .findFirst().orElseThrow(() -> new AssertionError("no problem at " + field.path() + ": " + e.getMessage()));
        // read through Jackson's deserializers: at the value, where the parser found it; read by the module's
        // own tree readers (the types not moved yet): at the field's name
        int line = streamed(field) ? field.line() : field.nameLine();
        int column = streamed(field) ? field.column() : field.nameColumn();
        assertEquals(line, problem.location().getLineNr(), e.getMessage());
        assertEquals(column, problem.location().getColumnNr(), e.getMessage());
        assertTrue(e.getMessage().contains("(line " + line + ", column " + column + ")"), e.getMessage());
    }

    /** @return true if the field is read by Jackson's own deserializers, false if by one of the module's tree readers */
    private static boolean streamed(Field field) {
        if (List.of("measurements.json", "trust-survey.json", "escalations.json", "forum-meetings.json", "exit-plan.json",
                "scorecard.json", "incentive-periods.json", "incentive-statement.json").contains(field.document())) {
            return true;
        }
        // every part of an agreement is read by Jackson's deserializers
        return field.document().equals("agreement.json");
    }
}
