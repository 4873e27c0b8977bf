package dev.partnering.jackson;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.partnering.jackson.common.internal.FormatScalars;

/**
 * Ready-made mappers for partnering JSON, and the module's limits.
 * <p>
 * {@link #mapper()} returns an {@link ObjectMapper} with the {@link PartneringModule} registered
 * and these {@link StreamReadConstraints} on its parser, so that hostile input fails fast with an
 * exception instead of exhausting memory or time:
 * <ul>
 * <li>nesting depth: at most {@value #MAPPER_MAX_NESTING_DEPTH} levels of objects and arrays;</li>
 * <li>number length: at most {@value #MAX_NUMBER_LENGTH} characters per JSON number;</li>
 * <li>string length: at most {@value #MAX_STRING_LENGTH} characters per string;</li>
 * <li>field name length: at most {@value #MAX_NAME_LENGTH} characters;</li>
 * <li>document length: at most {@value #MAX_DOCUMENT_LENGTH} bytes (or characters);</li>
 * <li>token count: at most {@value #MAX_TOKEN_COUNT} tokens.</li>
 * </ul>
 * It also fails on trailing content after the value ({@code FAIL_ON_TRAILING_TOKENS}) and reads
 * JSON numbers of the user's own types as {@code BigDecimal} ({@code USE_BIG_DECIMAL_FOR_FLOATS}).
 * <p>
 * Whatever mapper is used, the module itself enforces, per partnering value read: a nesting depth
 * of at most {@value #MAX_NESTING_DEPTH} levels below the value, and decimals (amounts, thresholds,
 * percentages, measured values) of at most {@value #MAX_DECIMAL_DIGITS} significant digits with a
 * scale from -{@value #MAX_DECIMAL_SCALE} to {@value #MAX_DECIMAL_SCALE}, written in at most
 * {@value #MAX_DECIMAL_TEXT_LENGTH} characters — so {@code 1e1000000} is refused instead of
 * becoming a million-digit number.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringJson {

    /** The deepest nesting of objects and arrays the module reads within one partnering value. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** The most significant digits of a decimal the module reads. */
    public static final int MAX_DECIMAL_DIGITS = FormatScalars.MAX_DECIMAL_DIGITS;
    /** The largest scale (digits after the point), and the negated smallest, of a decimal the module reads. */
    public static final int MAX_DECIMAL_SCALE = FormatScalars.MAX_DECIMAL_SCALE;
    /** The longest text of a decimal the module reads, in characters. */
    public static final int MAX_DECIMAL_TEXT_LENGTH = FormatScalars.MAX_DECIMAL_TEXT_LENGTH;

    /** {@link #mapper()}: the deepest nesting of objects and arrays in a document. */
    public static final int MAPPER_MAX_NESTING_DEPTH = 200;
    /** {@link #mapper()}: the longest JSON number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 256;
    /** {@link #mapper()}: the longest string, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** {@link #mapper()}: the longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** {@link #mapper()}: the longest document, in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;
    /** {@link #mapper()}: the most tokens in a document. */
    public static final long MAX_TOKEN_COUNT = 5_000_000L;

    private PartneringJson() {
    }

    /** @return the stream read constraints {@link #mapper()} uses, never null */
    public static StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAPPER_MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build();
    }

    /** @return a new mapper with a default {@link PartneringModule} and the limits above, never null */
    public static ObjectMapper mapper() {
        return mapper(new PartneringModule());
    }

    /**
     * @param module  the module to register, e.g. one with a user's component types, not null
     * @return a new mapper with the module and the limits above, never null
     */
    public static ObjectMapper mapper(PartneringModule module) {
        Objects.requireNonNull(module, "module");
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(streamReadConstraints()).build();
        return JsonMapper.builder(factory)
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
