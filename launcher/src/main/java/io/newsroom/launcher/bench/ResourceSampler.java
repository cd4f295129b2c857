package io.newsroom.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Samples the resident memory (VmRSS) of the service processes twice a second and keeps each one's peak. */
public final class ResourceSampler implements AutoCloseable {

    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ResourceSampler(Supplier<Map<String, Long>> pidsByName) {
        thread = new Thread(() -> {
            while (running) {
                pidsByName.get().forEach((name, pid) -> {
                    long rss = rssKb(pid);
                    peakKb.merge(name, rss, Math::max);
                });
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public Map<String, Long> peakMb() {
        Map<String, Long> mb = new java.util.TreeMap<>();
        peakKb.forEach((name, kb) -> mb.put(name, kb / 1024));
        return mb;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // process gone or not Linux: no sample
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
