package dev.partnering.jackson3;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;

/**
 * A partnering JSON document for Jackson 3: one top-level value with the format version it is
 * written in, e.g. {@code {"formatVersion": 1, "measurements": [...]}} — the same documents as
 * {@code dev.partnering.jackson.PartneringDocument} of the Jackson 2 module, byte for byte.
 * <p>
 * The field beside {@code formatVersion} names the kind of value ({@link #kinds()}). With Jackson 3
 * a kind is read when every type it holds is read through the shared mix-ins of
 * {@code dev.partnering.jackson.common.mixin.BuilderMixins} (today: {@code measurements}); the
 * other kinds are refused with a {@link PartneringJsonException} that says so, and the results are
 * written only, as with Jackson 2. A value is written when every type it holds has a writing mix-in;
 * any other is refused when written, naming its type.
 * <pre>
 * JsonMapper mapper = JsonMapper.builder().addModule(new PartneringModule()).build();
 * List&lt;Measurement&gt; read = mapper.readValue(json, PartneringDocument.class).measurements();
 * String out = mapper.writeValueAsString(PartneringDocument.ofMeasurements(read));
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringDocument {

    /** The version of the format this module writes, and the newest it reads: 1. */
    public static final int FORMAT_VERSION = 1;

    private final String kind;
    private final Object value;

    PartneringDocument(String kind, Object value) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * A document of any kind.
     *
     * @param kind  the kind, one of {@link #kinds()}, e.g. {@code riskReview}, not null
     * @param value  the value: of the kind's type, or a list of it for the kinds that hold lists, not null
     * @return the document, never null
     * @throws IllegalArgumentException if the kind is unknown or the value is not of its type
     */
    public static PartneringDocument of(String kind, Object value) {
        Documents.Kind k = Documents.KINDS.get(Objects.requireNonNull(kind, "kind"));
        if (k == null) {
            throw new IllegalArgumentException("unknown kind of document '" + kind + "'; the kinds are " + kinds());
        }
        Objects.requireNonNull(value, "value");
        if (k.list()) {
            if (!(value instanceof List<?> list) || list.stream().anyMatch(e -> !k.type().isInstance(e))) {
                throw new IllegalArgumentException("a " + kind + " document holds a list of " + k.type().getSimpleName());
            }
            return new PartneringDocument(kind, List.copyOf(list));
        }
        if (!k.type().isInstance(value)) {
            throw new IllegalArgumentException("a " + kind + " document holds " + k.type().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        return new PartneringDocument(kind, value);
    }

    /**
     * @param measurements  the measurements, not null
     * @return a document of kind {@code measurements}, never null
     */
    public static PartneringDocument ofMeasurements(List<Measurement> measurements) {
        return of("measurements", measurements);
    }

    /**
     * @param agreement  the agreement, not null
     * @return a document of kind {@code agreement}, never null
     */
    public static PartneringDocument of(Agreement agreement) {
        return of("agreement", agreement);
    }

    /** @return every kind of document of the format, in the format's order, never null */
    public static Set<String> kinds() {
        return Documents.KINDS.keySet();
    }

    /** @return the format version of the document: {@link #FORMAT_VERSION} */
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /** @return the kind of value, e.g. {@code measurements}: the name of its field in the JSON, never null */
    public String kind() {
        return kind;
    }

    /** @return the value: an agreement, a list of measurements, …, never null */
    public Object value() {
        return value;
    }

    /**
     * The value as the type the caller expects.
     *
     * @param <T>  the type the caller expects
     * @param type  the type the caller expects, e.g. {@code Agreement.class}, not null
     * @return the value as that type, never null
     * @throws IllegalStateException if the document holds a value of another kind, naming it
     */
    public <T> T value(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isInstance(value) || value instanceof List) {
            throw new IllegalStateException("the document holds " + Documents.describe(kind) + ", not "
                    + dev.partnering.jackson.common.internal.Texts.article(type.getSimpleName()) + " " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /**
     * @return the measurements of a {@code measurements} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     */
    @SuppressWarnings("unchecked")
    public List<Measurement> measurements() {
        if (!kind.equals("measurements")) {
            throw new IllegalStateException("the document holds " + Documents.describe(kind) + ", not measurements");
        }
        return (List<Measurement>) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartneringDocument d && kind.equals(d.kind) && value.equals(d.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /** @return e.g. {@code PartneringDocument[formatVersion=1, measurements]} */
    @Override
    public String toString() {
        return "PartneringDocument[formatVersion=" + FORMAT_VERSION + ", " + kind + "]";
    }
}
