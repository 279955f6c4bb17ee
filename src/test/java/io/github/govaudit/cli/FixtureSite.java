package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small government site held in memory: path to served file. It can be put on a WireMock server;
 * paths it does not hold answer 404 there.
 */
record FixtureSite(Map<String, ServedFile> files) {

    /** What the sites answer for a path they do not hold: a typical CMS 404 page. */
    static final String NOT_FOUND_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>404 页面不存在</title></head><body><div class=\"error\"><h1>404</h1>"
            + "<p>抱歉，您访问的页面不存在或已被删除！</p><a href=\"/\">返回首页</a></div></body></html>";
    static final String OPEN_ROBOTS = "User-agent: *\nDisallow:\n";
    static final String PORTAL_ARTICLE_MAY = "/zwdt/gzdt/202405/t20240512_1234567.html";
    static final String PORTAL_ARTICLE_JUNE = "/zwdt/gzdt/202406/t20240603_1234612.html";

    FixtureSite {
        files = Map.copyOf(files);
    }

    /**
     * The 桂江市人民政府 portal (TRS style, UTF-8): home, the 工作动态 column, two articles, a robots.txt that
     * disallows {@code /internal/}, and an intranet login page under {@code /internal/}. Links to
     * the province portal point to {@code otherSite} (scheme, host and port, no trailing slash).
     */
    static FixtureSite portal(String otherSite) {
        Map<String, String> slots = Footer.PORTAL.with(Map.of("otherSite", otherSite));
        Map<String, ServedFile> files = new LinkedHashMap<>();
        files.put("/robots.txt", ServedFile.robots(Fixtures.text("portal/robots.txt")));
        files.put("/", ServedFile.utf8Html(Fixtures.filled("portal/home.html", slots)));
        files.put("/zwdt/gzdt/", ServedFile.utf8Html(Fixtures.filled("portal/gzdt-index.html", slots)));
        files.put(PORTAL_ARTICLE_MAY, ServedFile.utf8Html(Fixtures.filled("portal/t20240512_1234567.html", slots)));
        files.put(PORTAL_ARTICLE_JUNE, ServedFile.utf8Html(Fixtures.filled("portal/t20240603_1234612.html", slots)));
        files.put("/internal/x.html", ServedFile.utf8Html(Fixtures.text("portal/internal.html")));
        return new FixtureSite(files);
    }

    /**
     * The 昇平区 district site (Hanweb style): every page is GBK bytes, declares no charset in a meta
     * tag, and is sent as plain {@code text/html}.
     */
    static FixtureSite gbkDistrict() {
        Map<String, ServedFile> files = new LinkedHashMap<>();
        files.put("/robots.txt", ServedFile.robots(OPEN_ROBOTS));
        files.put("/", ServedFile.undeclaredHtml(Fixtures.bytes("gbk/home.html")));
        files.put("/col/col1234/index.html", ServedFile.undeclaredHtml(Fixtures.bytes("gbk/col1234.html")));
        files.put("/art/2024/5/12/art_1234_567890.html",
                ServedFile.undeclaredHtml(Fixtures.bytes("gbk/art_1234_567890.html")));
        return new FixtureSite(files);
    }

    /** The paths of the HTML pages the site serves. */
    Set<String> pagePaths() {
        Set<String> paths = new TreeSet<>();
        files.forEach((path, file) -> {
            if (file.isHtml()) {
                paths.add(path);
            }
        });
        return paths;
    }

    boolean servesPage(String path) {
        ServedFile file = files.get(path);
        return file != null && file.isHtml();
    }

    void serveOn(WireMockExtension server) {
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(NOT_FOUND_PAGE)));
        files.forEach((path, file) -> server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", file.contentType())
                .withBody(file.body()))));
    }
}
