package io.github.govaudit.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.gensite.GeneratedSite;
import io.github.govaudit.gensite.SiteFile;
import io.github.govaudit.gensite.SiteGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every page the page package is checked and timed on, decoded as the crawler decodes it: the
 * labelled corpora ({@code corpus}, {@code holdout}), the unit fixtures, the other HTML fixtures of
 * the tests, the bundled demo site, and every HTML page of the two generated sites for several seeds. Pages come in a fixed order, so output written over them
 * compares byte for byte between runs.
 */
final class PageCorpus {

  /** Seeds of the first generated site: its test's own seed and three more. */
  static final List<Long> GENSITE_SEEDS = List.of(20_260_512L, 1L, 2L, 3L);
  /** Seeds of the second generated site: its test's own seed and two more. */
  static final List<Long> GENSITE2_SEEDS = List.of(20_261_125L, 1L, 2L);
  /** The origin generated pages are read at, as if served on the loopback. */
  static final String ORIGIN = "http://127.0.0.1:8080";
  private static final Path PAGES = Path.of("src/test/resources/pages");
  private static final Path TEST_RESOURCES = Path.of("src/test/resources");
  private static final Path DEMO_SITE = Path.of("src/main/resources/demo-site");
  private static final String UNIT_BASE = "http://www.example.gov.cn/unit/";

  /** One page: a name unique in the corpus, the URL it was served at, and its decoded HTML. */
  record Page(String name, String url, String html) {}

  private final HtmlDecoder decoder = new HtmlDecoder();

  /** The labelled and unit pages, then the generated sites' pages, in a fixed order. */
  List<Page> all() {
    List<Page> pages = new ArrayList<>(fixtures());
    pages.addAll(generated());
    return pages;
  }

  /** The labelled corpora, the unit fixtures, the other HTML fixtures of the tests and the demo site. */
  List<Page> fixtures() {
    List<Page> pages = new ArrayList<>();
    for (String dir : List.of("corpus", "holdout", "unit")) {
      pages.addAll(folder(dir));
    }
    for (Path p : htmlUnder(TEST_RESOURCES)) {
      String name = TEST_RESOURCES.relativize(p).toString().replace('\\', '/');
      if (!name.startsWith("pages/corpus/") && !name.startsWith("pages/holdout/") && !name.startsWith("pages/unit/")) {
        pages.add(page("test-resources/" + name, UNIT_BASE + name, read(p), null));
      }
    }
    for (Path p : htmlUnder(DEMO_SITE)) {
      String path = "/" + DEMO_SITE.relativize(p).toString().replace('\\', '/');
      pages.add(page("demo-site" + path, ORIGIN + path, read(p), null));
    }
    return pages;
  }

  private static List<Path> htmlUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML page of both generated sites, for every seed. */
  List<Page> generated() {
    List<Page> pages = new ArrayList<>();
    for (long seed : GENSITE_SEEDS) {
      GeneratedSite site = new SiteGenerator(seed, SiteGenerator.REPORT_YEAR).generate();
      for (SiteFile f : site.files().values()) {
        if (f.isHtml()) {
          pages.add(page("gensite/" + seed + f.path(), ORIGIN + f.path(), f.body(), f.contentType()));
        }
      }
    }
    for (long seed : GENSITE2_SEEDS) {
      secondSite(seed).forEach((path, file) -> {
        if (file.contentType().startsWith("text/html")) {
          pages.add(page("gensite2/" + seed + path, ORIGIN + path, file.body(), file.contentType()));
        }
      });
    }
    return pages;
  }

  private List<Page> folder(String name) {
    Path dir = PAGES.resolve(name);
    Map<String, String> urls = labelledUrls(dir.resolve("labels.json"));
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> html = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
      List<Page> pages = new ArrayList<>();
      for (Path p : html) {
        String file = p.getFileName().toString();
        pages.add(page(name + "/" + file, urls.getOrDefault(file, UNIT_BASE + file), Files.readAllBytes(p), null));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> labelledUrls(Path labels) {
    Map<String, String> urls = new HashMap<>();
    if (!Files.exists(labels)) {
      return urls;
    }
    try {
      for (JsonNode page : new ObjectMapper().readTree(labels.toFile())) {
        urls.put(page.get("file").asText(), page.get("url").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return urls;
  }

  private Page page(String name, String url, byte[] body, String contentType) {
    return new Page(name, url, decoder.decode(body, contentType).html());
  }

  /** One file the second generated site serves. */
  private record Served(byte[] body, String contentType) {}

  /**
   * The files of the second generated site; its generator is package-private in {@code gensite2},
   * so it is reached by reflection rather than widened for this harness.
   */
  private static Map<String, Served> secondSite(long seed) {
    try {
      Class<?> secondSite = Class.forName("io.github.govaudit.gensite2.SecondSite");
      Method generate = accessible(secondSite.getDeclaredMethod("generate", long.class));
      Object model = generate.invoke(null, seed);
      Class<?> siteFiles = Class.forName("io.github.govaudit.gensite2.SiteFiles");
      Method of = accessible(siteFiles.getDeclaredMethod("of", model.getClass()));
      Object files = of.invoke(null, model);
      Map<?, ?> byPath = (Map<?, ?>) accessible(siteFiles.getDeclaredMethod("files")).invoke(files);
      Map<String, Served> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<?, ?> e : byPath.entrySet()) {
        Object served = e.getValue();
        byte[] body = (byte[]) accessible(served.getClass().getDeclaredMethod("body")).invoke(served);
        String type = (String) accessible(served.getClass().getDeclaredMethod("contentType")).invoke(served);
        out.put((String) e.getKey(), new Served(body, type));
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot generate the second site for seed " + seed, e);
    }
  }

  private static Method accessible(Method m) {
    m.setAccessible(true);
    return m;
  }
}
