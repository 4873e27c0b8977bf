package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The format does not depend on how the user's mapper is configured: with the serialization
 * features that change how Jackson writes enums, maps and empty values, every golden file is still
 * written as it is.
 */
class MapperFeaturesTest {

    private static final ObjectMapper CONFIGURED = new ObjectMapper().registerModule(new PartneringModule())
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING, SerializationFeature.WRITE_ENUM_KEYS_USING_INDEX,
                    SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    static Stream<String> files() {
        return GoldenFiles.v1().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aMapperWithOtherEnumMapAndInclusionSettingsWritesTheSameFile(String file) throws Exception {
        PartneringDocument document = GoldenFiles.v1().get(file).get();
        assertEquals(JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file)),
                JsonTesting.tree(CONFIGURED.writeValueAsString(document)));
    }
}
