package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import dev.partnering.jackson.common.internal.DocumentKinds;
import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.Paths;

/**
 * The kinds of {@link PartneringDocument} (their names, types and which are written only:
 * {@link DocumentKinds}, shared with the Jackson 3 module) and how this module writes and reads
 * them; and the document's own format {@code {"formatVersion": 1, "<kind>": value}}.
 */
final class Documents extends DocumentKinds {

    private Documents() {
    }

    /** The declared type of each kind's value (a list's element), whose type id a family's member is written with. */
    private static final Map<String, Writing.DeclaredType> DECLARED = new java.util.HashMap<>();

    static {
        KINDS.forEach((name, kind) -> DECLARED.put(name, new Writing.DeclaredType(kind.type())));
    }

    /** Writes {@code {"formatVersion": 1, "<kind>": value}}, the value through Jackson's serializer of its type. */
    static final class Writer extends StdSerializer<PartneringDocument> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(PartneringDocument.class);
        }

        @Override
        public void serialize(PartneringDocument d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Writing.DeclaredType declared = DECLARED.get(d.kind());
            gen.writeStartObject();
            gen.writeNumberField("formatVersion", PartneringDocument.FORMAT_VERSION);
            gen.writeFieldName(d.kind());
            if (KINDS.get(d.kind()).list()) {
                gen.writeStartArray();
                for (Object e : (List<?>) d.value()) {
                    Writing.write(e, declared, gen, provider, null);
                }
                gen.writeEndArray();
            } else {
                Writing.write(d.value(), declared, gen, provider, null);
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a document streamed: its format version first (a document of a newer version is
     * refused before its value is looked at; a value before the version is buffered), then its
     * one value through Jackson's deserializer of the kind's type. Problems are recorded in the
     * read's {@link Guard.Problems}; the guard around this deserializer throws them.
     */
    static final class Reader extends StdDeserializer<PartneringDocument> {
        private static final long serialVersionUID = 1L;
        private final boolean failOnUnknownFields;

        Reader(boolean failOnUnknownFields) {
            super(PartneringDocument.class);
            this.failOnUnknownFields = failOnUnknownFields;
        }

        @Override
        public PartneringDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Guard.Problems problems = Guard.problems(ctxt);
            String here = JsonPaths.ofCurrentValue(p);
            JsonLocation start = p.currentTokenLocation();
            if (!p.isExpectedStartObjectToken()) {
                problems.problem(here, notADocument(Strict.found(p)), start);
                return null;
            }
            Integer version = null;
            List<String> present = new ArrayList<>();
            Object value = null;
            TokenBuffer pending = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                String path = Paths.field(here, name);
                if (name.equals("formatVersion") ? version != null : present.contains(name)) {
                    // the same field twice is ambiguous: which one counts would be the parser's guess
                    problems.problem(path, dev.partnering.jackson.common.internal.Words.fieldTwice(name),
                            p.currentTokenLocation());
                    return null;
                }
                if (name.equals("formatVersion")) {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                        problems.problem(path, FormatScalars.notAWholeNumber(true, Strict.found(p)), p.currentTokenLocation());
                        return null;
                    }
                    version = p.getIntValue();
                    String refused = versionProblem(version, PartneringDocument.FORMAT_VERSION, "partnering-jackson");
                    if (refused != null) {
                        problems.problem(path, refused, p.currentTokenLocation());
                        return null;
                    }
                    if (pending != null) {
                        value = read(pending.asParserOnFirstToken(), ctxt, present.get(0), problems, path);
                        pending = null;
                    }
                } else if (KINDS.containsKey(name)) {
                    present.add(name);
                    if (present.size() > 1) {
                        p.skipChildren();
                    } else if (version == null) {
                        pending = ctxt.bufferAsCopyOfValue(p);
                    } else {
                        value = read(p, ctxt, name, problems, path);
                    }
                } else {
                    if (failOnUnknownFields) {
                        problems.problem(path, unknownField(name), p.currentTokenLocation());
                    }
                    p.skipChildren();
                }
            }
            if (version == null) {
                problems.problem(Paths.field(here, "formatVersion"), VERSION_MISSING, start);
                return null;
            }
            if (present.size() != 1) {
                problems.problem(here, notExactlyOne(present), start);
                return null;
            }
            return value == null ? null : new PartneringDocument(present.get(0), value);
        }

        private static Object read(JsonParser p, DeserializationContext ctxt, String name, Guard.Problems problems,
                String path) throws IOException {
            Kind kind = KINDS.get(name);
            if (kind.writtenOnly() != null) {
                problems.problem(path, kind.writtenOnly(), p.currentTokenLocation());
                p.skipChildren();
                return null;
            }
            if (p.currentToken() == null) {
                p.nextToken();
            }
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                // nothing to build: refused, never a document without its value
                problems.problem(path, nullValue(name), p.currentTokenLocation());
                return null;
            }
            if (kind.list()) {
                com.fasterxml.jackson.core.JsonLocation at = p.currentTokenLocation();
                int before = problems.broken();
                List<?> list = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, kind.type()));
                int i = list == null ? -1 : list.indexOf(null);
                if (i >= 0 && problems.broken() == before) {
                    // a JSON null in place of an element: refused, never dropped
                    problems.problem(path + "[" + i + "]", dev.partnering.jackson.common.internal.Words.nullFound(
                            dev.partnering.jackson.common.internal.Words.name(kind.type())), at);
                }
                return list == null || i >= 0 ? null : List.copyOf(list);
            }
            return ctxt.readValue(p, kind.type());
        }
    }
}
