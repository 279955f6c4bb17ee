package io.github.govaudit.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Addresses of the test servers. WireMock's own {@code baseUrl()} says {@code localhost}; the
 * tests name the site {@code 127.0.0.1} so that {@code localhost} stays free to play another host.
 */
final class Loopback {

    private Loopback() {
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    static String base(WireMockExtension server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** The site's home page URL, {@code http://127.0.0.1:PORT/}. */
    static String home(WireMockExtension server) {
        return base(server) + "/";
    }
}
