package io.github.govaudit.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads one entry of a list (an {@code <li>}, {@code <tr>}, {@code <dt>}, {@code <div>} or a
 * bare {@code <a>}): its main link, full title and printed date.
 */
final class ListEntries {

  /** Titles cut by the CMS end like this; the full title then sits in {@code title=}. */
  private static final Pattern CUT = Pattern.compile("(?:…|\\.{2,}|。。+|··+)\\s*$");
  private static final Pattern NOT_A_TARGET = Pattern.compile("(?i)^(?:javascript:|mailto:|tel:|#)");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator IMAGE_WITH_ALT = QueryParser.parse("img[alt]");

  /** An entry as printed, before its month-day date gets a year. */
  record Raw(String title, String url, LocalDate date, DateParser.MonthDay monthDay, String dateText,
      Element element) {}

  private final DateParser dates = new DateParser();

  /** The entry held by {@code e}, empty when it has no usable link; links resolve through {@code hrefs}. */
  Optional<Raw> read(Element e, Hrefs hrefs) {
    Element link = mainLink(e);
    if (link == null) {
      return Optional.empty();
    }
    String url = hrefs.absolute(link);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Element dateElement = dateElement(e, link);
    String dateText = dateElement == null ? null : Texts.normalize(dateElement.text());
    String linkText = Texts.normalize(link.text());
    String title = title(link, linkText, dateElement, dateText);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    String dateSource = dateElement != null ? dateText : outsideLink(e, link, linkText);
    Optional<DateParser.Found> full = dates.first(dateSource);
    if (full.isEmpty() && dateElement == null) {
      full = dates.first(linkText);
    }
    if (full.isPresent()) {
      String shown = dateElement != null ? dateText : full.get().text();
      return Optional.of(new Raw(title, url, full.get().date(), null, shown, e));
    }
    Optional<DateParser.MonthDay> md = dateElement != null ? dates.monthDay(dateText) : Optional.empty();
    if (md.isPresent()) {
      return Optional.of(new Raw(title, url, null, md.get(), dateText, e));
    }
    String rest = Texts.normalize(dateSource);
    if (dateElement == null && dates.isDateOnly(rest)) {
      Optional<DateParser.MonthDay> bare = dates.monthDay(rest);
      if (bare.isPresent()) {
        return Optional.of(new Raw(title, url, null, bare.get(), rest, e));
      }
    }
    return Optional.of(new Raw(title, url, null, null, null, e));
  }

  /** The entry's link with the longest text (its title), ignoring script and anchor-only links. */
  static Element mainLink(Element e) {
    Element best = null;
    int bestLength = -1;
    Iterable<Element> links = e.normalName().equals("a") ? List.of(e) : e.select(LINKS);
    for (Element a : links) {
      String href = a.attr("href").strip();
      if (href.isEmpty() || NOT_A_TARGET.matcher(href).find()) {
        continue;
      }
      int length = Math.max(Texts.compact(a.text()).length(), Texts.compact(a.attr("title")).length() / 2);
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    return best;
  }

  /** The first leaf beside the link printing only a date, else the next sibling when it prints only one. */
  private Element dateElement(Element entry, Element link) {
    for (Element d : entry.getAllElements()) {
      if (d != entry && d != link && d.firstElementChild() == null && dates.isDateOnly(d.text())) {
        return d;
      }
    }
    Element next = entry.nextElementSibling();
    if (next != null && next.selectFirst(LINKS) == null && dates.isDateOnly(next.text())) {
      return next;
    }
    return null;
  }

  private static String title(Element link, String linkText, Element dateElement, String dateText) {
    String text = linkText;
    if (dateElement != null && isWithin(dateElement, link)) {
      text = Texts.normalize(text.replace(dateText, ""));
    }
    String attr = Texts.normalize(link.attr("title"));
    if (text.isEmpty()) {
      Element img = link.selectFirst(IMAGE_WITH_ALT);
      return !attr.isEmpty() ? attr : img == null ? "" : Texts.normalize(img.attr("alt"));
    }
    String stem = CUT.matcher(text).replaceAll("").strip();
    if (!attr.isEmpty() && attr.length() > stem.length()
        && (CUT.matcher(text).find() || Texts.compact(attr).startsWith(Texts.compact(stem)))) {
      return attr;
    }
    return text;
  }

  /** True when {@code e} is {@code ancestor} or sits inside it. */
  private static boolean isWithin(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static String outsideLink(Element entry, Element link, String linkText) {
    if (entry == link) {
      return "";
    }
    String all = Texts.normalize(entry.text());
    return linkText.isEmpty() ? all : all.replace(linkText, " ");
  }
}
