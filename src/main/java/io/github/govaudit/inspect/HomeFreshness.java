package io.github.govaudit.inspect;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.Site;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.page.PageAnalysis;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Criteria A2 {@code home_not_updated}: the newest dated item the home page links to (its date from
 * the list that shows it, else the item's own page) must be within the window before the monitoring
 * point. A home page that is only a navigation portal (no dated item) is judged by the items of the
 * columns it links to. Dates after the monitoring point are left out.
 */
final class HomeFreshness {

  /** Items shown as evidence. */
  private static final int EVIDENCE_ITEMS = 5;

  private final FindingMaker maker;
  private final int windowDays;

  HomeFreshness(Ruleset ruleset) {
    this.maker = new FindingMaker(ruleset, InspectionChecks.HOME_NOT_UPDATED);
    this.windowDays = ruleset.thresholds().homeStaleDays();
  }

  /** A dated item and where its date came from. */
  private record Dated(String url, String title, LocalDate date, String source) {}

  Optional<Finding> check(Site site, List<Column> columns, List<Link> homeLinks, LocalDate asOf) {
    Map<String, ListItem> listed = listedItems(columns);
    List<Dated> direct = dated(homeLinks.stream().map(Link::url).toList(), listed, site, asOf);
    String level = "home page";
    List<Dated> items = direct;
    if (direct.isEmpty()) {
      items = secondLevel(homeLinks, columns, asOf);
      level = "second-level pages (the home page shows no dated item)";
    }
    LocalDate limit = asOf.minusDays(windowDays);
    if (!items.isEmpty() && !items.get(0).date().isBefore(limit)) {
      return Optional.empty();
    }
    List<Finding.Evidence> evidence = items.stream().limit(EVIDENCE_ITEMS)
        .map(d -> new Finding.Evidence(d.url(), d.date() + " (" + d.source() + ") " + d.title())).toList();
    String measured = items.isEmpty() ? "no dated item"
        : ChronoUnit.DAYS.between(items.get(0).date(), asOf) + " days since the newest item (" + items.get(0).date() + ")";
    return Optional.of(maker.make(Status.FAIL, site.homeUrl(),
        "no new item on the " + level + " in the " + windowDays + " days before " + asOf, measured,
        windowDays + " d", evidence, "Publish on the home page at least every " + windowDays + " days."));
  }

  private static Map<String, ListItem> listedItems(List<Column> columns) {
    Map<String, ListItem> byUrl = new HashMap<>();
    for (Column c : columns) {
      for (ListItem i : c.entries()) {
        if (i.date() != null) {
          byUrl.putIfAbsent(i.url(), i);
        }
      }
    }
    return byUrl;
  }

  private static List<Dated> dated(List<String> urls, Map<String, ListItem> listed, Site site, LocalDate asOf) {
    List<Dated> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String u : urls) {
      String url = site.afterRedirects(u);
      if (!seen.add(url)) {
        continue;
      }
      ListItem i = listed.get(url);
      PageAnalysis p = site.pages().get(url);
      if (i != null) {
        out.add(new Dated(url, i.title(), i.date(), "list"));
      } else if (p != null && p.publishDate() != null) {
        out.add(new Dated(url, p.title(), p.publishDate(), "page"));
      }
    }
    return sorted(out, asOf);
  }

  private static List<Dated> secondLevel(List<Link> homeLinks, List<Column> columns, LocalDate asOf) {
    Set<String> linked = new HashSet<>(homeLinks.stream().map(Link::url).toList());
    List<Dated> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.pageUrls().stream().anyMatch(linked::contains) || linked.contains(c.url())) {
        c.entries().stream().filter(i -> i.date() != null)
            .forEach(i -> out.add(new Dated(i.url(), i.title(), i.date(), "list " + c.url())));
      }
    }
    return sorted(out, asOf);
  }

  private static List<Dated> sorted(List<Dated> items, LocalDate asOf) {
    return items.stream().filter(d -> !d.date().isAfter(asOf))
        .sorted(Comparator.comparing(Dated::date).reversed()).toList();
  }
}
