package dev.partnering.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partnering.Violation;
import dev.partnering.jackson.GoldenValues;
import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.jackson.common.mixin.PartneringMixins;

/**
 * The two JSON modules behind one interface, for the tests that run over both ({@code BothModules…}):
 * read a document or a value, write one compactly or as the golden files are written, and a
 * refused read as the module's one exception in words common to both ({@link Refused}). A test
 * parameterised over this enum holds each module to the same expectations. Jackson 3 supports every
 * type Jackson 2 does; {@link #honestRefusal} is kept to test {@code NotYet}'s refusal of a type
 * without mix-ins.
 */
enum JsonModules {

    /** {@code partnering-jackson}, for Jackson 2, with {@code PartneringJson.mapper()}. */
    JACKSON2 {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper = dev.partnering.jackson.PartneringJson.mapper();

        @Override
        Doc readDocument(String json) throws Refused {
            try {
                dev.partnering.jackson.PartneringDocument d = mapper.readValue(json, dev.partnering.jackson.PartneringDocument.class);
                return new Doc(d.kind(), d.value(), d.formatVersion());
            } catch (dev.partnering.jackson.PartneringJsonException e) {
                throw refused(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        Object read(String json, Class<?> type, boolean list) throws Refused {
            try {
                return mapper.readValue(json, list ? mapper.getTypeFactory().constructCollectionType(List.class, type)
                        : mapper.constructType(type));
            } catch (dev.partnering.jackson.PartneringJsonException e) {
                throw refused(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        String write(Object value) {
            try {
                return mapper.writeValueAsString(value instanceof Doc d ? GoldenValues.document(d.kind(), d.value()) : value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        String writeGolden(Doc doc) {
            try {
                return GoldenValues.goldenWriter().writeValueAsString(GoldenValues.document(doc.kind(), doc.value())) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Refused refused(dev.partnering.jackson.PartneringJsonException e) {
            List<Problem> problems = new ArrayList<>();
            for (dev.partnering.jackson.PartneringJsonException.Problem p : e.problems()) {
                problems.add(new Problem(p.jsonPath(), p.message(), p.violations(), p.location().getLineNr(),
                        p.location().getColumnNr()));
            }
            return new Refused(e.jsonPath(), problems, e.violations(), e.getMessage(), e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr(), e);
        }
    },

    /**
     * {@code partnering-jackson3}, for Jackson 3, with a {@code JsonMapper} holding the module that
     * detects duplicate fields ({@link Json3Testing#STRICT}), as the Jackson 2 module does.
     */
    JACKSON3 {
        @Override
        Doc readDocument(String json) throws Refused {
            try {
                PartneringDocument d = Json3Testing.STRICT.readValue(json, PartneringDocument.class);
                return new Doc(d.kind(), d.value(), d.formatVersion());
            } catch (PartneringJsonException e) {
                throw refused(e);
            }
        }

        @Override
        Object read(String json, Class<?> type, boolean list) throws Refused {
            try {
                return Json3Testing.STRICT.readValue(json, list ? Json3Testing.STRICT.getTypeFactory()
                        .constructCollectionType(List.class, type) : Json3Testing.STRICT.constructType(type));
            } catch (PartneringJsonException e) {
                throw refused(e);
            }
        }

        @Override
        String write(Object value) {
            return Json3Testing.MAPPER.writeValueAsString(value instanceof Doc d ? PartneringDocument.of(d.kind(), d.value())
                    : value);
        }

        @Override
        String writeGolden(Doc doc) {
            return Json3Testing.GOLDEN_WRITER.writeValueAsString(PartneringDocument.of(doc.kind(), doc.value())) + "\n";
        }

        private Refused refused(PartneringJsonException e) {
            List<Problem> problems = new ArrayList<>();
            for (PartneringJsonException.Problem p : e.problems()) {
                problems.add(new Problem(p.jsonPath(), common(p.message()), p.violations(), p.location().getLineNr(),
                        p.location().getColumnNr()));
            }
            return new Refused(e.jsonPath(), problems, e.violations(), common(e.getMessage()), e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr(), e);
        }
    };

    /** A document: its kind, its value and its format version. */
    record Doc(String kind, Object value, int formatVersion) {
        Doc(String kind, Object value) {
            this(kind, value, 1);
        }
    }

    /** One problem of a refused read: where, what, which rules, line and column. */
    record Problem(String jsonPath, String message, List<Violation> violations, int line, int column) {
        @Override
        public String toString() {
            return jsonPath + " | " + message + " | " + violations + " | line " + line + ", column " + column;
        }
    }

    /** A read refused with the module's one exception ({@code PartneringJsonException} of either module). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String jsonPath;
        private final transient List<Problem> problems;
        private final transient List<Violation> violations;
        private final int line;
        private final int column;

        Refused(String jsonPath, List<Problem> problems, List<Violation> violations, String message, int line, int column,
                Exception cause) {
            super(message, cause);
            this.jsonPath = jsonPath;
            this.problems = List.copyOf(problems);
            this.violations = List.copyOf(violations);
            this.line = line;
            this.column = column;
        }

        /** @return the line of the exception's location (its first problem's) */
        int line() {
            return line;
        }

        /** @return the column of the exception's location */
        int column() {
            return column;
        }

        String jsonPath() {
            return jsonPath;
        }

        List<Problem> problems() {
            return problems;
        }

        List<Violation> violations() {
            return violations;
        }
    }

    /**
     * @param json  a document
     * @return the document read
     * @throws Refused if the module refuses it with its one exception (any other exception escapes as it is)
     */
    abstract Doc readDocument(String json) throws Refused;

    /**
     * @param json  a value, or a JSON array of values if {@code list}
     * @return the value (or list) read as the type
     * @throws Refused if the module refuses it with its one exception
     */
    abstract Object read(String json, Class<?> type, boolean list) throws Refused;

    /** @return the value (a {@link Doc} as the module's document) as compact JSON */
    abstract String write(Object value);

    /** @return the document as the golden files are written: two-space indentation, LF, a final newline */
    abstract String writeGolden(Doc doc);

    /** @return a Jackson 3 message in the Jackson 2 module's words (its parser says "property" for "field") */
    static String common(String message) {
        return message.replace("partnering-jackson3", "partnering-jackson").replace("property name", "field name");
    }

    /** @return every type of the SDK either module has a format for */
    static Set<Class<?>> sdkTypes() {
        return Refusals.SDK_TYPES;
    }

    /** The refusals of Jackson 3, worked out once. */
    private static final class Refusals {
        static final Set<Class<?>> SDK_TYPES = sdkTypes();
        /** Each type's refusal, for reading and for writing, found as the whole name ("Bound.Fixed", not "Fixed"). */
        static final Map<String, Map<Class<?>, java.util.regex.Pattern>> PATTERNS = Map.of("read", patterns("read"),
                "written", patterns("written"));

        private static Set<Class<?>> sdkTypes() {
            Set<Class<?>> all = new LinkedHashSet<>(GoldenValues.formatTypes());
            all.addAll(PartneringMixins.all().keySet());
            all.addAll(BuilderMixins.read());
            return java.util.Collections.unmodifiableSet(all);
        }

        private static Map<Class<?>, java.util.regex.Pattern> patterns(String verb) {
            Map<Class<?>, java.util.regex.Pattern> m = new java.util.LinkedHashMap<>();
            for (Class<?> c : SDK_TYPES) {
                m.put(c, java.util.regex.Pattern.compile("(^|[^\\w.])" + java.util.regex.Pattern.quote(NotYet.message(c, verb))));
            }
            return m;
        }
    }

    /**
     * @param message  the message of a problem or an exception of Jackson 3
     * @param verb  {@code read} or {@code written}
     * @return true if it is Jackson 3's refusal of a type it does not read (or write) yet, naming a
     *         type it really does not support: once a type is supported, a refusal naming it is not honest
     */
    static boolean honestRefusal(String message, String verb) {
        if (verb.equals("read")) {
            for (Map.Entry<String, Documents.Kind> k : Documents.KINDS.entrySet()) {
                if (message.startsWith(Documents.notYet(k.getKey()))) { // a kind of document, refused as a whole
                    return !NotYet.readable(k.getValue().type());
                }
            }
        }
        for (Map.Entry<Class<?>, java.util.regex.Pattern> e : Refusals.PATTERNS.get(verb).entrySet()) {
            if (e.getValue().matcher(message).find()) {
                Class<?> c = e.getKey();
                return verb.equals("read") ? !NotYet.readable(c) : !NotYet.writable(c, PartneringMixins.all());
            }
        }
        return false;
    }
}
