package io.newsroom.common.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void keysFromTheFileRotateWithoutARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("api-keys");
        Files.writeString(file, "# newsroom keys\nold-key\n");
        ApiKeys keys = new ApiKeys(Optional.of(List.of("configured-key")), Optional.of(file));

        assertThat(keys.isValid("old-key")).isTrue();
        assertThat(keys.isValid("configured-key")).isTrue();

        Files.writeString(file, "new-key\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(keys.isValid("new-key")).isTrue();
        assertThat(keys.isValid("old-key")).as("a rotated-out key stops working").isFalse();
        assertThat(keys.isValid("configured-key")).isTrue();
    }

    @Test
    void emptyCommentOrAbsentKeysAreNeverValid(@TempDir Path dir) {
        ApiKeys keys = new ApiKeys(Optional.of(List.of(" ", "")), Optional.of(dir.resolve("missing")));
        assertThat(keys.isValid("")).isFalse();
        assertThat(keys.isValid(null)).isFalse();
        assertThat(keys.isValid(" ")).isFalse();
        assertThat(keys.isValid("# newsroom keys")).isFalse();
    }
}
