package io.github.govaudit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A small HTTP/1.1 client for the tests: no redirects followed, bodies as text in a given charset. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    Http(String homeUrl) {
        this.origin = homeUrl.substring(0, homeUrl.length() - 1);
    }

    HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    String text(String pathAndQuery) throws IOException, InterruptedException {
        return text(pathAndQuery, StandardCharsets.UTF_8);
    }

    String text(String pathAndQuery, Charset charset) throws IOException, InterruptedException {
        return new String(get(pathAndQuery).body(), charset);
    }

    /** The response with its body left unread, for bodies too big to hold. */
    HttpResponse<InputStream> stream(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest request(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + pathAndQuery));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
