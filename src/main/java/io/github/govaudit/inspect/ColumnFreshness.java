package io.github.govaudit.inspect;

import io.github.govaudit.count.Column;
import io.github.govaudit.page.ListItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Criteria A3: columns not updated within their kind's window ({@code stale_column}) and columns
 * with nothing in them ({@code blank_column}). A column's finding points at its list page; items
 * without a date count as not updated (the official rule) and are said to be undated, so a clerk can
 * add dates; dates after the monitoring point are left out.
 */
final class ColumnFreshness {

  /**
   * The findings and the veto counts they add to.
   *
   * @param staleA stale news and first-level notice / policy columns (veto a)
   * @param staleB other stale columns (veto b)
   * @param blank blank columns
   */
  record Result(List<Finding> findings, int staleA, int staleB, int blank) {}

  private final ColumnKinds kinds;
  private final FindingMaker stale;
  private final FindingMaker blank;

  ColumnFreshness(Ruleset ruleset, List<ColumnKindOverride> overrides) {
    this.kinds = new ColumnKinds(ruleset, overrides);
    this.stale = new FindingMaker(ruleset, InspectionChecks.STALE_COLUMN);
    this.blank = new FindingMaker(ruleset, InspectionChecks.BLANK_COLUMN);
  }

  Result check(List<Column> columns, LocalDate asOf) {
    return check(columns, asOf, url -> false, url -> null);
  }

  /**
   * @param scripted whether a list page loads its items by script (then an empty list is unverified)
   * @param pageDate an item's publish date on its own page, or null: used when its list shows none
   */
  Result check(List<Column> columns, LocalDate asOf, java.util.function.Predicate<String> scripted,
      java.util.function.Function<String, LocalDate> pageDate) {
    List<Finding> out = new ArrayList<>();
    int a = 0;
    int b = 0;
    int blanks = 0;
    for (Column c : columns) {
      ColumnKinds.Decision d = kinds.of(c);
      if (d.kind().isEmpty()) {
        continue; // archived by the profile
      }
      Ruleset.ColumnKind kind = d.kind().get();
      if (c.entries().isEmpty()) {
        boolean byScript = c.pageUrls().stream().anyMatch(scripted) || scripted.test(c.url());
        out.add(blankFinding(c, kind, d, byScript));
        blanks += byScript ? 0 : 1;
        continue;
      }
      Optional<Finding> f = staleFinding(c, kind, d, asOf, pageDate);
      if (f.isPresent()) {
        out.add(f.get());
        if (groupA(c, kind)) {
          a++;
        } else {
          b++;
        }
      }
    }
    return new Result(out, a, b, blanks);
  }

  private static boolean groupA(Column c, Ruleset.ColumnKind kind) {
    return "a".equals(kind.group()) && (!Boolean.TRUE.equals(kind.firstLevelOnly()) || c.path().size() <= 1);
  }

  private Finding blankFinding(Column c, Ruleset.ColumnKind kind, ColumnKinds.Decision d, boolean byScript) {
    if (byScript) {
      return blank.make(Status.UNVERIFIED, c.url(), "column " + label(c) + " showed no item, but its page loads content"
              + " by script that the crawl does not run", "0 items read", "a column must have content",
          List.of(new Finding.Evidence(c.url(), "script-loaded list")), "Check the column by hand in a browser.");
    }
    return blank.make(Status.FAIL, c.url(), "column " + label(c) + " lists no item", "0 items",
        "a column must have content", List.of(new Finding.Evidence(c.url(), "kind " + kind.kind() + " (" + d.source() + ")")),
        "Publish the column's content, or remove the column (or mark it archived in the profile if it ended).");
  }

  private Optional<Finding> staleFinding(Column c, Ruleset.ColumnKind kind, ColumnKinds.Decision d, LocalDate asOf,
      java.util.function.Function<String, LocalDate> pageDate) {
    if (kind.window().isEmpty() || "none".equals(kind.group())) {
      return Optional.empty();
    }
    LocalDate limit = asOf.minus(kind.window().get());
    Optional<ListItem> newest = c.entries().stream()
        .map(i -> i.date() != null || pageDate.apply(i.url()) == null ? i
            : new ListItem(i.title(), i.url(), pageDate.apply(i.url()), "on its page"))
        .filter(i -> i.date() != null && !i.date().isAfter(asOf))
        .max(Comparator.comparing(ListItem::date));
    if (newest.isPresent() && !newest.get().date().isBefore(limit)) {
      return Optional.empty();
    }
    String threshold = kind.windowText() + " (kind " + kind.kind() + " by " + d.source()
        + (Boolean.FALSE.equals(kind.confirmed()) ? ", window unconfirmed" : "") + ")";
    if (newest.isEmpty()) {
      return Optional.of(stale.make(Status.FAIL, c.url(), "column " + label(c) + " lists " + c.entries().size()
          + " items, none dated: undated items count as not updated", "no dated item", threshold,
          List.of(new Finding.Evidence(c.entries().get(0).url(), "undated: " + c.entries().get(0).title())),
          "Show each item's publish date in the list, and publish within " + kind.windowText() + "."));
    }
    ListItem n = newest.get();
    long days = ChronoUnit.DAYS.between(n.date(), asOf);
    return Optional.of(stale.make(Status.FAIL, c.url(), "column " + label(c) + " has no item since " + n.date(),
        days + " days since the newest item", threshold, List.of(new Finding.Evidence(n.url(), n.date() + " " + n.title())),
        "Publish in the column at least every " + kind.windowText() + ", or mark it archived in the profile."));
  }

  private static String label(Column c) {
    return c.name().isBlank() ? c.url() : "「" + c.name() + "」";
  }
}
