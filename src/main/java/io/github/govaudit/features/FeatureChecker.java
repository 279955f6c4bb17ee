package io.github.govaudit.features;

import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.crawl.Prober;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Asks the site whether the feature entries of its home page work (inspection-criteria.md B5.3,
 * E, F): runs a search for the title of an article the crawl stored and looks for it in the
 * results, fetches each other-language version and reads its language, and loads each 无障碍
 * toolbar script and entry page. What it may not ask (another host, robots.txt) stays unverified.
 */
public final class FeatureChecker {

  /** An article the crawl stored, whose title the search should find. */
  public record KnownArticle(String url, String title) {}

  private final Prober prober;
  private final HtmlDecoder decoder = new HtmlDecoder();

  public FeatureChecker(Prober prober) {
    this.prober = prober;
  }

  /**
   * Checks every entry of {@code features}, read from {@code home}.
   *
   * @param charset the home page's charset: a form sends its query in it
   */
  public List<FeatureCheck> check(Document home, Charset charset, SiteFeatures features,
      Optional<KnownArticle> article) {
    List<FeatureCheck> checks = new ArrayList<>();
    search(home, charset, features, article).ifPresent(checks::add);
    features.languages().forEach(e -> checks.add(language(e)));
    features.accessibility().forEach(e -> checks.add(accessibility(e)));
    return List.copyOf(checks);
  }

  private Optional<FeatureCheck> search(Document home, Charset charset, SiteFeatures features,
      Optional<KnownArticle> article) {
    if (features.search().isEmpty()) {
      return Optional.empty();
    }
    Optional<Element> form = home.select("form").stream().filter(f -> queryInput(f).isPresent())
        .filter(f -> !"post".equalsIgnoreCase(f.attr("method"))).findFirst();
    String entry = features.search().get(0).url();
    if (form.isEmpty() || article.isEmpty()) {
      String why = form.isEmpty() ? "no search form that asks with GET on the home page"
          : "no stored article to search for";
      return Optional.of(new FeatureCheck(FeatureCheck.SEARCH, entry, "form", FeatureCheck.UNVERIFIED, 0,
          why + ": the search was not run"));
    }
    String query = queryUrl(form.get(), charset, article.get().title());
    Prober.Answer a = prober.get(query);
    if (!a.refused().isEmpty() || !a.error().isEmpty()) {
      return Optional.of(new FeatureCheck(FeatureCheck.SEARCH, query, "form", FeatureCheck.UNVERIFIED, a.status(),
          "the search was not run: " + (a.refused().isEmpty() ? a.error() : a.refused())));
    }
    boolean found = a.ok() && lists(results(a), article.get());
    String detail = "a search for 「" + article.get().title() + "」 (the title of " + article.get().url() + ") "
        + (found ? "listed it" : a.ok() ? "did not list it" : "answered HTTP " + a.status());
    return Optional.of(new FeatureCheck(FeatureCheck.SEARCH, query, "form",
        found ? FeatureCheck.WORKS : FeatureCheck.FAILS, a.status(), detail));
  }

  private static Optional<Element> queryInput(Element form) {
    return form.select("input").stream()
        .filter(i -> i.attr("type").isEmpty() || i.attr("type").equalsIgnoreCase("text")
            || i.attr("type").equalsIgnoreCase("search"))
        .filter(i -> !i.attr("name").isEmpty()).findFirst();
  }

  /** The form's GET request with {@code words} in its text field and its hidden fields as they are. */
  private static String queryUrl(Element form, Charset charset, String words) {
    String action = form.absUrl("action").isEmpty() ? form.ownerDocument().location() : form.absUrl("action");
    Element text = queryInput(form).orElseThrow();
    StringBuilder q = new StringBuilder();
    for (Element i : form.select("input[name]")) {
      String type = i.attr("type").toLowerCase(Locale.ROOT);
      if (i == text || type.equals("hidden")) {
        q.append(q.length() == 0 ? "" : "&").append(URLEncoder.encode(i.attr("name"), charset)).append('=')
            .append(URLEncoder.encode(i == text ? words : i.attr("value"), charset));
      }
    }
    int hash = action.indexOf('#');
    String base = hash < 0 ? action : action.substring(0, hash);
    return base + (base.contains("?") ? "&" : "?") + q;
  }

  private Document results(Prober.Answer a) {
    Document doc = Jsoup.parse(decoder.decode(a.body(), a.contentType()).html(), a.url());
    doc.select("input, textarea, select, script, style, title").remove(); // the query echoed is no result
    return doc;
  }

  private static boolean lists(Document results, KnownArticle article) {
    String title = article.title();
    String head = title.substring(0, Math.min(title.length(), 12));
    return results.select("a[href]").stream()
        .anyMatch(l -> l.absUrl("href").equals(article.url()) || l.text().contains(head))
        || results.text().contains(title);
  }

  private FeatureCheck language(SiteFeatures.Entry e) {
    Prober.Answer a = prober.get(e.url());
    if (!a.ok()) {
      return unanswered(FeatureCheck.LANGUAGE, e, a);
    }
    Document page = Jsoup.parse(decoder.decode(a.body(), a.contentType()).html(), a.url());
    String lang = Language.of(page);
    boolean other = !lang.equals("zh-Hans") && !lang.equals("unknown");
    return new FeatureCheck(FeatureCheck.LANGUAGE, e.url(), e.label(), other ? FeatureCheck.WORKS : FeatureCheck.FAILS,
        a.status(), other ? "answers in " + lang : "answers, but in simplified Chinese (or no text)");
  }

  private FeatureCheck accessibility(SiteFeatures.Entry e) {
    Prober.Answer a = prober.get(e.url());
    if (!a.ok()) {
      return unanswered(FeatureCheck.ACCESSIBILITY, e, a);
    }
    // a toolbar script must be a script (a page in its place is an error page), an entry a page
    boolean page = startsAsMarkup(a.body()) || !e.script() && a.contentType().toLowerCase(Locale.ROOT).contains("html");
    boolean works = e.script() != page;
    return new FeatureCheck(FeatureCheck.ACCESSIBILITY, e.url(), e.label(), works ? FeatureCheck.WORKS
        : FeatureCheck.FAILS, a.status(), works ? (e.script() ? "the toolbar script loads" : "the page loads")
        : (e.script() ? "answers with a page, not a script" : "answers with something other than a page"));
  }

  /** Whether a body begins as HTML does: a script answered with a page is a missing script. */
  private static boolean startsAsMarkup(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.replace("\u00ef\u00bb\u00bf", "").stripLeading().startsWith("<");
  }

  private static FeatureCheck unanswered(String feature, SiteFeatures.Entry e, Prober.Answer a) {
    if (!a.refused().isEmpty()) {
      return new FeatureCheck(feature, e.url(), e.label(), FeatureCheck.UNVERIFIED, 0, "not asked: " + a.refused());
    }
    String why = a.status() == 0 ? a.error() : "HTTP " + a.status();
    return new FeatureCheck(feature, e.url(), e.label(), FeatureCheck.FAILS, a.status(), "does not load: " + why);
  }
}
