package io.newsroom.enrich.listener;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Remembers, on disk, which record each partition is being enriched from, so that a record the service died on
 * (out of memory, a native crash, killed) is recognised when Kafka delivers it again after the restart. Without
 * this, a record that kills the JVM is read again by the restarted service and kills it again, for ever, and
 * holds up its partition. {@link RawArticleListener} sends a record that was interrupted
 * {@code pipeline.enrich.max-interrupted-attempts} times to the dead-letter topic instead of enriching it again.
 * <p>
 * One small file per partition ({@code articles.raw-3}: "offset attempts"), overwritten in place before each
 * enrichment and marked finished after it (two positioned writes and a read, some microseconds); the operating
 * system keeps it through a JVM crash without a sync. Records before the interrupted one whose offsets were not
 * committed before the crash come again first; they leave the marker alone, or the count would start over each
 * time and the record would stop the service for ever. Partitions belong to one
 * consumer at a time, so replicas may share the directory: a partition that moves after a crash brings its count
 * along. A directory that cannot be written only switches the protection off, with a warning; enrichment goes on.
 */
@ApplicationScoped
public class InterruptedRecords {

    /** A marker's fixed width: "offset attempts", space-padded, so that each write overwrites the last in place. */
    private static final int WIDTH = 48;
    private static final String FINISHED = "-1 0";

    private final Path directory;
    /** Open markers, by file name: one positioned read and write a record instead of an open, a write and a delete. */
    private final Map<String, FileChannel> markers = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    /** Per partition: whether the record begun last owns the marker (an earlier record redelivered does not). */
    private final Map<String, Boolean> owned = new ConcurrentHashMap<>();

    public InterruptedRecords(@ConfigProperty(name = "pipeline.enrich.state-dir") Path directory) {
        this.directory = directory;
    }

    /**
     * Marks the record at {@code offset} as being enriched; answers how many earlier attempts at this same record
     * never finished (0 for a record seen the first time).
     */
    public int begin(String topic, int partition, long offset) {
        FileChannel marker = marker(topic, partition);
        if (marker == null) {
            return 0;
        }
        try {
            int interrupted = 0;
            ByteBuffer content = ByteBuffer.allocate(WIDTH);
            marker.read(content, 0);
            String[] fields = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip().split(" ");
            long marked = fields.length == 2 ? Long.parseLong(fields[0]) : -1;
            if (marked > offset && Integer.parseInt(fields[1]) > 0) {
                // An earlier record, delivered again because its offset was not committed before the crash: the
                // record the service died on is still ahead, and its count must survive until Kafka gets to it.
                owned.put(topic + "-" + partition, Boolean.FALSE);
                return 0;
            }
            if (marked == offset) {
                interrupted = Integer.parseInt(fields[1]);
            }
            write(marker, offset + " " + (interrupted + 1));
            owned.put(topic + "-" + partition, Boolean.TRUE);
            return interrupted;
        } catch (IOException | NumberFormatException e) {
            warnOnce("cannot use " + directory.resolve(topic + "-" + partition) + ": " + e);
            try {
                write(marker, offset + " 1");
            } catch (IOException again) {
                // warned above
            }
            return 0;
        }
    }

    /** The record begun last on this partition was dealt with (enriched, or dead-lettered). */
    public void end(String topic, int partition) {
        if (owned.get(topic + "-" + partition) == Boolean.FALSE) {
            return; // the marker belongs to an interrupted record further on: left for it
        }
        FileChannel marker = marker(topic, partition);
        if (marker != null) {
            try {
                write(marker, FINISHED);
            } catch (IOException e) {
                warnOnce("cannot write " + directory.resolve(topic + "-" + partition) + ": " + e);
            }
        }
    }

    @PreDestroy
    void close() {
        for (FileChannel marker : markers.values()) {
            try {
                marker.close();
            } catch (IOException e) {
                // nothing more to record
            }
        }
    }

    private static void write(FileChannel marker, String content) throws IOException {
        byte[] padded = " ".repeat(WIDTH).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        marker.write(ByteBuffer.wrap(padded), 0);
    }

    /** The partition's marker, opened (and created) on first use; null where the directory is unusable. */
    private FileChannel marker(String topic, int partition) {
        String name = topic + "-" + partition;
        FileChannel open = markers.get(name);
        if (open != null) {
            return open;
        }
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileChannel raced = markers.putIfAbsent(name, channel);
            if (raced != null) {
                channel.close();
                return raced;
            }
            return channel;
        } catch (IOException e) {
            warnOnce("cannot open " + directory.resolve(name) + ": " + e);
            return null;
        }
    }

    private void warnOnce(String problem) {
        if (warned.compareAndSet(false, true)) {
            Log.warnf("Records that stop enrich-service cannot be recognised (%s); a record that crashes the service"
                    + " would be retried after each restart. Set pipeline.enrich.state-dir to a writable directory.", problem);
        }
    }
}
