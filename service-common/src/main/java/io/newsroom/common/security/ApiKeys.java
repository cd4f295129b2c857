package io.newsroom.common.security;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The valid API keys: from configuration ({@code pipeline.security.api-keys}, comma-separated) and from a key
 * file ({@code pipeline.security.api-key-file}, one key per line, # comments). The file is read again when it
 * changes, so keys rotate without a restart. Keys are compared in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> configuredKeys;
    private final Optional<Path> keyFile;
    private volatile List<byte[]> fileKeys = List.of();
    private volatile FileTime fileKeysModified;

    public ApiKeys(@ConfigProperty(name = "pipeline.security.api-keys") Optional<List<String>> keys,
                   @ConfigProperty(name = "pipeline.security.api-key-file") Optional<Path> keyFile) {
        this.configuredKeys = keys.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.keyFile = keyFile;
    }

    public boolean isConfigured() {
        return !configuredKeys.isEmpty() || keyFile.isPresent();
    }

    /** True when the presented key equals one of the valid keys. */
    public boolean isValid(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        // Check every key, so the time taken does not tell which or how many keys exist.
        for (byte[] key : configuredKeys) {
            valid |= MessageDigest.isEqual(key, candidate);
        }
        for (byte[] key : currentFileKeys()) {
            valid |= MessageDigest.isEqual(key, candidate);
        }
        return valid;
    }

    private List<byte[]> currentFileKeys() {
        if (keyFile.isEmpty()) {
            return List.of();
        }
        Path file = keyFile.get();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(fileKeysModified)) {
                List<byte[]> keys = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String key = line.strip();
                    if (!key.isEmpty() && !key.startsWith("#")) {
                        keys.add(key.getBytes(StandardCharsets.UTF_8));
                    }
                }
                fileKeys = List.copyOf(keys);
                fileKeysModified = modified;
            }
        } catch (IOException e) {
            Log.warnf("API key file %s cannot be read (%s); only configured keys are accepted", file, e.getMessage());
            return List.of();
        }
        return fileKeys;
    }
}
