package dev.partnering.jackson3;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;

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
import dev.partnering.Violation;
import dev.partnering.jackson.common.internal.Paths;
import dev.partnering.jackson.common.internal.Texts;
import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.jackson.common.mixin.PartneringMixins;

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

    /** The most problems one exception lists; the others are counted. */
    static final int MAX_PROBLEMS = 100;
    /** How deep a value may nest inside the value being skipped after a problem. */
    static final int MAX_NESTING_DEPTH = 100;

    private static final Object KEY = Problems.class;

    private Guard() {
    }

    /** The problems of one read; not thread-safe, one per read. */
    static final class Problems {
        private final List<PartneringJsonException.Problem> list = new ArrayList<>();
        private final Map<String, TokenStreamLocation> locations = new HashMap<>();
        private int dropped;
        private int unknown;
        /** The exception that stopped the read (malformed JSON, a broken limit); thrown on by every guard. */
        PartneringJsonException stopped;
        /** The value of the SDK being read, innermost; null outside any. */
        Node current;

        int count() {
            return list.size() + dropped;
        }

        int broken() {
            return count() - unknown;
        }

        void add(PartneringJsonException.Problem p) {
            locations.putIfAbsent(p.jsonPath(), p.location());
            for (Violation v : p.violations()) {
                locations.putIfAbsent(v.path(), p.location());
            }
            if (list.size() < MAX_PROBLEMS) {
                list.add(p);
            } else {
                dropped++;
            }
        }

        void violations(String path, ValidationException e, TokenStreamLocation at, Node node) {
            List<Violation> absolute = new ArrayList<>();
            List<TokenStreamLocation> where = new ArrayList<>();
            for (Violation v : e.violations()) {
                absolute.add(Violation.of(Paths.append(path, v.path()), v.value(), v.rule()));
                where.add(node == null ? at : node.locate(v.path()));
            }
            for (int i = 0; i < absolute.size(); i++) {
                locations.putIfAbsent(absolute.get(i).path(), where.get(i));
            }
            if (absolute.size() == 1) {
                add(new PartneringJsonException.Problem(absolute.get(0).path(), absolute.get(0).rule(), absolute,
                        where.get(0)));
            } else {
                add(new PartneringJsonException.Problem(path, e.subject() + " is invalid (" + absolute.size()
                        + " violations):", absolute, at));
            }
        }

        void problem(String path, String message, TokenStreamLocation at) {
            add(new PartneringJsonException.Problem(path, Texts.abbreviateWords(message), List.of(), at));
        }

        PartneringJsonException exception(JsonParser p, String what, String base, TokenStreamLocation start,
                Throwable cause) {
            List<PartneringJsonException.Problem> all = new ArrayList<>(list);
            if (dropped > 0) {
                all.add(new PartneringJsonException.Problem(base, dropped + " more problems not listed", List.of(), start));
            }
            TokenStreamLocation first = all.get(0).location().getLineNr() > 0 ? all.get(0).location() : start;
            return new PartneringJsonException(p, first, what, base, all, locations, cause);
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
                    problems.unknown++;
                    problems.problem(JsonPaths.ofCurrentValue(p), "unknown field '" + Texts.abbreviate(propertyName)
                            + "'; the fields here are " + known(deserializer), p.currentTokenLocation());
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
        Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
        if (names == null || names.isEmpty()) {
            return "none";
        }
        List<String> sorted = new ArrayList<>();
        names.forEach(n -> sorted.add(String.valueOf(n)));
        Class<?> mixin = deserializer.handledType() == null ? null : BuilderMixins.all().get(deserializer.handledType());
        JsonPropertyOrder order = mixin == null ? null : mixin.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            List<String> wanted = List.of(order.value());
            sorted.sort(Comparator.comparingInt(n -> wanted.indexOf(n) < 0 ? wanted.size() : wanted.indexOf(n)));
        }
        return String.join(", ", sorted);
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

    private static void failed(Problems problems, int before, JsonParser p, RuntimeException e,
            TokenStreamLocation start, TokenStreamContext owner) {
        if (problems.broken() == before) {
            JsonToken t = p.currentToken();
            String path = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? JsonPaths.ofCurrentValue(p)
                    : JsonPaths.ofPosition(p);
            boolean domain = e instanceof ValidationException || e.getCause() instanceof ValidationException;
            TokenStreamLocation at = e instanceof JacksonException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0 ? j.getLocation() : p.currentTokenLocation();
            record(problems, path, e, domain ? start : at, problems.current);
        }
        finish(p, owner);
    }

    /** Records a failure of the value at {@code path}. */
    private static void record(Problems problems, String path, Throwable e, TokenStreamLocation at, Node node) {
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
            n.problems().forEach(problems::add);
        } else {
            problems.problem(path, message(e), at);
        }
    }

    /** The deserializer of one of the SDK's types, guarded. */
    static final class Guarded extends DelegatingDeserializer {
        private final String what;
        private final boolean keeps;

        /** @param keeps  false for a value without rules across its fields (a document): its children are not remembered */
        Guarded(ValueDeserializer<?> delegate, String what, boolean keeps) {
            super(delegate);
            this.what = what;
            this.keeps = keeps;
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

        /** JSON {@code null} as the whole input is refused; inside a user's own type it stays null, as Jackson has it. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
                TokenStreamLocation at = p.currentTokenLocation();
                String path = JsonPaths.ofPosition(p);
                Problems problems = new Problems();
                problems.problem(path, "expected " + article(what) + " " + what + ", found null", at);
                throw problems.exception(p, what, path, at, null);
            }
            return null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
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
            Node parent = problems.current;
            problems.current = Node.enter(parent, owner, start, keeps);
            Object value;
            try {
                value = types == null ? _delegatee.deserialize(p, ctxt) : _delegatee.deserializeWithType(p, ctxt, types);
            } catch (RuntimeException e) {
                try {
                    if (fatal(e) || problems.stopped != null) {
                        throw e;
                    }
                    failed(problems, before, p, e, start, owner);
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
                problems.current = parent;
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
        public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) {
            deserializeSetAndReturn(p, ctxt, instance);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) {
            Problems problems = problems(ctxt);
            if (problems == null) {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            }
            TokenStreamLocation start = p.currentTokenLocation();
            TokenStreamContext owner = owner(p);
            int before = problems.broken();
            try {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            } catch (RuntimeException e) {
                if (fatal(e) || problems.stopped != null) {
                    throw e;
                }
                failed(problems, before, p, e, start, owner);
                return instance;
            }
        }
    }

    /**
     * A value of the SDK being read: where it began and under which field name and index, so that a
     * broken rule found when its holder is built can be located at the value it names.
     */
    static final class Node {
        private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)\\])?");
        private final String name;
        private final int index;
        private final TokenStreamLocation start;
        private final boolean keeps;
        private List<Node> children;

        private Node(String name, int index, TokenStreamLocation start, boolean keeps) {
            this.name = name;
            this.index = index;
            this.start = start;
            this.keeps = keeps;
        }

        static Node enter(Node parent, TokenStreamContext owner, TokenStreamLocation start, boolean keeps) {
            String name = null;
            int index = -1;
            if (owner != null && owner.inArray()) {
                index = owner.getCurrentIndex();
                TokenStreamContext up = owner.getParent();
                name = up != null && up.inObject() ? up.currentName() : null;
            } else if (owner != null && owner.inObject()) {
                name = owner.currentName();
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
        TokenStreamLocation locate(String domainPath) {
            Node at = this;
            Matcher m = SEGMENT.matcher(domainPath);
            while (m.find()) {
                String segment = m.group(1);
                int i = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
                Node next = null;
                if (at.children != null) {
                    for (Node c : at.children) {
                        if (segment.equals(c.name) && c.index == i) {
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
    }

    // ---------------------------------------------------------------- words

    /** @return the name of one of the SDK's types in messages, e.g. {@code Party} or {@code AggregationRule.Percentile} */
    static String name(Class<?> type) {
        BuilderMixins.Binding b = BuilderMixins.ofBuilder(type);
        Class<?> c = b == null ? type : b.type();
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }

    static String article(String noun) {
        return Texts.article(noun);
    }

    private static String expected(Class<?> type) {
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    /** @return Jackson's exception in the format's terms */
    static String message(Throwable e) {
        if (e instanceof InvalidTypeIdException t) {
            return "unknown type \"" + Texts.abbreviate(String.valueOf(t.getTypeId())) + "\"" + (t.getBaseType() == null
                    ? "" : " for " + name(t.getBaseType().getRawClass()) + "; the types are "
                    + String.join(", ", typeNames(t.getBaseType().getRawClass())));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : f.getTargetType().getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return "\"" + Texts.abbreviate(String.valueOf(f.getValue())) + "\" is not one of " + String.join(", ", names);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType()) + ", found "
                    + (m.processor() instanceof JsonParser p ? Strict.found(p) : "something else");
        }
        if (e instanceof JacksonException j) {
            return j.getOriginalMessage();
        }
        return String.valueOf(e.getMessage());
    }

    /** @return the type names of a closed family or of one member, from the mix-ins */
    private static List<String> typeNames(Class<?> type) {
        Map<Class<?>, Class<?>> mixins = PartneringMixins.all();
        Class<?> mixin = mixins.get(type);
        JsonSubTypes subtypes = mixin == null ? null : mixin.getAnnotation(JsonSubTypes.class);
        List<Class<?>> members = new ArrayList<>();
        if (subtypes != null) {
            for (JsonSubTypes.Type t : subtypes.value()) {
                members.add(t.value());
            }
        } else {
            members.add(type);
        }
        List<String> names = new ArrayList<>();
        for (Class<?> m : members) {
            Class<?> mm = mixins.get(m);
            JsonTypeName n = mm == null ? null : mm.getAnnotation(JsonTypeName.class);
            if (n != null) {
                names.add(n.value());
            }
        }
        return names;
    }

    /** @return the exception of a read that cannot go on: malformed JSON, a broken limit, a failing source */
    static PartneringJsonException structural(JsonParser p, Throwable e, String what) {
        TokenStreamLocation at = e instanceof JacksonException j && j.getLocation() != null ? j.getLocation()
                : p.currentLocation();
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
        String path;
        if (message.startsWith("Duplicate Object property \"") || message.startsWith("Duplicate field '")) {
            int open = message.indexOf(message.startsWith("Duplicate field") ? '\'' : '"');
            String name = message.substring(open + 1, message.indexOf(message.charAt(open), open + 1));
            path = Paths.field(JsonPaths.ofNextToken(p), name);
            message = "field '" + Texts.abbreviate(name) + "' appears more than once";
        } else if (message.startsWith("String value length") || message.startsWith("Number value length")) {
            path = JsonPaths.ofPosition(p);
        } else {
            path = JsonPaths.ofNextToken(p);
        }
        Problems problems = new Problems();
        problems.problem(path, message, at);
        return problems.exception(p, what, path, at, e);
    }
}
