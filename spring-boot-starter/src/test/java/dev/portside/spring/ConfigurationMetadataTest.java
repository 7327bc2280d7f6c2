package dev.portside.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.config.ConfigKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The starter's configuration metadata is generated from Portside's key registry and must equal it. Run with
 * {@code -Dstarter.metadata.write=true} to rewrite the file after adding or changing a key.
 */
class ConfigurationMetadataTest {

    private static final Path FILE = Path.of("src/main/resources/META-INF/spring-configuration-metadata.json");

    @Test
    void the_metadata_file_lists_every_key_of_the_registry_as_generated() throws IOException {
        String generated = ConfigurationMetadata.json(ContextRegistry.discover());
        if (Boolean.getBoolean("starter.metadata.write")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("%s is out of date: run the starter's tests with -Dstarter.metadata.write=true", FILE)
                .isEqualTo(generated);
    }

    @Test
    void every_key_appears_once_with_its_choices_as_hints() {
        String generated = ConfigurationMetadata.json(ContextRegistry.discover());
        for (ConfigKey key : ContextRegistry.discover().keys()) {
            assertThat(generated).contains("{\"name\": " + ConfigurationMetadata.quote(key.name()) + ", \"type\"");
        }
        assertThat(generated).contains("{\"name\": \"portside.profile\", \"values\": [{\"value\": \"inmemory\"}");
        assertThat(generated).contains("\"name\": \"portside.postgres.pool-size\", \"type\": \"java.lang.Long\"");
    }

    @Test
    void a_secret_has_no_default_shown() {
        String generated = ConfigurationMetadata.json(ContextRegistry.discover());
        String line = generated.lines().filter(l -> l.contains("\"portside.postgres.password\", \"type\"")).findFirst().orElseThrow();
        assertThat(line).doesNotContain("defaultValue").contains("A secret: never printed.");
    }
}
