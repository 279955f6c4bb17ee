package io.github.govaudit.page;

import io.github.govaudit.crawl.HtmlDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Loads the unit fixtures under src/test/resources/pages/unit as a crawler would decode them. */
final class Fixtures {

  private Fixtures() {}

  static Document page(String name, String url) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/pages/unit/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      String html = new HtmlDecoder().decode(in.readAllBytes(), null).html();
      return Jsoup.parse(html, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
