package dev.partnering.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * The Jackson deserializer of one type of the SDK, reading through the type's {@link ValueReader};
 * it throws only {@link PartneringJsonException}. JSON {@code null} as the whole input (where
 * Jackson's {@code readValue} would return null) is refused; a null inside a user's own type
 * (a field of a user's class, an element of a user's list) stays null, as Jackson has it.
 */
final class FormatDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient ValueReader<? extends T> reader;
    private final transient ModuleConfig config;
    private final String what;

    FormatDeserializer(Class<T> type, ValueReader<? extends T> reader, ModuleConfig config) {
        super(type);
        this.reader = reader;
        this.config = config;
        this.what = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        JsonParser p = ctxt.getParser();
        if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
            throw Reading.nullValue(p, what);
        }
        return null;
    }

    /** A field of a user's own type that is absent from the JSON stays null, wherever it is. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }

    /** As Jackson's default, without the refusal of a null at the root. */
    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return null;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC; // asked at every null: it depends on where the null is
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        // values read inside report their problems to this reader, which places them in the document
        Guard.Problems outer = Guard.problems(ctxt);
        Guard.enter(ctxt, null);
        try {
            return Reading.read(p, config, what, reader);
        } finally {
            Guard.enter(ctxt, outer);
        }
    }

    /** The reader of a closed family reads its {@code "type"} itself, whatever the mix-ins say. */
    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
            com.fasterxml.jackson.databind.jsontype.TypeDeserializer typeDeserializer) throws IOException {
        return deserialize(p, ctxt);
    }
}
