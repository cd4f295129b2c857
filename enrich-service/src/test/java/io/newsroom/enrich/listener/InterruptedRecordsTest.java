package io.newsroom.enrich.listener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a restarted enrich-service knows of the records its previous runs did not finish. */
class InterruptedRecordsTest {

    @TempDir
    Path state;

    @Test
    void aRecordBegunAgainWithoutEndingCountsTheEarlierTriesAcrossInstances() {
        assertThat(new InterruptedRecords(state).begin("articles.raw", 3, 41)).isZero();
        // The process died: a new instance (the restart) reads what the first one left.
        assertThat(new InterruptedRecords(state).begin("articles.raw", 3, 41)).isEqualTo(1);
        assertThat(new InterruptedRecords(state).begin("articles.raw", 3, 41)).isEqualTo(2);
    }

    @Test
    void aFinishedRecordIsNotCountedAgainAndTheNextOffsetStartsAfresh() {
        InterruptedRecords records = new InterruptedRecords(state);
        assertThat(records.begin("articles.raw", 0, 7)).isZero();
        records.end("articles.raw", 0);
        assertThat(new InterruptedRecords(state).begin("articles.raw", 0, 7))
                .as("redelivered after a clean stop, not an interruption").isZero();

        assertThat(new InterruptedRecords(state).begin("articles.raw", 0, 8)).as("another record").isZero();
    }

    @Test
    void earlierRecordsDeliveredAgainBeforeTheInterruptedOneKeepItsCount() {
        // offset 0 was enriched but not committed when the record at offset 1 stopped the service: after each
        // restart Kafka delivers 0 again first, and the count of 1 must not start over (it once did, for ever)
        InterruptedRecords first = new InterruptedRecords(state);
        first.begin("articles.raw", 1, 0);
        first.end("articles.raw", 1);
        assertThat(first.begin("articles.raw", 1, 1)).isZero();
        for (int restart = 1; restart <= 2; restart++) {
            InterruptedRecords again = new InterruptedRecords(state);
            assertThat(again.begin("articles.raw", 1, 0)).as("the earlier record, restart %d", restart).isZero();
            again.end("articles.raw", 1);
            assertThat(again.begin("articles.raw", 1, 1)).as("the record that stops the service, restart %d", restart)
                    .isEqualTo(restart);
        }
        // once it is dealt with, the partition goes on as usual
        InterruptedRecords last = new InterruptedRecords(state);
        last.begin("articles.raw", 1, 1);
        last.end("articles.raw", 1);
        assertThat(last.begin("articles.raw", 1, 2)).isZero();
        last.end("articles.raw", 1);
        assertThat(new InterruptedRecords(state).begin("articles.raw", 1, 2)).isZero();
    }

    @Test
    void partitionsAreCountedApart() {
        InterruptedRecords records = new InterruptedRecords(state);
        records.begin("articles.raw", 1, 5);
        records.begin("articles.raw", 2, 5);
        assertThat(new InterruptedRecords(state).begin("articles.raw", 1, 5)).isEqualTo(1);
        assertThat(new InterruptedRecords(state).begin("articles.raw", 2, 6)).isZero();
    }

    @Test
    void aMissingDirectoryIsCreatedAndAnUnusableOneOnlySwitchesTheProtectionOff() throws Exception {
        Path nested = state.resolve("not/yet/there");
        assertThat(new InterruptedRecords(nested).begin("articles.raw", 0, 1)).isZero();
        assertThat(new InterruptedRecords(nested).begin("articles.raw", 0, 1)).isEqualTo(1);

        Path file = Files.writeString(state.resolve("a-file"), "not a directory");
        InterruptedRecords unusable = new InterruptedRecords(file);
        assertThat(unusable.begin("articles.raw", 0, 1)).isZero();
        assertThat(unusable.begin("articles.raw", 0, 1)).isZero();
        unusable.end("articles.raw", 0);
    }

    @Test
    void aDamagedMarkerCountsAsNoEarlierTry() throws Exception {
        Files.writeString(state.resolve("articles.raw-4"), "garbage\n");
        assertThat(new InterruptedRecords(state).begin("articles.raw", 4, 9)).isZero();
        assertThat(new InterruptedRecords(state).begin("articles.raw", 4, 9)).isEqualTo(1);
    }
}
