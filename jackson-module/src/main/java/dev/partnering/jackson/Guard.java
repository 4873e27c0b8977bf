package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.partnering.ValidationException;
import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.Node;
import dev.partnering.jackson.common.internal.Paths;
import dev.partnering.jackson.common.internal.ProblemLog;
import dev.partnering.jackson.common.internal.Words;

/**
 * How reading goes on after a problem, so that one read reports every problem of a document:
 * Jackson's own deserializers (builder-based for the SDK's values) do the reading, and this class
 * wraps those of the SDK's types ({@link #modifier}) and their properties. A value whose reading
 * fails — a broken domain rule from its builder, a field of the wrong kind, an unknown field — is
 * recorded with its JSON path, the parser is brought to the value's end and the value is read as
 * null; every value that holds it is then dropped without building (its own rules would only
 * repeat the problem). The outermost SDK value of a read throws one {@link PartneringJsonException}
 * with all of them. Malformed JSON and broken stream limits stop the read at once.
 */
final class Guard {

    /** The key of the read's {@link Problems} among the context's attributes. */
    private static final Object KEY = Problems.class;

    private Guard() {
    }

    /**
     * The problems of one read ({@link ProblemLog}, shared with the Jackson 3 module) and the failure
     * that stopped it; not thread-safe, one per read.
     */
    static final class Problems extends ProblemLog<JsonLocation> {
        /** The exception that stopped the read: malformed JSON or a broken limit; thrown on by every guard. */
        PartneringJsonException stopped;

        Problems() {
            super(PartneringJsonException.LOCATOR);
        }

        void add(PartneringJsonException.Problem p) {
            add(p.jsonPath(), p.message(), p.violations(), p.location());
        }

        PartneringJsonException exception(JsonParser p, String what, String base, JsonLocation start, Throwable cause) {
            List<Entry<JsonLocation>> all = all(base, start);
            return new PartneringJsonException(p, first(all, start), what, base, all.stream().map(e ->
                    new PartneringJsonException.Problem(e.jsonPath(), e.message(), e.violations(), e.location())).toList(),
                    locations(), cause);
        }
    }

    /** Sets the problems of the read the context belongs to (null: the next guarded value is the root of a read). */
    static void enter(DeserializationContext ctxt, Problems problems) {
        ctxt.setAttribute(KEY, problems);
    }

    /** @return the problems of the read the context belongs to, or null outside a guarded read */
    static Problems problems(DeserializationContext ctxt) {
        return (Problems) ctxt.getAttribute(KEY);
    }

    /**
     * Wraps the deserializers of the SDK's types and the properties of their builders.
     *
     * @param sdk  which classes are the SDK's
     * @return the modifier, never null
     */
    static BeanDeserializerModifier modifier(java.util.function.Predicate<Class<?>> sdk) {
        return new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription desc,
                    BeanDeserializerBuilder builder) {
                if (sdk.test(desc.getBeanClass())) {
                    List<SettableBeanProperty> props = new ArrayList<>();
                    builder.getProperties().forEachRemaining(props::add);
                    for (SettableBeanProperty prop : props) {
                        if (!(prop instanceof com.fasterxml.jackson.databind.deser.CreatorProperty)) {
                            builder.addOrReplaceProperty(new GuardedProperty(prop), true);
                        }
                    }
                }
                return builder;
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                    JsonDeserializer<?> deserializer) {
                return sdk.test(desc.getBeanClass()) ? new Guarded(deserializer, Words.name(desc.getBeanClass()))
                        : deserializer;
            }
        };
    }

    /**
     * Refuses a type that Jackson reads only inside the value holding it (an agreement version inside
     * its history) when it is read on its own, with the refusal's deserializer.
     *
     * @param alone  the refusing deserializer by type
     * @return the modifier, never null; register it before {@link #modifier} so that it wraps the guard
     */
    static BeanDeserializerModifier insideOnly(Map<Class<?>, JsonDeserializer<?>> alone) {
        return new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                    JsonDeserializer<?> deserializer) {
                JsonDeserializer<?> refusal = alone.get(desc.getBeanClass());
                return refusal == null ? deserializer : new InsideOnly(deserializer, refusal);
            }
        };
    }

    /** A value read inside the value holding it, refused on its own (outside any guarded read). */
    private static final class InsideOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient JsonDeserializer<?> refusal;

        InsideOnly(JsonDeserializer<?> delegate, JsonDeserializer<?> refusal) {
            super(delegate);
            this.refusal = refusal;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InsideOnly(delegate, refusal);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return problems(ctxt) == null ? refusal.deserialize(p, ctxt) : _delegatee.deserialize(p, ctxt);
        }
    }

    /** Unknown fields of the SDK's types: refused as a problem of the read, or skipped; never the mapper's choice. */
    static DeserializationProblemHandler unknownFields(boolean refuse, java.util.function.Predicate<Class<?>> sdk) {
        return new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                    Object beanOrClass, String propertyName) throws IOException {
                Class<?> c = beanOrClass instanceof Class<?> k ? k : beanOrClass == null ? Object.class : beanOrClass.getClass();
                Problems problems = problems(ctxt);
                if (!sdk.test(c) && !(problems != null && isSdkImplementation(c, sdk))) {
                    return false;
                }
                Class<?> obsolete = obsolete(c, propertyName);
                if (obsolete != null) {
                    // read and ignored, but it must still be what it was
                    Strict.of(ctxt.constructType(obsolete)).deserialize(p, ctxt);
                    return true;
                }
                if (refuse && problems != null) {
                    // a value made by its creator has its unknown fields replayed from a buffer: where they were met
                    Node.Met<JsonLocation> met = problems.current() == null ? null : problems.current().met(propertyName);
                    String path = met == null ? JsonPaths.ofCurrentValue(p) : met.path();
                    JsonLocation at = met == null ? p.currentTokenLocation() : met.at();
                    if (propertyName.equals("type") && Words.isFamilyMember(c)) {
                        // the type id given twice: the first chose the member, the second is ambiguous
                        problems.problem(path, Words.fieldTwice(propertyName), at);
                    } else {
                        problems.unknownField(path, Words.unknownField(propertyName,
                                met == null ? known(deserializer) : met.fields()), at);
                    }
                }
                p.skipChildren();
                return true;
            }
        };
    }

    /**
     * Fields the format no longer has, still read from older documents (and then ignored): a
     * service-credit table repeated its KPI's direction before 0.2.
     */
    private static final Map<Class<?>, Map<String, Class<?>>> OBSOLETE = Map.of(
            dev.partnering.incentive.ServiceCreditTiers.Builder.class, Map.of("direction", dev.partnering.kpi.Direction.class));

    /** @return the type an obsolete field of the builder or value must still have, or null */
    private static Class<?> obsolete(Class<?> c, String field) {
        for (Map.Entry<Class<?>, Map<String, Class<?>>> e : OBSOLETE.entrySet()) {
            if (e.getKey().isAssignableFrom(c) && e.getValue().containsKey(field)) {
                return e.getValue().get(field);
            }
        }
        return null;
    }

    private static boolean isSdkImplementation(Class<?> c, java.util.function.Predicate<Class<?>> sdk) {
        for (Class<?> i : c.getInterfaces()) {
            if (sdk.test(i)) {
                return true;
            }
        }
        return false;
    }

    private static String known(JsonDeserializer<?> deserializer) {
        return deserializer == null ? "none" : Words.fields(deserializer.getKnownPropertyNames(), deserializer.handledType());
    }

    /**
     * The context a value's reading must end in: the one holding it (for an object or array, or a
     * deserializer started on its first field), or the current one (a scalar).
     */
    private static JsonStreamContext owner(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        return (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.FIELD_NAME) && ctx != null
                ? ctx.getParent() : ctx;
    }

    /** Brings the parser to the last token of the value that began in {@code owner}. */
    private static void finish(JsonParser p, JsonStreamContext owner) throws IOException {
        while (p.getParsingContext() != owner && p.getParsingContext() != null) {
            if (p.getParsingContext().getNestingDepth() - owner.getNestingDepth() > PartneringJson.MAX_NESTING_DEPTH) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "the value is nested deeper than the "
                        + PartneringJson.MAX_NESTING_DEPTH + " levels allowed");
            }
            if (p.nextToken() == null) {
                return;
            }
        }
    }

    /** @return true for failures after which the input cannot be read on: malformed JSON, broken limits */
    private static boolean fatal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamReadException || c instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                    || (c instanceof IOException && !(c instanceof JsonProcessingException))) {
                return true;
            }
        }
        return false;
    }

    /** @return the failure of the parser inside a failure, or the failure itself */
    private static Throwable parserFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamReadException || c instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                return c;
            }
        }
        return e;
    }

    /**
     * Records a failure unless a problem inside the value already explains it, and brings the
     * parser to the value's end. A broken domain rule is located where its value began, any
     * other failure at the token it happened on. {@code ofField}: the failure is of one field's setter,
     * {@code owner} the context holding that field.
     */
    private static void failed(Problems problems, int before, JsonParser p, Throwable e, JsonLocation start,
            JsonStreamContext owner, boolean ofField) throws IOException {
        if (problems.broken() == before) {
            JsonToken t = p.currentToken();
            boolean domain = e instanceof ValidationException || e.getCause() instanceof ValidationException;
            // a builder's setter that refuses its field breaks a rule of the value holding the field, whose
            // violations name paths relative to that value: the value's own path (never the field's twice)
            String path = ofField && domain && owner != null && owner.getParent() != null
                    ? JsonPaths.ofValueIn(owner.getParent())
                    : t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? JsonPaths.ofCurrentValue(p)
                    : JsonPaths.ofPosition(p);
            JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0 ? j.getLocation() : p.currentTokenLocation();
            record(problems, path, e, domain ? start : at, problems.current());
        }
        finish(p, owner);
    }

    /** Records a failure of the value at {@code path}. */
    static void record(Problems problems, String path, Throwable e, JsonLocation at, Node<JsonLocation> node) {
        if (e instanceof Strict.Failed f && f.rules() != null) {
            problems.scalarRules(path, f.rules(), at);
            return;
        }
        Throwable cause = e;
        while (!(cause instanceof ValidationException) && !(cause instanceof PartneringJsonException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof ValidationException v) {
            problems.violations(path, v, at, node);
        } else if (cause instanceof PartneringJsonException n) {
            for (PartneringJsonException.Problem p : n.problems()) {
                problems.add(p);
            }
        } else {
            problems.problem(path, Messages.of(e), at);
        }
    }

    /** The deserializer of one of the SDK's types, guarded. */
    static final class Guarded extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final String what;

        private final boolean keeps;
        /** True if the value is made by its creator from its fields (not by a builder's setters). */
        private final boolean createdByCreator;
        /**
         * The message for JSON {@code null} of each field of a value made by its creator that is an array
         * or a map: the creator would be given it empty, as if the field were absent.
         */
        private final transient Map<String, String> arrays;
        /** The fields of a value made by its creator, null for a value made by its builder. */
        private final transient java.util.Set<String> fields;
        /** The same as a problem lists them, once the deserializer is resolved. */
        private transient volatile String fieldsText;

        Guarded(JsonDeserializer<?> delegate, String what) {
            this(delegate, what, true);
        }

        /** @param keeps  false for a value without rules across its fields (a document): its children are not remembered */
        Guarded(JsonDeserializer<?> delegate, String what, boolean keeps) {
            super(delegate);
            this.what = what;
            this.keeps = keeps;
            this.createdByCreator = delegate instanceof com.fasterxml.jackson.databind.deser.BeanDeserializerBase b
                    && b.getValueInstantiator() != null && b.getValueInstantiator().canCreateFromObjectWith();
            this.arrays = createdByCreator ? arrays((com.fasterxml.jackson.databind.deser.BeanDeserializerBase) delegate)
                    : Map.of();
            this.fields = createdByCreator ? fields(delegate.getKnownPropertyNames()) : null;
        }

        private static java.util.Set<String> fields(java.util.Collection<Object> names) {
            java.util.Set<String> fields = new java.util.HashSet<>();
            names.forEach(n -> fields.add(String.valueOf(n)));
            return java.util.Set.copyOf(fields);
        }

        /** @return the message for JSON {@code null} of each field of the value that is an array or a map */
        private static Map<String, String> arrays(com.fasterxml.jackson.databind.deser.BeanDeserializerBase b) {
            Map<String, String> arrays = new java.util.HashMap<>();
            b.properties().forEachRemaining(prop -> {
                if (prop.getType().isContainerType()) {
                    arrays.put(prop.getName(), Words.nullFoundFor(prop.getType().getRawClass()));
                }
            });
            return Map.copyOf(arrays);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guarded(delegate, what, keeps);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, null);
        }

        /**
         * JSON {@code null} as the whole input is refused; inside a guarded read it is recorded where it
         * is (an element of an array or a value of a map of the SDK's values); inside a user's own type
         * it stays null, as Jackson has it.
         */
        @Override
        public Object getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonParser p = ctxt.getParser();
            if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
                throw nullValue(p, what);
            }
            Problems problems = problems(ctxt);
            if (problems != null && p != null && p.currentToken() == JsonToken.VALUE_NULL) {
                problems.problem(JsonPaths.ofPosition(p), Words.nullFound(what), p.currentTokenLocation());
            }
            return null;
        }

        /** An absent field is no value: left to the creator or builder reading it. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public com.fasterxml.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return com.fasterxml.jackson.databind.util.AccessPattern.DYNAMIC;
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
                com.fasterxml.jackson.databind.jsontype.TypeDeserializer types) throws IOException {
            return read(p, ctxt, types);
        }

        /** @return the value's fields as a problem lists them */
        private String fieldsText() {
            String text = fieldsText;
            if (text == null) {
                text = known(_delegatee);
                fieldsText = text;
            }
            return text;
        }

        private Object read(JsonParser p, DeserializationContext ctxt,
                com.fasterxml.jackson.databind.jsontype.TypeDeserializer types) throws IOException {
            Problems problems = problems(ctxt);
            boolean root = problems == null;
            if (root) {
                problems = new Problems();
                ctxt.setAttribute(KEY, problems);
            }
            int before = problems.broken();
            JsonLocation start = p.currentTokenLocation();
            JsonStreamContext owner = owner(p);
            Node<JsonLocation> parent = problems.current();
            String within = Builders.WITHIN.get(what);
            if (within != null && (parent == null || !within.equals(parent.what()))) {
                problems.problem(JsonPaths.ofCurrentValue(p), what + " cannot be read on its own: "
                        + Builders.WHY_WITHIN.get(what), start);
                p.skipChildren();
                if (root) {
                    ctxt.setAttribute(KEY, null);
                    throw problems.exception(p, what, JsonPaths.ofCurrentValue(p), start, null);
                }
                return null;
            }
            problems.current(enter(parent, owner, start, keeps));
            problems.current().what(what);
            problems.push();
            Object value;
            try {
                // a value made by its creator gets its fields as creator arguments, where a field given twice
                // would silently replace the first: its own fields are checked as the parser reads them
                JsonParser in = (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.FIELD_NAME)
                        && createdByCreator ? new OwnFields(p, problems, arrays, fields, this::fieldsText) : p;
                value = types == null ? _delegatee.deserialize(in, ctxt) : _delegatee.deserializeWithType(in, ctxt, types);
            } catch (IOException | RuntimeException e) {
                try {
                    if (fatal(e) || problems.stopped != null) {
                        throw e;
                    }
                    failed(problems, before, p, e, start, owner, false);
                } catch (IOException | RuntimeException f) {
                    if (root) {
                        ctxt.setAttribute(KEY, null);
                    }
                    if (problems.stopped == null) {
                        // the rest of the input cannot be read: its problem alone is reported
                        problems.stopped = Messages.structural(p, parserFailure(f), what, new Problems());
                    }
                    throw problems.stopped;
                }
                value = null;
            } finally {
                problems.current(parent);
                problems.pop();
            }
            if (problems.broken() != before) {
                value = null; // built from values that could not be read, or not built at all
            }
            if (root) {
                ctxt.setAttribute(KEY, null);
                if (problems.count() > 0) {
                    throw problems.exception(p, what, JsonPaths.ofCurrentValue(p), start, null);
                }
            }
            return value;
        }
    }

    /**
     * Refuses JSON {@code null} where a value of the SDK is read at the root of the input: Jackson
     * would otherwise return null from {@code readValue}.
     *
     * @param p  the parser, on the null, not null
     * @param what  the name of the type read
     * @return the exception to throw, never null
     */
    static PartneringJsonException nullValue(JsonParser p, String what) {
        Problems problems = new Problems();
        JsonLocation at = p.currentTokenLocation();
        String path = JsonPaths.ofPosition(p);
        problems.problem(path, Words.nullFound(what), at);
        return problems.exception(p, what, path, at, null);
    }

    /**
     * @param type  a type that is never read (a result, or a value read only inside the one holding it)
     * @param message  why, and what to do instead
     * @return its deserializer: every value refused with the message at its path, through the guard
     */
    static JsonDeserializer<Object> refusing(Class<?> type, String message) {
        return new Guarded(new Refused(type, message), Words.name(type));
    }

    /** Refuses every value with its message (the guard records it at the value's path and skips the value). */
    private static final class Refused extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final String message;

        Refused(Class<?> type, String message) {
            super(type);
            this.message = message;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            throw com.fasterxml.jackson.databind.JsonMappingException.from(p, message);
        }

        /** A result of a closed family is refused before its {@code "type"} is looked at. */
        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
                com.fasterxml.jackson.databind.jsontype.TypeDeserializer types) throws IOException {
            return deserialize(p, ctxt);
        }
    }

    /**
     * The parser of a value made by its creator (a record, money, a value with a static factory), for
     * that value only: records a field of the value's own object given twice (Jackson would hand the
     * creator the last one), where its name is. Nested objects are their own values' business.
     */
    static final class OwnFields extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private final Problems problems;
        private final JsonStreamContext object;
        private final Map<String, String> arrays;
        private final java.util.Set<String> fields;
        private final java.util.function.Supplier<String> fieldsText;
        /** A field that is not one of the value's, and its path, until its value is met. */
        private String unknown;
        private String unknownPath;
        private String[] names = new String[8];
        private int count;

        /**
         * @param p  the parser, at the value's start or its first field
         * @param problems  the read's problems
         * @param arrays  the message for JSON {@code null} of each field of the value that is an array or a map
         * @param fields  the value's fields, to note where another one is; null for a map
         * @param fieldsText  the same as a problem lists them
         */
        OwnFields(JsonParser p, Problems problems, Map<String, String> arrays, java.util.Set<String> fields,
                java.util.function.Supplier<String> fieldsText) throws IOException {
            super(p);
            this.problems = problems;
            this.arrays = arrays;
            this.fields = fields;
            this.fieldsText = fieldsText;
            this.object = p.getParsingContext();
            if (p.currentToken() == JsonToken.FIELD_NAME) {
                // after a type id read first: the object began before, at the field now current
                field(p.currentName());
            }
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (unknown != null) {
                problems.current().met(unknown, unknownPath, delegate.currentTokenLocation(), fieldsText.get());
                unknown = null;
            }
            if (t == JsonToken.FIELD_NAME && delegate.getParsingContext() == object) {
                field(delegate.currentName());
            } else if (t == JsonToken.VALUE_NULL && delegate.getParsingContext() == object) {
                String message = arrays.get(delegate.currentName());
                if (message != null) {
                    problems.problem(JsonPaths.ofPosition(delegate), message, delegate.currentTokenLocation());
                }
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? delegate.currentName() : null;
        }

        @Override
        public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(delegate.currentName());
        }

        private void field(String name) {
            for (int i = 0; i < count; i++) {
                if (names[i].equals(name)) {
                    problems.problem(Paths.field(JsonPaths.ofCurrentValue(delegate), name), Words.fieldTwice(name),
                            delegate.currentTokenLocation());
                    return;
                }
            }
            if (count == names.length) {
                names = java.util.Arrays.copyOf(names, count * 2);
            }
            names[count++] = name;
            if (fields != null && !fields.contains(name) && problems.current() != null) {
                // Jackson replays it after the value is built, from a buffer where its place is lost: noted at its value
                unknown = name;
                unknownPath = Paths.field(JsonPaths.ofCurrentValue(delegate), name);
            }
        }
    }


    /** A property of one of the SDK's builders, guarded: a failure of its value is recorded and reading goes on. */
    static final class GuardedProperty extends SettableBeanProperty.Delegating {
        private static final long serialVersionUID = 1L;

        GuardedProperty(SettableBeanProperty delegate) {
            super(delegate);
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
            return new GuardedProperty(d);
        }

        @Override
        public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
            deserializeSetAndReturn(p, ctxt, instance);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
                throws IOException {
            Problems problems = problems(ctxt);
            if (problems == null) {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            }
            JsonLocation start = p.currentTokenLocation();
            JsonStreamContext owner = owner(p);
            int before = problems.broken();
            if (problems.seenBefore(delegate.getPropertyIndex())) {
                // a field given twice is ambiguous: which one counts would be the parser's guess
                problems.problem(JsonPaths.ofCurrentValue(p), Words.fieldTwice(getName()), p.currentTokenLocation());
                p.skipChildren();
                return instance;
            }
            if (p.currentToken() == JsonToken.VALUE_NULL && getType().isContainerType()) {
                // a builder's list or map: null is no list, and an absent one is empty
                problems.problem(JsonPaths.ofPosition(p), Words.nullFoundFor(getType().getRawClass()), start);
                return instance;
            }
            try {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            } catch (IOException | RuntimeException e) {
                if (fatal(e) || problems.stopped != null) {
                    throw e;
                }
                failed(problems, before, p, e, start, owner, true);
                return instance;
            }
        }
    }

    /** @return a {@link Node} for the value the parser is at, its field name and index from {@code owner} */
    private static Node<JsonLocation> enter(Node<JsonLocation> parent, JsonStreamContext owner, JsonLocation start,
            boolean keeps) {
        String name = null;
        int index = -1;
        if (owner != null && owner.inArray()) {
            index = owner.getCurrentIndex();
            JsonStreamContext up = owner.getParent();
            name = up != null && up.inObject() ? up.getCurrentName() : null;
        } else if (owner != null && owner.inObject()) {
            name = owner.getCurrentName();
        }
        return Node.enter(parent, name, index, start, keeps);
    }

    /** Words for Jackson's exceptions in the format's terms. */
    static final class Messages {
        private Messages() {
        }

        static String of(Throwable e) {
            if (e instanceof InvalidTypeIdException t) {
                return Words.unknownType(String.valueOf(t.getTypeId()),
                        t.getBaseType() == null ? null : t.getBaseType().getRawClass());
            }
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                return FormatScalars.notOneOf(f.getTargetType(), String.valueOf(f.getValue()));
            }
            String missing = "Missing required creator property '";
            if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith(missing)) {
                // a whole number a creator needs (it cannot be null): in the core's words for a missing field
                String msg = m.getOriginalMessage();
                return msg.substring(missing.length(), Math.max(missing.length(), msg.indexOf('\'', missing.length())))
                        + " is required: null is not allowed";
            }
            if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
                return "expected " + Words.expected(m.getTargetType()) + ", found " + found(m);
            }
            if (e instanceof JsonProcessingException j) {
                String m = j.getOriginalMessage();
                if (m != null && m.startsWith("No fallback setter/field defined for creator property '")) {
                    // Jackson's words for a field of a record given twice
                    int from = m.indexOf('\'') + 1;
                    return "field '" + m.substring(from, m.indexOf('\'', from)) + "' appears more than once";
                }
                return m;
            }
            return String.valueOf(e.getMessage());
        }

        private static String found(MismatchedInputException m) {
            return m.getProcessor() instanceof JsonParser p ? Strict.found(p) : "something else";
        }

        static PartneringJsonException structural(JsonParser p, Throwable e, String what, Problems problems) {
            JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation()
                    : p.currentLocation();
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
            String path;
            String name = Words.duplicateField(message);
            if (name != null) {
                path = Paths.field(JsonPaths.ofNextToken(p), name);
                message = Words.fieldTwice(name);
            } else if (Words.valueTooLong(message)) {
                path = JsonPaths.ofPosition(p);
            } else {
                path = JsonPaths.ofNextToken(p);
            }
            problems.problem(path, message, at);
            return problems.exception(p, what, path, at, e);
        }
    }
}
