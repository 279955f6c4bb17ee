package io.github.govaudit.page;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads one entry of a list (an {@code <li>}, {@code <tr>}, {@code <dt>}, {@code <div>} or a
 * bare {@code <a>}): its main link, full title and printed date.
 */
final class ListEntries {

  /** Titles cut by the CMS end like this; the full title then sits in {@code title=}. */
  private static final Pattern CUT = Pattern.compile("(?:…|\\.{2,}|。。+|··+)\\s*$");
  private static final Pattern NOT_A_TARGET = Pattern.compile("(?i)^(?:javascript:|mailto:|tel:|#)");

  /** An entry as printed, before its month-day date gets a year. */
  record Raw(String title, String url, LocalDate date, DateParser.MonthDay monthDay, String dateText,
      Element element) {}

  private final DateParser dates = new DateParser();

  /** The entry held by {@code e}, empty when it has no usable link. */
  Optional<Raw> read(Element e) {
    Element link = mainLink(e);
    if (link == null) {
      return Optional.empty();
    }
    String url = link.absUrl("href");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Element dateElement = dateElement(e, link);
    String title = title(link, dateElement);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    String dateSource = dateElement != null ? Texts.normalize(dateElement.text())
        : outsideLink(e, link);
    Optional<DateParser.Found> full = dates.first(dateSource);
    if (full.isEmpty() && dateElement == null) {
      full = dates.first(Texts.normalize(link.text()));
    }
    if (full.isPresent()) {
      String shown = dateElement != null ? Texts.normalize(dateElement.text()) : full.get().text();
      return Optional.of(new Raw(title, url, full.get().date(), null, shown, e));
    }
    Optional<DateParser.MonthDay> md = dateElement != null
        ? dates.monthDay(Texts.normalize(dateElement.text())) : Optional.empty();
    if (md.isPresent()) {
      return Optional.of(new Raw(title, url, null, md.get(), Texts.normalize(dateElement.text()), e));
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
    Iterable<Element> links = e.normalName().equals("a") ? java.util.List.of(e) : e.select("a[href]");
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

  private Element dateElement(Element entry, Element link) {
    for (Element d : entry.getAllElements()) {
      if (d != entry && d != link && d.children().isEmpty() && dates.isDateOnly(d.text())) {
        return d;
      }
    }
    Element next = entry.nextElementSibling();
    if (next != null && next.select("a[href]").isEmpty() && dates.isDateOnly(next.text())) {
      return next;
    }
    return null;
  }

  private static String title(Element link, Element dateElement) {
    String text = Texts.normalize(link.text());
    if (dateElement != null && link.getAllElements().contains(dateElement)) {
      text = Texts.normalize(text.replace(Texts.normalize(dateElement.text()), ""));
    }
    String attr = Texts.normalize(link.attr("title"));
    if (text.isEmpty()) {
      Element img = link.selectFirst("img[alt]");
      return !attr.isEmpty() ? attr : img == null ? "" : Texts.normalize(img.attr("alt"));
    }
    String stem = CUT.matcher(text).replaceAll("").strip();
    if (!attr.isEmpty() && attr.length() > stem.length()
        && (CUT.matcher(text).find() || Texts.compact(attr).startsWith(Texts.compact(stem)))) {
      return attr;
    }
    return text;
  }

  private static String outsideLink(Element entry, Element link) {
    if (entry == link) {
      return "";
    }
    String all = Texts.normalize(entry.text());
    String linkText = Texts.normalize(link.text());
    return linkText.isEmpty() ? all : all.replace(linkText, " ");
  }
}
