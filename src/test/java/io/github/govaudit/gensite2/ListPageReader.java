package io.github.govaudit.gensite2;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a rendered list page back (test helper): item path → printed date (null when none), in list order. */
final class ListPageReader {

  private static final Pattern FULL = Pattern.compile("(\\d{4})[-./年](\\d{2})[-./月](\\d{2})");
  private static final Pattern SHORT = Pattern.compile("\\[(\\d{2})-(\\d{2})]");
  private static final Pattern RECORD = Pattern.compile("<record><!\\[CDATA\\[(.*?)]]></record>", Pattern.DOTALL);

  private ListPageReader() {}

  static Map<String, LocalDate> read(String pageUrl, byte[] body, boolean gbk) {
    String html = new String(body, gbk ? SiteFiles.GBK : StandardCharsets.UTF_8);
    Map<String, LocalDate> lines = new LinkedHashMap<>();
    if (html.contains("<datastore>")) {
      Matcher m = RECORD.matcher(html);
      while (m.find()) {
        Element li = Jsoup.parseBodyFragment(m.group(1)).selectFirst("li");
        lines.put(resolve(pageUrl, li.selectFirst("a").attr("href")), date(li.text(), null));
      }
      return lines;
    }
    Document doc = Jsoup.parse(html);
    Element yearHeading = doc.selectFirst("h3.list-year");
    Integer year = yearHeading == null ? null : Integer.valueOf(yearHeading.text().replace("年", ""));
    for (Element line : doc.select(".list-left li, .list-left tr:has(a)")) {
      if (line.closest(".pagination") != null || line.selectFirst("a") == null
          || line.text().startsWith("共")) {
        continue;
      }
      Element a = line.selectFirst("a");
      lines.put(resolve(pageUrl, a.attr("href")), date(line.text(), year));
    }
    return lines;
  }

  static LocalDate date(String text, Integer year) {
    Matcher full = FULL.matcher(text);
    if (full.find()) {
      return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
          Integer.parseInt(full.group(3)));
    }
    Matcher shortDate = SHORT.matcher(text);
    if (shortDate.find() && year != null) {
      return LocalDate.of(year, Integer.parseInt(shortDate.group(1)), Integer.parseInt(shortDate.group(2)));
    }
    return null;
  }

  private static String resolve(String pageUrl, String href) {
    if (href.startsWith("http")) {
      return href;
    }
    URI resolved = URI.create("http://h" + pageUrl).resolve(href);
    return resolved.getRawQuery() == null ? resolved.getRawPath() : resolved.getRawPath() + "?" + resolved.getRawQuery();
  }
}
