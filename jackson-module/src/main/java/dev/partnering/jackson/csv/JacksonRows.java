package dev.partnering.jackson.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import dev.partnering.jackson.common.csv.internal.RowSource;

/**
 * The rows of a CSV text as Jackson 2's {@link CsvParser} splits them: without a schema, each
 * record is an array of strings. Not thread-safe.
 */
final class JacksonRows implements RowSource {

    /** One factory for every read: thread-safe once configured. */
    static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final CsvParser parser;
    private long line;

    private JacksonRows(CsvParser parser) {
        this.parser = parser;
    }

    /**
     * @param reader  the text, not null
     * @return the rows, never null
     * @throws IOException if the parser cannot be created
     */
    static JacksonRows open(Reader reader) throws IOException {
        return new JacksonRows(FACTORY.createParser(reader));
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
                fields.add(parser.getText());
            }
            line = start;
            return fields;
        } catch (JsonProcessingException e) {
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
        parser.close();
    }
}
