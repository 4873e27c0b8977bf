package dev.partnering.jackson;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Writes values of the SDK to a generator in the module's format: fields in a fixed order,
 * decimals as strings, enums by their constant names, absent optional values left out, lists and
 * maps always written (empty ones too). Not thread-safe; one per serialization call.
 */
final class Out {

    final JsonGenerator gen;
    final SerializerProvider provider;
    final ModuleConfig config;

    Out(JsonGenerator gen, SerializerProvider provider, ModuleConfig config) {
        this.gen = gen;
        this.provider = provider;
        this.config = config;
    }

    /** @return the decimal as written: plain notation, or E-notation when its scale is negative (e.g. 1E+3) */
    static String format(BigDecimal value) {
        return value.scale() >= 0 ? value.toPlainString() : value.toString();
    }

    void begin() throws IOException {
        gen.writeStartObject();
    }

    void end() throws IOException {
        gen.writeEndObject();
    }

    void text(String name, String value) throws IOException {
        gen.writeStringField(name, value);
    }

    void decimal(String name, BigDecimal value) throws IOException {
        gen.writeStringField(name, format(value));
    }

    void integer(String name, long value) throws IOException {
        gen.writeNumberField(name, value);
    }

    void bool(String name, boolean value) throws IOException {
        gen.writeBooleanField(name, value);
    }

    void enumValue(String name, Enum<?> value) throws IOException {
        gen.writeStringField(name, value.name());
    }

    /** Writes a field whose value has its own writer. */
    <T> void value(String name, T value, ValueWriter<? super T> writer) throws IOException {
        gen.writeFieldName(name);
        writer.write(this, value);
    }

    /** Writes an optional field, or nothing when it is absent. */
    <T> void opt(String name, Optional<T> value, ValueWriter<? super T> writer) throws IOException {
        if (value.isPresent()) {
            value(name, value.get(), writer);
        }
    }

    /** Writes a list or set as an array, in its iteration order. */
    <T> void list(String name, Collection<? extends T> values, ValueWriter<? super T> writer) throws IOException {
        gen.writeFieldName(name);
        elements(values, writer);
    }

    /** Writes the values as an array. */
    <T> void elements(Collection<? extends T> values, ValueWriter<? super T> writer) throws IOException {
        gen.writeStartArray();
        for (T v : values) {
            writer.write(this, v);
        }
        gen.writeEndArray();
    }

    /** Writes a map with enum keys as an object keyed by the constants' names, in declaration order. */
    <E extends Enum<E>, T> void enumMap(String name, Class<E> keys, Map<E, ? extends T> values, ValueWriter<? super T> writer)
            throws IOException {
        gen.writeFieldName(name);
        gen.writeStartObject();
        for (E key : keys.getEnumConstants()) {
            T value = values.get(key);
            if (value != null) {
                gen.writeFieldName(key.name());
                writer.write(this, value);
            }
        }
        gen.writeEndObject();
    }

    /** Writes a map with string keys as an object, in its iteration order. */
    <T> void map(String name, Map<String, ? extends T> values, ValueWriter<? super T> writer) throws IOException {
        gen.writeFieldName(name);
        gen.writeStartObject();
        for (Map.Entry<String, ? extends T> e : values.entrySet()) {
            gen.writeFieldName(e.getKey());
            writer.write(this, e.getValue());
        }
        gen.writeEndObject();
    }
}
