package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code work-report-Y.json} file that {@code govaudit report} writes, read as text and as JSON. */
record WorkReport(String text, JsonNode json) {

    /** Crawls {@code home} into {@code dir/data} without delay, then reads the JSON report of {@code year} written to {@code dir}. */
    static WorkReport crawled(String home, Path dir, int year) throws IOException {
        Path data = dir.resolve("data");
        assertThat(Cli.run("crawl", "--home", home, "--data", data.toString(), "--delay", "0").code()).isZero();
        assertThat(Cli.run("report", "--data", data.toString(), "--year", String.valueOf(year), "--out", dir.toString(),
                "--format", "json").code()).isZero();
        return read(dir, year);
    }

    static WorkReport read(Path outDir, int year) throws IOException {
        Path file = outDir.resolve("work-report-" + year + ".json");
        assertThat(file).as("report file").isRegularFile();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new WorkReport(text, new ObjectMapper().readTree(text));
    }

    /** The {@code value} of a field such as {@code basic_info.sponsor}, under {@code sections}. */
    JsonNode field(String section, String name) {
        JsonNode field = json.path("sections").path(section).path(name);
        assertThat(field.isObject()).as("sections.%s.%s in%n%s", section, name, text).isTrue();
        return field;
    }

    String value(String section, String name) {
        return field(section, name).path("value").asText();
    }
}
