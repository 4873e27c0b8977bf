package dev.partnering.jackson3;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

import dev.partnering.jackson.common.internal.DocumentKinds;
import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.Paths;
import dev.partnering.jackson.common.mixin.BuilderMixins;

/**
 * The kinds of {@link PartneringDocument} (their names, types and which are written only:
 * {@link DocumentKinds}, shared with the Jackson 2 module) and the document's own format
 * {@code {"formatVersion": 1, "<kind>": value}}, written and read streamed.
 */
final class Documents extends DocumentKinds {

    private Documents() {
    }

    /** Writes {@code {"formatVersion": 1, "<kind>": value}}, the value through the module's serializers. */
    static final class Writer extends StdSerializer<PartneringDocument> {
        Writer() {
            super(PartneringDocument.class);
        }

        @Override
        public void serialize(PartneringDocument d, JsonGenerator gen, SerializationContext ctxt) {
            Kind kind = KINDS.get(d.kind());
            gen.writeStartObject();
            gen.writeNumberProperty("formatVersion", PartneringDocument.FORMAT_VERSION);
            gen.writeName(d.kind());
            if (kind.list()) {
                gen.writeStartArray();
                for (Object e : (List<?>) d.value()) {
                    Writing.write(e, kind.type(), gen, ctxt);
                }
                gen.writeEndArray();
            } else {
                Writing.write(d.value(), kind.type(), gen, ctxt);
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a document streamed: its format version first (a document of a newer version is refused
     * before its value is looked at; a value before the version is buffered), then its one value
     * through Jackson's deserializer of the kind's type. Problems are recorded in the read's
     * {@link Guard.Problems}; the guard around this deserializer throws them.
     */
    static final class Reader extends StdDeserializer<PartneringDocument> {
        private final boolean failOnUnknownFields;

        Reader(boolean failOnUnknownFields) {
            super(PartneringDocument.class);
            this.failOnUnknownFields = failOnUnknownFields;
        }

        @Override
        public PartneringDocument deserialize(JsonParser p, DeserializationContext ctxt) {
            Guard.Problems problems = Guard.problems(ctxt);
            String here = JsonPaths.ofCurrentValue(p);
            TokenStreamLocation start = p.currentTokenLocation();
            if (!p.isExpectedStartObjectToken()) {
                problems.problem(here, notADocument(Strict.found(p)), start);
                return null;
            }
            Integer version = null;
            List<String> present = new ArrayList<>();
            Object value = null;
            TokenBuffer pending = null;
            String pendingPath = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                String path = Paths.field(here, name);
                if (name.equals("formatVersion")) {
                    version = version(p, path, problems);
                    if (version == null) {
                        return null;
                    }
                    if (pending != null) {
                        value = read(pending.asParserOnFirstToken(ctxt), ctxt, present.get(0), problems, pendingPath);
                        pending = null;
                    }
                } else if (present.contains(name)) {
                    p.skipChildren(); // given twice: refused by the guard's check of the document's own fields
                } else if (KINDS.containsKey(name)) {
                    present.add(name);
                    if (present.size() > 1) {
                        p.skipChildren();
                    } else if (version == null) {
                        pending = ctxt.bufferAsCopyOfValue(p);
                        pendingPath = path;
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

        private static Integer version(JsonParser p, String path, Guard.Problems problems) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                problems.problem(path, FormatScalars.notAWholeNumber(true, Strict.found(p)), p.currentTokenLocation());
                return null;
            }
            int version = p.getIntValue();
            String refused = versionProblem(version, PartneringDocument.FORMAT_VERSION, "partnering-jackson3");
            if (refused != null) {
                problems.problem(path, refused, p.currentTokenLocation());
                return null;
            }
            return version;
        }

        private static Object read(JsonParser p, DeserializationContext ctxt, String name, Guard.Problems problems,
                String path) {
            Kind kind = KINDS.get(name);
            String refused = kind.writtenOnly() != null ? kind.writtenOnly()
                    : !BuilderMixins.read().contains(kind.type()) ? notYet(name) : null;
            if (refused != null) {
                problems.problem(path, refused, p.currentTokenLocation());
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
                TokenStreamLocation at = p.currentTokenLocation();
                List<?> list = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, kind.type()));
                int i = list == null ? -1 : list.indexOf(null);
                if (i >= 0 && problems.broken() == 0) {
                    String what = Guard.name(kind.type());
                    problems.problem(path + "[" + i + "]", dev.partnering.jackson.common.internal.Words.nullFound(what), at);
                }
                return list == null || i >= 0 ? null : List.copyOf(list);
            }
            return ctxt.readValue(p, kind.type());
        }
    }

    /** @return why a kind whose type has no reading mix-in yet is refused */
    static String notYet(String kind) {
        return describe(kind) + " cannot be read with Jackson 3 yet: its values are read by partnering-jackson"
                + " (Jackson 2) only";
    }
}
