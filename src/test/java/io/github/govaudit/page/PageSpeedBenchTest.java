package io.github.govaudit.page;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.govaudit.crawl.LinkSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Times the page analysis per page on the generated sites' pages (one seed each), after warm-up:
 * jsoup parse, {@code PageAnalyzer.analyze}, {@code RevealedLinks.links}, both, the one-pass
 * {@code PageAnalyzer.read}, and the {@link PageAnalysisCodec} both ways. Prints the median
 * over rounds of the thread's CPU µs per page (and wall µs), so another process sharing the cores
 * skews it little. Runs only when asked:
 *
 * <pre>
 * mvn -B -q test -Dtest=PageSpeedBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dgovaudit.bench=7
 * </pre>
 *
 * With {@code -Dgovaudit.bench.baseline=DIR} (the compiled classes of an older page package) the
 * older analyser is timed too, round by round alternating with this one, so both see the same load.
 * To compile the page package of commit {@code C} into {@code DIR}:
 *
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * git archive C src/main/java/io/github/govaudit/page | tar -x -C SRC
 * javac --release 17 -encoding UTF-8 -cp "target/classes:$(cat cp.txt)" -d DIR $(find SRC -name '*.java')
 * </pre>
 */
class PageSpeedBenchTest {

  /** Timed rounds; warm-up rounds are as many. */
  static final String ROUNDS_PROPERTY = "govaudit.bench";
  /** A folder of compiled {@code io.github.govaudit.page} classes to compare with. */
  static final String BASELINE_PROPERTY = "govaudit.bench.baseline";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One analyser under test: its analysis, its revealed links, and both in one pass. */
  private interface Subject {
    Object analyze(String url, Document doc) throws Exception;

    Object links(String url, Document doc);

    Object read(String url, Document doc) throws Exception;
  }

  @Test
  void printsMicrosecondsPerPageOfAnalysisAndRevealedLinks() throws Exception {
    String rounds = System.getProperty(ROUNDS_PROPERTY);
    assumeTrue(rounds != null && !rounds.isBlank(), "set -D" + ROUNDS_PROPERTY + "=ROUNDS to time the analyser");
    int n = Integer.parseInt(rounds);
    List<PageCorpus.Page> pages = new PageCorpus().generated().stream()
        .filter(p -> p.name().startsWith("gensite/20260512/") || p.name().startsWith("gensite2/20261125/"))
        .toList();
    List<Document> docs = pages.stream().map(p -> Jsoup.parse(p.html(), p.url())).toList();
    Map<String, Subject> subjects = new LinkedHashMap<>();
    String baseline = System.getProperty(BASELINE_PROPERTY);
    if (baseline != null && !baseline.isBlank()) {
      subjects.put("before", reflective(baseline));
    }
    subjects.put("after", current());

    Map<String, List<double[]>> times = new LinkedHashMap<>();
    for (int round = -n; round < n; round++) {
      double[] parse = time(pages, (p, d) -> Jsoup.parse(p.html(), p.url()), docs);
      if (round >= 0) {
        times.computeIfAbsent("jsoup parse", k -> new ArrayList<>()).add(parse);
      }
      List<String> order = new ArrayList<>(subjects.keySet());
      if (round % 2 != 0) {
        java.util.Collections.reverse(order);
      }
      for (String name : order) {
        Subject s = subjects.get(name);
        double[] analyze = time(pages, (p, d) -> s.analyze(p.url(), d), docs);
        double[] links = time(pages, (p, d) -> s.links(p.url(), d), docs);
        double[] read = time(pages, (p, d) -> s.read(p.url(), d), docs);
        if (round >= 0) {
          times.computeIfAbsent(name + " analyze", k -> new ArrayList<>()).add(analyze);
          times.computeIfAbsent(name + " links", k -> new ArrayList<>()).add(links);
          times.computeIfAbsent(name + " analyze+links", k -> new ArrayList<>())
              .add(new double[] {analyze[0] + links[0], analyze[1] + links[1]});
          times.computeIfAbsent(name + " read (one pass)", k -> new ArrayList<>()).add(read);
        }
      }
    }
    PageAnalysisCodec codec = new PageAnalysisCodec();
    List<PageAnalysis> analyses = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      analyses.add(new PageAnalyzer().analyze(pages.get(i).url(), docs.get(i)));
    }
    List<byte[]> encoded = analyses.stream().map(codec::encode).toList();
    for (int round = -n; round < n; round++) {
      double[] encode = timeEach(analyses, codec::encode);
      double[] decode = timeEach(encoded, codec::decode);
      if (round >= 0) {
        times.computeIfAbsent("codec encode", k -> new ArrayList<>()).add(encode);
        times.computeIfAbsent("codec decode", k -> new ArrayList<>()).add(decode);
      }
    }
    double bytes = encoded.stream().mapToInt(b -> b.length).average().orElse(0);
    int largest = encoded.stream().mapToInt(b -> b.length).max().orElse(0);
    System.out.printf("%d pages, %d rounds after %d warm-up rounds; median µs per page%n", pages.size(), n, n);
    System.out.printf("%-28s %10s %10s%n", "", "cpu", "wall");
    times.forEach((name, rs) -> System.out.printf("%-28s %10.1f %10.1f%n", name,
        median(rs.stream().mapToDouble(r -> r[0]).toArray()), median(rs.stream().mapToDouble(r -> r[1]).toArray())));
    System.out.printf("codec: %.0f bytes per page on average, %d at most%n", bytes, largest);
  }

  /** CPU and wall µs per item of one pass of {@code f} over {@code items}. */
  private static <T> double[] timeEach(List<T> items, java.util.function.Function<T, ?> f) {
    long sink = 0;
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (T item : items) {
      sink += f.apply(item) == null ? 0 : 1;
    }
    double cpuUs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1000.0 / items.size();
    double wallUs = (System.nanoTime() - wall) / 1000.0 / items.size();
    if (sink < 0) {
      throw new AssertionError();
    }
    return new double[] {cpuUs, wallUs};
  }

  private interface Step {
    Object run(PageCorpus.Page page, Document doc) throws Exception;
  }

  /** CPU and wall µs per page of one pass of {@code step} over every page. */
  private static double[] time(List<PageCorpus.Page> pages, Step step, List<Document> docs) throws Exception {
    long sink = 0;
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < pages.size(); i++) {
      Object r = step.run(pages.get(i), docs.get(i));
      sink += r == null ? 0 : 1;
    }
    double cpuUs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1000.0 / pages.size();
    double wallUs = (System.nanoTime() - wall) / 1000.0 / pages.size();
    if (sink < 0) {
      throw new AssertionError();
    }
    return new double[] {cpuUs, wallUs};
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static Subject current() {
    PageAnalyzer analyzer = new PageAnalyzer();
    RevealedLinks revealed = new RevealedLinks();
    return new Subject() {
      @Override
      public Object analyze(String url, Document doc) {
        return analyzer.analyze(url, doc);
      }

      @Override
      public Object links(String url, Document doc) {
        return revealed.links(url, doc);
      }

      @Override
      public Object read(String url, Document doc) {
        return analyzer.read(url, doc);
      }
    };
  }

  /**
   * The analyser compiled in {@code classes}, loaded child-first for its own package (jsoup and the
   * crawl types come from this class path), called by reflection. Without a one-pass {@code read},
   * its reading is its analysis followed by its revealed links, as a caller has to do it.
   */
  private static Subject reflective(String classes) throws Exception {
    URL[] urls = {Path.of(classes).toUri().toURL()};
    ClassLoader loader = new URLClassLoader(urls, PageSpeedBenchTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.github.govaudit.page.")) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          return c != null ? c : findClass(name);
        }
      }
    };
    Class<?> analyzerType = loader.loadClass("io.github.govaudit.page.PageAnalyzer");
    Object analyzer = analyzerType.getConstructor().newInstance();
    Method analyze = analyzerType.getMethod("analyze", String.class, Document.class);
    Method onePass = Arrays.stream(analyzerType.getMethods())
        .filter(m -> m.getName().equals("read") && m.getParameterCount() == 2).findFirst().orElse(null);
    LinkSource revealed = (LinkSource) loader.loadClass("io.github.govaudit.page.RevealedLinks")
        .getConstructor().newInstance();
    return new Subject() {
      @Override
      public Object analyze(String url, Document doc) throws Exception {
        return analyze.invoke(analyzer, url, doc);
      }

      @Override
      public Object links(String url, Document doc) {
        return revealed.links(url, doc);
      }

      @Override
      public Object read(String url, Document doc) throws Exception {
        return onePass != null ? onePass.invoke(analyzer, url, doc)
            : List.of(analyze.invoke(analyzer, url, doc), revealed.links(url, doc));
      }
    };
  }
}
