package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code supervise --sites} inspects several loopback sites at once and writes a per-site table, most
 * severe first: a site that cannot be reached, then one failing a single veto, then one that passes.
 */
class SuperviseSitesTest {

  @TempDir Path tmp;

  private static final String OLD_HOME = """
      <html><head><meta charset="utf-8"><title>旧县人民政府</title></head><body>
      <ul><li><a href="/xw/202501/t20250105_1.html">县政府召开常务会议</a><span>2025-01-05</span></li></ul>
      <p>主办单位：旧县人民政府办公室 网站标识码：4501990002 桂ICP备12009999号</p></body></html>""";

  private static final String OLD_ITEM = """
      <html><head><meta charset="utf-8"><title>县政府召开常务会议</title><meta name="PubDate" content="2025-01-05 09:00">
      </head><body><h1>县政府召开常务会议</h1><p>发布时间：2025-01-05</p><p>会议研究了有关事项，部署下一阶段工作。</p>
      <p>主办单位：旧县人民政府办公室 网站标识码：4501990002 桂ICP备12009999号</p></body></html>""";

  private Path profile(String name, String home) throws Exception {
    Path p = tmp.resolve(name + ".yaml");
    Files.writeString(p, """
        home: %s
        politeness: {delay_ms: 0}
        inspection:
          overrides:
            thresholds: {probes_per_run: 1}
            links: {timeout_seconds: 0.5, backoff_ms: 20, delay_ms: 0}
        """.formatted(home));
    return p;
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void inspectsEverySiteAndListsThemMostSevereFirst() throws Exception {
    Map<String, byte[]> oldPages = Map.of("/", OLD_HOME.getBytes(StandardCharsets.UTF_8),
        "/xw/202501/t20250105_1.html", OLD_ITEM.getBytes(StandardCharsets.UTF_8));
    HttpServer old = PageServer.serve(oldPages::get);
    try (InspectionSite good = new InspectionSite()) {
      String oldHome = "http://127.0.0.1:" + old.getAddress().getPort() + "/";
      Path sites = tmp.resolve("sites.csv");
      Files.writeString(sites, "name,home,profile\n"
          + "qingshan,," + profile("qingshan", good.home()) + "\n"
          + "jiuxian,," + profile("jiuxian", oldHome) + "\n"
          + "down,http://127.0.0.1:" + closedPort() + "/,\n");

      CliRun run = Cli.run("supervise", "--year", "2026", "--sites", sites.toString(), "--into", tmp.resolve("data").toString(),
          "--out", tmp.resolve("out").toString(), "--as-of", "2026-11-30", "--parallel", "3");

      assertThat(run.code()).as("%s", run).isZero();
      List<String> lines = Files.readAllLines(tmp.resolve("out/supervision-sites-2026-11-30.csv"));
      assertThat(lines).hasSize(4);
      assertThat(lines.get(1)).startsWith("down,").contains(",error,");
      assertThat(lines.get(2)).startsWith("jiuxian,").contains(",fail,").contains("home_not_updated");
      assertThat(lines.get(3)).startsWith("qingshan,").contains(",pass,");
      assertThat(Files.readString(tmp.resolve("out/supervision-sites-2026-11-30.html"))).contains("jiuxian").doesNotContain("<script");
      String report = Files.readString(tmp.resolve("out/supervision-report-2026.json"));
      assertThat(report).contains("\"sites_total\"");
    } finally {
      old.stop(0);
    }
  }
}
