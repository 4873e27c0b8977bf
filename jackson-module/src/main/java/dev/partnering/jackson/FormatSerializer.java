package dev.partnering.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** The Jackson serializer of one type of the SDK, writing through the type's {@link ValueWriter}. */
final class FormatSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient ValueWriter<? super T> writer;
    private final transient ModuleConfig config;

    FormatSerializer(Class<T> type, ValueWriter<? super T> writer, ModuleConfig config) {
        super(type);
        this.writer = writer;
        this.config = config;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writer.write(new Out(gen, provider, config), value);
    }
}
