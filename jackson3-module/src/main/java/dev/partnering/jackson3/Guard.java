package dev.partnering.jackson3;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.CreatorProperty;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.AccessPattern;

import dev.partnering.ValidationException;
import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.Node;
import dev.partnering.jackson.common.internal.Paths;
import dev.partnering.jackson.common.internal.ProblemLog;
import dev.partnering.jackson.common.internal.Words;

/**
 * How reading goes on after a problem, so that one read reports every problem of a document (the
 * Jackson 3 twin of the Jackson 2 module's class of the same name): Jackson's own deserializers do
 * the reading, and this class wraps those of the SDK's types ({@link #modifier}) and their builder
 * properties. A value whose reading fails is recorded with its JSON path, the parser is brought to
 * the value's end and the value is read as null; every value holding it is dropped without
 * building. The outermost SDK value of a read throws one {@link PartneringJsonException} with all
 * of them. Malformed JSON and broken stream limits stop the read at once.
 */
final class Guard {

    /** How deep a value may nest inside the value being skipped after a problem. */
    static final int MAX_NESTING_DEPTH = 100;

    private static final Object KEY = Problems.class;

    private Guard() {
    }

    /**
     * The problems of one read ({@link ProblemLog}, shared with the Jackson 2 module) and the failure
     * that stopped it; not thread-safe, one per read.
     */
    static final class Problems extends ProblemLog<TokenStreamLocation> {
        /** The exception that stopped the read (malformed JSON, a broken limit); thrown on by every guard. */
        PartneringJsonException stopped;

        Problems() {
            super(PartneringJsonException.LOCATOR);
        }

        PartneringJsonException exception(JsonParser p, String what, String base, TokenStreamLocation start,
                Throwable cause) {
            List<Entry<TokenStreamLocation>> all = all(base, start);
            return new PartneringJsonException(p, first(all, start), what, base, all.stream().map(e ->
                    new PartneringJsonException.Problem(e.jsonPath(), e.message(), e.violations(), e.location())).toList(),
                    locations(), cause);
        }
    }

    /** @return the problems of the read the context belongs to, or null outside a guarded read */
    static Problems problems(DeserializationContext ctxt) {
        return (Problems) ctxt.getAttribute(KEY);
    }

    /** Wraps the deserializers of the SDK's types and the properties of their builders. */
    static ValueDeserializerModifier modifier(Predicate<Class<?>> sdk) {
        return new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier desc,
                    BeanDeserializerBuilder builder) {
                if (sdk.test(desc.getBeanClass())) {
                    List<SettableBeanProperty> props = new ArrayList<>();
                    builder.getProperties().forEachRemaining(props::add);
                    for (SettableBeanProperty prop : props) {
                        if (!(prop instanceof CreatorProperty)) {
                            builder.addOrReplaceProperty(new GuardedProperty(prop), true);
                        }
                    }
                }
                return builder;
            }

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier desc,
                    ValueDeserializer<?> deserializer) {
                // a reporting period on its own keeps its scalar deserializer's words; inside a value it is Strict's
                Class<?> c = desc.getBeanClass();
                return sdk.test(c) && c != dev.partnering.period.ReportingPeriod.class
                        ? new Guarded(deserializer, name(c), true) : deserializer;
            }
        };
    }

    /**
     * @param type  a result, never read on its own
     * @param message  why, and what to do instead (jackson-common's {@code Results})
     * @return its deserializer: every value refused with the message at its path, through the guard
     */
    static ValueDeserializer<Object> refusing(Class<?> type, String message) {
        return new Guarded(new Refused(type, message), name(type), true);
    }

    /** Refuses every value with its message (the guard records it at the value's path and skips the value). */
    private static final class Refused extends tools.jackson.databind.deser.std.StdDeserializer<Object> {
        private final String message;

        Refused(Class<?> type, String message) {
            super(type);
            this.message = message;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            throw tools.jackson.databind.DatabindException.from(p, message);
        }

        /** A result of a closed family is refused before its {@code "type"} is looked at. */
        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer types) {
            return deserialize(p, ctxt);
        }
    }

    /**
     * The types Jackson reads inside the value holding them only (a result that is part of an input: an
     * agreement's version inside its history), refused on their own. Register it before {@link #modifier},
     * so that it wraps the guard: outside any guarded read the value is refused.
     *
     * @param alone  the refusing deserializer ({@link #refusing}) by type
     * @return the modifier, never null
     */
    static ValueDeserializerModifier insideOnly(java.util.Map<Class<?>, ValueDeserializer<?>> alone) {
        return new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier desc,
                    ValueDeserializer<?> deserializer) {
                // a value read through its builder is modified as its builder
                dev.partnering.jackson.common.mixin.BuilderMixins.Binding b =
                        dev.partnering.jackson.common.mixin.BuilderMixins.ofBuilder(desc.getBeanClass());
                ValueDeserializer<?> refusal = alone.get(b == null ? desc.getBeanClass() : b.type());
                return refusal == null ? deserializer : new InsideOnly(deserializer, refusal);
            }
        };
    }

    /** A value read inside the value holding it, refused on its own (outside any guarded read). */
    private static final class InsideOnly extends DelegatingDeserializer {
        private final ValueDeserializer<?> refusal;

        InsideOnly(ValueDeserializer<?> delegate, ValueDeserializer<?> refusal) {
            super(delegate);
            this.refusal = refusal;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new InsideOnly(delegate, refusal);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return problems(ctxt) == null ? refusal.deserialize(p, ctxt) : _delegatee.deserialize(p, ctxt);
        }
    }

    /** Unknown fields of the SDK's types: refused as a problem of the read, or skipped; never the mapper's choice. */
    static DeserializationProblemHandler unknownFields(boolean refuse, Predicate<Class<?>> sdk) {
        return new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                    ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
                Class<?> c = beanOrClass instanceof Class<?> k ? k : beanOrClass == null ? Object.class : beanOrClass.getClass();
                Problems problems = problems(ctxt);
                if (!sdk.test(c) && !(problems != null && implementsSdk(c, sdk))) {
                    return false;
                }
                if (refuse && problems != null) {
                    if (propertyName.equals("type") && Words.isFamilyMember(c)) {
                        // the type id given twice: already refused by the guard's check of the object's own fields
                        p.skipChildren();
                        return true;
                    } else {
                        // a value made by its creator has its unknown fields replayed from a buffer: where they were met
                        Node.Met<TokenStreamLocation> met = problems.current() == null ? null
                                : problems.current().met(propertyName);
                        problems.unknownField(met == null ? JsonPaths.ofCurrentValue(p) : met.path(),
                                Words.unknownField(propertyName, met == null ? known(deserializer) : met.fields()),
                                met == null ? p.currentTokenLocation() : met.at());
                    }
                }
                p.skipChildren();
                return true;
            }
        };
    }

    private static boolean implementsSdk(Class<?> c, Predicate<Class<?>> sdk) {
        for (Class<?> i : c.getInterfaces()) {
            if (sdk.test(i)) {
                return true;
            }
        }
        return false;
    }

    private static String known(ValueDeserializer<?> deserializer) {
        return deserializer == null ? "none" : Words.fields(deserializer.getKnownPropertyNames(), deserializer.handledType());
    }

    /** The context a value's reading must end in: the one holding it, or the current one (a scalar). */
    private static TokenStreamContext owner(JsonParser p) {
        TokenStreamContext ctx = p.streamReadContext();
        JsonToken t = p.currentToken();
        return (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.PROPERTY_NAME) && ctx != null
                ? ctx.getParent() : ctx;
    }

    /** Brings the parser to the last token of the value that began in {@code owner}. */
    private static void finish(JsonParser p, TokenStreamContext owner) {
        while (p.streamReadContext() != owner && p.streamReadContext() != null) {
            if (p.streamReadContext().getNestingDepth() - owner.getNestingDepth() > MAX_NESTING_DEPTH) {
                throw new StreamReadException(p, "the value is nested deeper than the " + MAX_NESTING_DEPTH
                        + " levels allowed");
            }
            if (p.nextToken() == null) {
                return;
            }
        }
    }

    /** @return true for failures after which the input cannot be read on: malformed JSON, broken limits, I/O */
    private static boolean fatal(Throwable e) {
        return parserFailure(e) != null;
    }

    /** @return the failure of the parser or the source inside a failure, or null */
    private static Throwable parserFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamReadException || c instanceof StreamConstraintsException
                    || c instanceof JacksonIOException) {
                return c;
            }
        }
        return null;
    }

    /**
     * Records a failure unless a problem inside the value already explains it, and brings the parser to the
     * value's end. {@code ofField}: the failure is of one field's setter, {@code owner} the context holding that field.
     */
    private static void failed(Problems problems, int before, JsonParser p, RuntimeException e,
            TokenStreamLocation start, TokenStreamContext owner, boolean ofField) {
        if (problems.broken() == before) {
            JsonToken t = p.currentToken();
            boolean domain = e instanceof ValidationException || e.getCause() instanceof ValidationException;
            // a builder's setter that refuses its field breaks a rule of the value holding the field, whose
            // violations name paths relative to that value: the value's own path (never the field's twice)
            String path = ofField && domain && owner != null && owner.getParent() != null
                    ? JsonPaths.ofValueIn(owner.getParent())
                    : t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? JsonPaths.ofCurrentValue(p)
                    : JsonPaths.ofPosition(p);
            TokenStreamLocation at = e instanceof JacksonException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0 ? j.getLocation() : p.currentTokenLocation();
            record(problems, path, e, domain ? start : at, problems.current());
        }
        finish(p, owner);
    }

    /** Records a failure of the value at {@code path}. */
    private static void record(Problems problems, String path, Throwable e, TokenStreamLocation at,
            Node<TokenStreamLocation> node) {
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
            n.problems().forEach(q -> problems.add(q.jsonPath(), q.message(), q.violations(), q.location()));
        } else {
            problems.problem(path, message(e), at);
        }
    }

    /** The deserializer of one of the SDK's types, guarded. */
    static final class Guarded extends DelegatingDeserializer {
        private final String what;
        private final boolean keeps;
        /**
         * The message for JSON {@code null} of each field of a value made by its creator that is an array
         * or a map: the creator would be given it empty, as if the field were absent.
         */
        private final java.util.Map<String, String> arrays;
        /** The fields of a value made by its creator, null for a value made by its builder. */
        private final java.util.Set<String> fields;
        /** The same as a problem lists them, once the deserializer is resolved. */
        private volatile String fieldsText;

        /** @param keeps  false for a value without rules across its fields (a document): its children are not remembered */
        Guarded(ValueDeserializer<?> delegate, String what, boolean keeps) {
            super(delegate);
            this.what = what;
            this.keeps = keeps;
            boolean createdByCreator = delegate instanceof tools.jackson.databind.deser.bean.BeanDeserializerBase b
                    && b.getValueInstantiator() != null && b.getValueInstantiator().canCreateFromObjectWith();
            java.util.Map<String, String> arrays = new java.util.HashMap<>();
            java.util.Set<String> fields = new java.util.HashSet<>();
            if (createdByCreator) {
                ((tools.jackson.databind.deser.bean.BeanDeserializerBase) delegate).properties().forEachRemaining(prop -> {
                    if (prop.getType().isContainerType()) {
                        arrays.put(prop.getName(), Words.nullFoundFor(prop.getType().getRawClass()));
                    }
                });
                delegate.getKnownPropertyNames().forEach(n -> fields.add(String.valueOf(n)));
            }
            this.arrays = java.util.Map.copyOf(arrays);
            this.fields = createdByCreator ? java.util.Set.copyOf(fields) : null;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Guarded(delegate, what, keeps);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return read(p, ctxt, null);
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer types) {
            return read(p, ctxt, types);
        }

        /**
         * JSON {@code null} as the whole input is refused; inside a guarded read it is recorded where it
         * is (an element of an array or a value of a map of the SDK's values); inside a user's own type
         * it stays null, as Jackson has it.
         */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
                TokenStreamLocation at = p.currentTokenLocation();
                String path = JsonPaths.ofPosition(p);
                Problems problems = new Problems();
                problems.problem(path, Words.nullFound(what), at);
                throw problems.exception(p, what, path, at, null);
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
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        /** @return the value's fields as a problem lists them (in the order of the resolved deserializer) */
        private String fieldsText() {
            String text = fieldsText;
            if (text == null) {
                text = known(_delegatee);
                fieldsText = text;
            }
            return text;
        }

        private Object read(JsonParser p, DeserializationContext ctxt, TypeDeserializer types) {
            Problems problems = problems(ctxt);
            boolean root = problems == null;
            if (root) {
                problems = new Problems();
                ctxt.setAttribute(KEY, problems);
            }
            int before = problems.broken();
            TokenStreamLocation start = p.currentTokenLocation();
            TokenStreamContext owner = owner(p);
            Node<TokenStreamLocation> parent = problems.current();
            problems.current(enter(parent, owner, start, keeps));
            Object value;
            try {
                // a field of the value's own object given twice is refused whatever the mapper's stream features
                // (Jackson would keep the last one): the parser is watched for this value's own field names
                boolean watched = p instanceof OwnFields o && o.object == p.streamReadContext(); // a family's member
                if (watched && fields != null) {
                    ((OwnFields) p).member(arrays, fields, this::fieldsText);
                }
                JsonParser in = !watched && (p.currentToken() == JsonToken.START_OBJECT
                        || p.currentToken() == JsonToken.PROPERTY_NAME) ? new OwnFields(p, problems, arrays, fields, this::fieldsText) : p;
                value = types == null ? _delegatee.deserialize(in, ctxt) : _delegatee.deserializeWithType(in, ctxt, types);
            } catch (RuntimeException e) {
                try {
                    if (fatal(e) || problems.stopped != null) {
                        throw e;
                    }
                    failed(problems, before, p, e, start, owner, false);
                } catch (RuntimeException f) {
                    if (root) {
                        ctxt.setAttribute(KEY, null);
                    }
                    if (problems.stopped == null) {
                        // the rest of the input cannot be read: its problem alone is reported
                        Throwable failure = parserFailure(f);
                        problems.stopped = structural(p, failure == null ? f : failure, what);
                    }
                    throw problems.stopped;
                }
                value = null;
            } finally {
                problems.current(parent);
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
     * The parser of one value of the SDK (or of a map of them), for that value only: records a field of
     * the value's own object given twice, where its name is. Nested objects are their own values' business.
     */
    static final class OwnFields extends tools.jackson.core.util.JsonParserDelegate {
        private final Problems problems;
        private final TokenStreamContext object;
        private java.util.Map<String, String> arrays;
        private java.util.Set<String> fields;
        private java.util.function.Supplier<String> fieldsText;
        /** A field that is not one of the value's, and its path, until its value is met. */
        private String unknown;
        private String unknownPath;
        private String[] names = new String[8];
        private int count;
        /** True from a field given again up to the next field: its value is skipped, not set a second time. */
        boolean repeated;

        /**
         * @param p  the parser, at the value's start or its first field
         * @param problems  the read's problems
         * @param arrays  the message for JSON {@code null} of each field of the value that is an array or a map
         * @param fields  the fields of a value made by its creator, to note where another one is; null otherwise
         * @param fieldsText  the same as a problem lists them
         */
        OwnFields(JsonParser p, Problems problems, java.util.Map<String, String> arrays, java.util.Set<String> fields,
                java.util.function.Supplier<String> fieldsText) {
            super(p);
            this.problems = problems;
            this.arrays = arrays;
            this.fields = fields;
            this.fieldsText = fieldsText;
            this.object = p.streamReadContext();
            if (p.currentToken() == JsonToken.PROPERTY_NAME) {
                // after a type id read first: the object began before, at the field now current
                field(p.currentName());
            }
        }

        /** The member of a family made by its creator reads the object from here on: its fields are the ones known. */
        void member(java.util.Map<String, String> arrays, java.util.Set<String> fields,
                java.util.function.Supplier<String> fieldsText) {
            this.arrays = arrays;
            this.fields = fields;
            this.fieldsText = fieldsText;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken t = delegate.nextToken();
            if (unknown != null) {
                problems.current().met(unknown, unknownPath, delegate.currentTokenLocation(), fieldsText.get());
                unknown = null;
            }
            if (t == JsonToken.PROPERTY_NAME && delegate.streamReadContext() == object) {
                field(delegate.currentName());
            } else if (t == JsonToken.VALUE_NULL && delegate.streamReadContext() == object) {
                String message = arrays.get(delegate.currentName());
                if (message != null) {
                    problems.problem(JsonPaths.ofPosition(delegate), message, delegate.currentTokenLocation());
                }
            }
            return t;
        }

        @Override
        public JsonToken nextValue() {
            JsonToken t = nextToken();
            return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? delegate.currentName() : null;
        }

        @Override
        public boolean nextName(tools.jackson.core.SerializableString name) {
            return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(delegate.currentName());
        }

        @Override
        public int nextNameMatch(tools.jackson.core.sym.PropertyNameMatcher matcher) {
            int match = delegate.nextNameMatch(matcher);
            if (match != tools.jackson.core.sym.PropertyNameMatcher.MATCH_END_OBJECT
                    && match != tools.jackson.core.sym.PropertyNameMatcher.MATCH_ODD_TOKEN
                    && delegate.currentToken() == JsonToken.PROPERTY_NAME && delegate.streamReadContext() == object) {
                field(delegate.currentName());
            }
            return match;
        }

        private void field(String name) {
            repeated = false;
            for (int i = 0; i < count; i++) {
                if (names[i].equals(name)) {
                    repeated = true;
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
        public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) {
            deserializeSetAndReturn(p, ctxt, instance);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) {
            Problems problems = problems(ctxt);
            if (problems == null) {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            }
            if (p instanceof OwnFields own && own.repeated) {
                p.skipChildren(); // a field given twice, refused already: its second value is not set
                return instance;
            }
            TokenStreamLocation start = p.currentTokenLocation();
            if (p.currentToken() == JsonToken.VALUE_NULL && getType().isContainerType()) {
                // a builder's list or map: null is no list, and an absent one is empty
                problems.problem(JsonPaths.ofPosition(p), Words.nullFoundFor(getType().getRawClass()), start);
                return instance;
            }
            TokenStreamContext owner = owner(p);
            int before = problems.broken();
            try {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            } catch (RuntimeException e) {
                if (fatal(e) || problems.stopped != null) {
                    throw e;
                }
                failed(problems, before, p, e, start, owner, true);
                return instance;
            }
        }
    }

    /** @return a {@link Node} for the value the parser is at, its field name and index from {@code owner} */
    private static Node<TokenStreamLocation> enter(Node<TokenStreamLocation> parent, TokenStreamContext owner,
            TokenStreamLocation start, boolean keeps) {
        String name = null;
        int index = -1;
        if (owner != null && owner.inArray()) {
            index = owner.getCurrentIndex();
            TokenStreamContext up = owner.getParent();
            name = up != null && up.inObject() ? up.currentName() : null;
        } else if (owner != null && owner.inObject()) {
            name = owner.currentName();
        }
        return Node.enter(parent, name, index, start, keeps);
    }

    // ---------------------------------------------------------------- words

    /** @return the name of one of the SDK's types in messages, e.g. {@code Party} or {@code AggregationRule.Percentile} */
    static String name(Class<?> type) {
        return Words.name(type);
    }

    /** @return Jackson's exception in the format's terms */
    static String message(Throwable e) {
        if (e instanceof InvalidTypeIdException t) {
            return Words.unknownType(String.valueOf(t.getTypeId()), t.getBaseType() == null ? null : t.getBaseType().getRawClass());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return FormatScalars.notOneOf(f.getTargetType(), String.valueOf(f.getValue()));
        }
        String missing = "Missing required creator property '";
        if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith(missing)) {
            // a required field of a creator (a scorecard's, an explanation's): in the core's words, as with Jackson 2
            String msg = m.getOriginalMessage();
            return msg.substring(missing.length(), Math.max(missing.length(), msg.indexOf('\'', missing.length())))
                    + " is required: null is not allowed";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + Words.expected(m.getTargetType()) + ", found "
                    + (m.processor() instanceof JsonParser p ? Strict.found(p) : "something else");
        }
        if (e instanceof JacksonException j) {
            return j.getOriginalMessage();
        }
        return String.valueOf(e.getMessage());
    }

    /** @return the exception of a read that cannot go on: malformed JSON, a broken limit, a failing source */
    static PartneringJsonException structural(JsonParser p, Throwable e, String what) {
        TokenStreamLocation at = e instanceof JacksonException j && j.getLocation() != null ? j.getLocation()
                : p.currentLocation();
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
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
        Problems problems = new Problems();
        problems.problem(path, message, at);
        return problems.exception(p, what, path, at, e);
    }
}
