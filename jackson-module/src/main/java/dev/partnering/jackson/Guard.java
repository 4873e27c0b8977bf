package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
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
import dev.partnering.Violation;
import dev.partnering.jackson.common.internal.Paths;
import dev.partnering.jackson.common.internal.Texts;

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

    /** The problems of one read; not thread-safe, one per read. */
    static final class Problems {
        private final List<PartneringJsonException.Problem> list = new ArrayList<>();
        private final Map<String, JsonLocation> locations = new HashMap<>();
        private int dropped;
        /** The exception that stopped the read: malformed JSON or a broken limit; thrown on by every guard. */
        PartneringJsonException stopped;

        /** The value of the SDK being read, innermost; null outside any. */
        Node current;

        /** The fields set so far in each SDK value being read, innermost last, one bit per property index. */
        private long[] seen = new long[16];
        private int level = -1;

        /** Starts the fields of a value of the SDK being read (inside the one being read, if any). */
        void push() {
            level++;
            if (level >= seen.length) {
                seen = java.util.Arrays.copyOf(seen, seen.length * 2);
            }
            seen[level] = 0L;
        }

        /** Ends the value started last. */
        void pop() {
            level--;
        }

        /** @return true if the property was already set in the value being read */
        boolean seenBefore(int index) {
            if (level < 0 || index < 0 || index >= Long.SIZE) {
                return false;
            }
            long bit = 1L << index;
            boolean before = (seen[level] & bit) != 0;
            seen[level] |= bit;
            return before;
        }

        /** How many of the problems are unknown fields: they leave every value read intact. */
        private int unknown;

        int count() {
            return list.size() + dropped;
        }

        /** @return how many problems other than unknown fields have been recorded */
        int broken() {
            return count() - unknown;
        }

        void add(PartneringJsonException.Problem p) {
            locations.putIfAbsent(p.jsonPath(), p.location());
            for (Violation v : p.violations()) {
                locations.putIfAbsent(v.path(), p.location());
            }
            if (list.size() < Reading.MAX_PROBLEMS) {
                list.add(p);
            } else {
                dropped++;
            }
        }

        /**
         * Records a broken domain rule of the value at {@code path}, its violations' paths relative to
         * it, each located at the innermost value of the SDK its path leads to (the value itself if
         * the path names one of its own fields).
         */
        void violations(String path, ValidationException e, JsonLocation at, Node node) {
            List<Violation> absolute = new ArrayList<>();
            List<JsonLocation> where = new ArrayList<>();
            for (Violation v : e.violations()) {
                absolute.add(Violation.of(Paths.append(path, v.path()), v.value(), v.rule()));
                where.add(node == null ? at : node.locate(v.path()));
            }
            for (int i = 0; i < absolute.size(); i++) {
                locations.putIfAbsent(absolute.get(i).path(), where.get(i));
            }
            if (absolute.size() == 1) {
                add(new PartneringJsonException.Problem(absolute.get(0).path(), absolute.get(0).rule(), absolute, where.get(0)));
            } else {
                add(new PartneringJsonException.Problem(path, e.subject() + " is invalid (" + absolute.size()
                        + " violations):", absolute, at));
            }
        }

        void problem(String path, String message, JsonLocation at) {
            add(new PartneringJsonException.Problem(path, Texts.abbreviateWords(message), List.of(), at));
        }

        PartneringJsonException exception(JsonParser p, String what, String base, JsonLocation start, Throwable cause) {
            List<PartneringJsonException.Problem> all = new ArrayList<>(list);
            if (dropped > 0) {
                all.add(new PartneringJsonException.Problem(base, dropped + " more problems not listed", List.of(), start));
            }
            JsonLocation first = all.get(0).location().getLineNr() > 0 ? all.get(0).location() : start;
            return new PartneringJsonException(p, first, what, base, all, locations, cause);
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
                return sdk.test(desc.getBeanClass()) ? new Guarded(deserializer, Families.name(desc.getBeanClass()))
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
                    problems.unknown++;
                    problems.problem(JsonPaths.ofCurrentValue(p), "unknown field '" + Texts.abbreviate(propertyName)
                            + "'; the fields here are " + known(deserializer), p.currentTokenLocation());
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
        Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
        if (names == null || names.isEmpty()) {
            return "none";
        }
        List<Object> sorted = new ArrayList<>(names);
        Class<?> mixin = deserializer.handledType() == null ? null
                : dev.partnering.jackson.common.mixin.BuilderMixins.all().get(deserializer.handledType());
        com.fasterxml.jackson.annotation.JsonPropertyOrder order = mixin == null ? null
                : mixin.getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class);
        if (order != null) {
            List<String> wanted = List.of(order.value());
            sorted.sort(java.util.Comparator.comparingInt(n -> wanted.indexOf(n) < 0 ? wanted.size() : wanted.indexOf(n)));
        }
        names = sorted;
        StringBuilder sb = new StringBuilder();
        for (Iterator<Object> i = names.iterator(); i.hasNext();) {
            sb.append(i.next()).append(i.hasNext() ? ", " : "");
        }
        return sb.toString();
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
     * other failure at the token it happened on.
     */
    private static void failed(Problems problems, int before, JsonParser p, Throwable e, JsonLocation start,
            JsonStreamContext owner) throws IOException {
        if (problems.broken() == before) {
            JsonToken t = p.currentToken();
            String path = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? JsonPaths.ofCurrentValue(p)
                    : JsonPaths.ofPosition(p);
            boolean domain = e instanceof ValidationException || e.getCause() instanceof ValidationException;
            JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0 ? j.getLocation() : p.currentTokenLocation();
            record(problems, path, e, domain ? start : at, problems.current);
        }
        finish(p, owner);
    }

    /** Records a failure of the value at {@code path}. */
    static void record(Problems problems, String path, Throwable e, JsonLocation at, Node node) {
        if (e instanceof Strict.Failed f && f.rules() != null) {
            List<Violation> here = new ArrayList<>();
            for (Violation v : f.rules().violations()) {
                here.add(Violation.of(path, v.value(), v.rule()));
            }
            problems.add(new PartneringJsonException.Problem(path, here.size() == 1 ? here.get(0).rule()
                    : f.rules().getMessage(), here, at));
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

        Guarded(JsonDeserializer<?> delegate, String what) {
            this(delegate, what, true);
        }

        /** @param keeps  false for a value without rules across its fields (a document): its children are not remembered */
        Guarded(JsonDeserializer<?> delegate, String what, boolean keeps) {
            super(delegate);
            this.what = what;
            this.keeps = keeps;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guarded(delegate, what, keeps);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, null);
        }

        /** JSON {@code null} as the whole input is refused; inside a user's own type it stays null, as Jackson has it. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonParser p = ctxt.getParser();
            if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
                throw Reading.nullValue(p, what);
            }
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
            Node parent = problems.current;
            String within = Builders.WITHIN.get(what);
            if (within != null && (parent == null || !within.equals(parent.what))) {
                problems.problem(JsonPaths.ofCurrentValue(p), what + " cannot be read on its own: "
                        + Builders.WHY_WITHIN.get(what), start);
                p.skipChildren();
                if (root) {
                    ctxt.setAttribute(KEY, null);
                    throw problems.exception(p, what, JsonPaths.ofCurrentValue(p), start, null);
                }
                return null;
            }
            problems.current = Node.enter(parent, owner, start, keeps);
            problems.current.what = what;
            problems.push();
            Object value;
            try {
                value = types == null ? _delegatee.deserialize(p, ctxt) : _delegatee.deserializeWithType(p, ctxt, types);
            } catch (IOException | RuntimeException e) {
                try {
                    if (fatal(e) || problems.stopped != null) {
                        throw e;
                    }
                    failed(problems, before, p, e, start, owner);
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
                problems.current = parent;
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
                problems.problem(JsonPaths.ofCurrentValue(p), "field '" + Texts.abbreviate(getName())
                        + "' appears more than once", p.currentTokenLocation());
                p.skipChildren();
                return instance;
            }
            try {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            } catch (IOException | RuntimeException e) {
                if (fatal(e) || problems.stopped != null) {
                    throw e;
                }
                failed(problems, before, p, e, start, owner);
                return instance;
            }
        }
    }

    /**
     * A value of the SDK being read or read inside one: where it began and under which field name
     * and index, so that a broken rule found when its holder is built can be located at the value
     * it names. Kept only below values with rules (not below a document), and only while read.
     */
    static final class Node {
        private final String name;
        private final int index;
        private final JsonLocation start;
        private final boolean keeps;
        private List<Node> children;
        /** The name of the value's type, e.g. {@code SurveyResponse}. */
        String what;

        Node(String name, int index, JsonLocation start, boolean keeps) {
            this.name = name;
            this.index = index;
            this.start = start;
            this.keeps = keeps;
        }

        /** @return a node for the value the parser is at, added below {@code parent} if that keeps its children */
        static Node enter(Node parent, JsonStreamContext owner, JsonLocation start, boolean keeps) {
            String name = null;
            int index = -1;
            if (owner != null && owner.inArray()) {
                index = owner.getCurrentIndex();
                JsonStreamContext up = owner.getParent();
                name = up != null && up.inObject() ? up.getCurrentName() : null;
            } else if (owner != null && owner.inObject()) {
                name = owner.getCurrentName();
            }
            Node n = new Node(name, index, start, keeps);
            if (parent != null && parent.keeps) {
                if (parent.children == null) {
                    parent.children = new ArrayList<>();
                }
                parent.children.add(n);
            }
            return n;
        }

        /** @return where the innermost value on the domain path (e.g. {@code parties[2].id}) began */
        JsonLocation locate(String domainPath) {
            Node at = this;
            java.util.regex.Matcher m = SEGMENT.matcher(domainPath);
            while (m.find()) {
                String segment = m.group(1);
                int index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
                Node next = null;
                if (at.children != null) {
                    for (Node c : at.children) {
                        if (segment.equals(c.name) && c.index == index) {
                            next = c;
                        }
                    }
                }
                if (next == null) {
                    break;
                }
                at = next;
            }
            return at.start;
        }

        private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("([^.\\[]+)(?:\\[(\\d+)\\])?");
    }

    /** Words for Jackson's exceptions in the format's terms. */
    static final class Messages {
        private Messages() {
        }

        static String of(Throwable e) {
            if (e instanceof InvalidTypeIdException t) {
                return "unknown type \"" + Texts.abbreviate(String.valueOf(t.getTypeId())) + "\"" + (t.getBaseType() == null
                        ? "" : " for " + Families.name(t.getBaseType().getRawClass()) + "; the types are "
                        + String.join(", ", typeNames(t.getBaseType().getRawClass())));
            }
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                StringBuilder sb = new StringBuilder("\"").append(Texts.abbreviate(String.valueOf(f.getValue())))
                        .append("\" is not one of ");
                Object[] constants = f.getTargetType().getEnumConstants();
                for (int i = 0; i < constants.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
                }
                return sb.toString();
            }
            String missing = "Missing required creator property '";
            if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith(missing)) {
                // a whole number a creator needs (it cannot be null): in the core's words for a missing field
                String msg = m.getOriginalMessage();
                return msg.substring(missing.length(), Math.max(missing.length(), msg.indexOf('\'', missing.length())))
                        + " is required: null is not allowed";
            }
            if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
                return "expected " + Families.expected(m.getTargetType()) + ", found " + found(m);
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

        /** @return the type names of a closed family or of one member, from the mix-ins */
        private static List<String> typeNames(Class<?> type) {
            Map<Class<?>, Class<?>> mixins = dev.partnering.jackson.common.mixin.PartneringMixins.all();
            List<String> names = new ArrayList<>();
            Class<?> mixin = mixins.get(type);
            com.fasterxml.jackson.annotation.JsonSubTypes subtypes = mixin == null ? null
                    : mixin.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
            List<Class<?>> members = new ArrayList<>();
            if (subtypes != null) {
                for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : subtypes.value()) {
                    members.add(t.value());
                }
            } else {
                members.add(type);
            }
            for (Class<?> m : members) {
                Class<?> mm = mixins.get(m);
                com.fasterxml.jackson.annotation.JsonTypeName n = mm == null ? null
                        : mm.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class);
                if (n != null) {
                    names.add(n.value());
                }
            }
            return names;
        }

        private static String found(MismatchedInputException m) {
            return m.getProcessor() instanceof JsonParser p ? Strict.found(p) : "something else";
        }

        static PartneringJsonException structural(JsonParser p, Throwable e, String what, Problems problems) {
            JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation()
                    : p.currentLocation();
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
            String path;
            if (message.startsWith("Duplicate field '")) {
                String name = message.substring(17, message.lastIndexOf('\''));
                path = Paths.field(JsonPaths.ofNextToken(p), name);
                message = "field '" + Texts.abbreviate(name) + "' appears more than once";
            } else if (message.startsWith("String value length") || message.startsWith("Number value length")) {
                path = JsonPaths.ofPosition(p);
            } else {
                path = JsonPaths.ofNextToken(p);
            }
            problems.problem(path, message, at);
            return problems.exception(p, what, path, at, e);
        }
    }
}
