package dev.partnering.jackson3.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import dev.partnering.jackson.common.csv.internal.RowSource;

/**
 * The rows of a CSV text as Jackson 3's CSV parser splits them: without a schema, each record is
 * an array of strings. Not thread-safe.
 */
final class JacksonRows implements RowSource {

    /** One mapper for every read: thread-safe once built. */
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final JsonParser parser;
    private long line;

    private JacksonRows(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * @param reader  the text, not null
     * @return the rows, never null
     * @throws IOException if the parser cannot be created
     */
    static JacksonRows open(Reader reader) throws IOException {
        try {
            return new JacksonRows(MAPPER.createParser(reader));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public List<String> next() throws IOException {
        long start = 0;
        try {
            JsonToken t = parser.nextToken();
            while (t != null && t != JsonToken.START_ARRAY) {
                t = parser.nextToken();
            }
            if (t == null) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (start == 0) {
                    // the row starts where its first field does (blank lines before it are skipped)
                    start = parser.currentTokenLocation().getLineNr();
                }
                fields.add(parser.getString());
            }
            line = start;
            return fields;
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (StreamReadException e) {
            throw new MalformedCsvException(start > 0 ? start : e.getLocation() == null ? line + 1 : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        }
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
