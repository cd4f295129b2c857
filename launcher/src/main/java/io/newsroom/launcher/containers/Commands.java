package io.newsroom.launcher.containers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** External commands (engine, compose, debootstrap) with a time limit and their output kept for messages. */
final class Commands {

    private Commands() {
    }

    /** How a command ended: exit code (-1 when it could not start or timed out) and its combined output. */
    record Result(List<String> command, int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The last lines of the output, for an error message. */
        String tail(int lines) {
            List<String> all = output.strip().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }

        Result orFail(String what) {
            if (!ok()) {
                throw new io.newsroom.launcher.LauncherException(what + " failed (exit " + exitCode + "): "
                        + String.join(" ", command) + "\n" + tail(20));
            }
            return this;
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
        return Arrays.stream((path + ":/usr/sbin:/sbin").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    static boolean succeeds(Duration timeout, String... command) {
        return succeeds(timeout, Map.of(), command);
    }

    static boolean succeeds(Duration timeout, Map<String, String> env, String... command) {
        return run(timeout, env, List.of(command)).ok();
    }

    static Result run(Duration timeout, Map<String, String> env, List<String> command) {
        return run(timeout, env, command, null);
    }

    static Result run(Duration timeout, Map<String, String> env, List<String> command, Path workDir) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        // sbin holds debootstrap and runc on Debian; a non-login shell may not have it on the PATH.
        builder.environment().merge("PATH", "/usr/local/sbin:/usr/sbin:/sbin", (a, b) -> a + ":" + b);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(command, -1, e.getMessage());
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(command, -1, "timed out after " + timeout.toSeconds() + " s\n" + output.getNow(""));
            }
            return new Result(command, process.exitValue(), output.get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(command, -1, "interrupted");
        } catch (Exception e) {
            return new Result(command, process.exitValue(), "");
        }
    }
}
