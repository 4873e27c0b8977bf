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
