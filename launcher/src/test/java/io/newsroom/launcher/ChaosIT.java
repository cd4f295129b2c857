package io.newsroom.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault run at a size CI affords (the full run is ./pipeline chaos): services killed, Kafka and
 * PostgreSQL restarted while articles flow, and still every accepted article stored exactly once.
 */
class ChaosIT {

    @Test
    void nothingAcceptedIsLostOrDoubledWhateverFails() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        Path home = Path.of(System.getProperty("pipeline.home", "..")).toAbsolutePath().normalize();

        ChaosRun.Result result = new ChaosRun(home, 400, 20, out).run();
        System.out.println(log.toString(StandardCharsets.UTF_8));
        System.out.println(result.summaryLine());

        assertThat(result.accepted()).isGreaterThan(300);
        assertThat(result.summaryLine()).isEqualTo("accepted=" + result.accepted() + " stored=" + result.accepted()
                + " lost=0 duplicated=0 dead_lettered=" + ChaosRun.POISON_RECORDS);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("SIGKILL enrich-service", "SIGKILL publish-service",
                "SIGTERM Kafka broker", "SIGTERM PostgreSQL", "restart ingest-service",
                "ingest-service reports not ready while Kafka is down",
                "publish-service reports not ready while PostgreSQL is down");
    }
}
