package io.github.govaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysesTest {

    private static final String URL = "http://www.gxzf.gov.cn/xxgk/zcwj/t20240512_1234.html";
    private static final Instant FETCHED = Instant.parse("2026-11-30T08:00:00Z");
    private static final byte[] ANALYSIS = "analysis of the article".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void anAnalysisKeptForAPageIsFoundByTheNextReaderOfThatFetch() throws Exception {
        try (Analyses kept = Analyses.open(data)) {
            kept.put(URL, FETCHED, ANALYSIS);
        }
        try (Analyses kept = Analyses.open(data)) {
            assertThat(kept.get(URL, FETCHED)).hasValueSatisfying(a -> assertThat(a).isEqualTo(ANALYSIS));
        }
    }

    @Test
    void aPageFetchedAgainIsNotAnsweredWithTheAnalysisOfItsEarlierFetch() throws Exception {
        try (Analyses kept = Analyses.open(data)) {
            kept.put(URL, FETCHED, ANALYSIS);
        }
        try (Analyses kept = Analyses.open(data)) {
            assertThat(kept.get(URL, FETCHED.plusSeconds(3600))).isEmpty();
            assertThat(kept.get(URL + "?page=2", FETCHED)).isEmpty();
        }
    }

    @Test
    void aSecondReaderWhileTheFirstKeepsAnalysesOnlyReads() throws Exception {
        try (Analyses first = Analyses.open(data)) {
            first.put(URL, FETCHED, ANALYSIS);
        }
        try (Analyses writing = Analyses.open(data); Analyses reading = Analyses.open(data)) {
            reading.put(URL + "?page=2", FETCHED, ANALYSIS);
            assertThat(reading.get(URL, FETCHED)).isPresent();
        }
        try (Analyses kept = Analyses.open(data)) {
            assertThat(kept.get(URL + "?page=2", FETCHED)).as("put by the reader").isEmpty();
        }
    }
}
