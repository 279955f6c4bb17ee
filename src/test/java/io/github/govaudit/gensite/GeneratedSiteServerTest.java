package io.github.govaudit.gensite;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins what the loopback server answers and records. */
class GeneratedSiteServerTest {

    @Test
    void servesFilesByPathAndQueryAnswers404OtherwiseAndLogsEveryRequest() throws Exception {
        GeneratedSite site = new SiteGenerator(GeneratedSiteTruthTest.SEED, SiteGenerator.REPORT_YEAR).generate();
        HttpClient client = HttpClient.newHttpClient();
        try (GeneratedSiteServer server = GeneratedSiteServer.start(site)) {
            assertThat(server.homeUrl()).startsWith("http://127.0.0.1:");
            HttpResponse<byte[]> home = get(client, server.homeUrl());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).isEqualTo(site.file("/index.html").body());

            HttpResponse<byte[]> second = get(client, server.homeUrl() + "zwdt/tzgg/list.jsp?page=2");
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(site.file("/zwdt/tzgg/list.jsp?page=2").body());
            assertThat(second.headers().firstValue("Content-Type")).hasValue(site.file("/zwdt/tzgg/list.jsp?page=2").contentType());

            assertThat(new String(get(client, server.homeUrl() + "robots.txt").body())).contains("Allow: /");
            assertThat(get(client, server.homeUrl() + "no/such/page.html").statusCode()).isEqualTo(404);

            assertThat(server.requests()).containsExactly("GET /", "GET /zwdt/tzgg/list.jsp?page=2",
                    "GET /robots.txt", "GET /no/such/page.html");
        }
    }

    private static HttpResponse<byte[]> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
