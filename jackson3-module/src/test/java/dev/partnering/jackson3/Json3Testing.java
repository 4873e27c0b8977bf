package dev.partnering.jackson3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Mappers and files shared by the Jackson 3 JSON tests. */
final class Json3Testing {

    /** The golden files of the Jackson 2 module, the format's reference. */
    static final Path GOLDEN = Path.of("..", "jackson-module", "src", "test", "resources", "format", "v1");

    static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PartneringModule()).build();

    /**
     * The module on a mapper configured as the Jackson 2 module's {@code PartneringJson.mapper()}: its
     * limits (nesting depth, number, string and name lengths, document length, token count), trailing
     * tokens refused; and duplicate fields detected, as the Jackson 2 module always detects them (a
     * Jackson 3 module cannot turn the parser's detection on for the mapper it is registered with).
     */
    static final JsonMapper STRICT = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                            .maxNestingDepth(dev.partnering.jackson.PartneringJson.MAPPER_MAX_NESTING_DEPTH)
                            .maxNumberLength(dev.partnering.jackson.PartneringJson.MAX_NUMBER_LENGTH)
                            .maxStringLength(dev.partnering.jackson.PartneringJson.MAX_STRING_LENGTH)
                            .maxNameLength(dev.partnering.jackson.PartneringJson.MAX_NAME_LENGTH)
                            .maxDocumentLength(dev.partnering.jackson.PartneringJson.MAX_DOCUMENT_LENGTH)
                            .maxTokenCount(dev.partnering.jackson.PartneringJson.MAX_TOKEN_COUNT).build()).build())
            .addModule(new PartneringModule())
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The Jackson 2 module's mapper, to compare with. */
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = dev.partnering.jackson.PartneringJson.mapper();

    /** Writes like the golden-file writer of the Jackson 2 tests: two-space indentation, one element per line, LF. */
    static final ObjectWriter GOLDEN_WRITER = MAPPER.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json3Testing() {
    }

    static List<String> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
        }
    }

    static String golden(String file) throws IOException {
        return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    }

    static dev.partnering.jackson.PartneringDocument readWithJackson2(String text) throws IOException {
        return JACKSON2.readValue(text, dev.partnering.jackson.PartneringDocument.class);
    }

    /** @return the value written by Jackson 2 as compact JSON */
    static String jackson2(Object value) throws IOException {
        return JACKSON2.writeValueAsString(value);
    }
}
