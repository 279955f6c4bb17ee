package io.github.govaudit.cli;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.Item;
import io.github.govaudit.count.WorkReportBuilder;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.render.Terminal;
import io.github.govaudit.store.PageReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code govaudit columns}: prints the column tree as the report reads it, for a person to review. */
@Command(name = "columns", mixinStandardHelpOptions = true,
    description = "Print the site's column tree with categories and flags, to review and override in the profile.")
final class ColumnsCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  private final PrintWriter out;

  ColumnsCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
  }

  @Override
  public Integer call() throws CliError, IOException {
    try (PageReader reader = ReportRun.openStore(store.data)) {
      int y = ReportRun.year(store.year, reader);
      CategoryRules rules = CategoryRules.defaults();
      WorkReportBuilder.Counted counted = new WorkReportBuilder(rules,
          ReportRun.settings(store.profile, reader).columns())
          .count(ReportRun.understand(reader, store.data));
      Map<String, List<Item>> byColumn = new HashMap<>();
      for (Item i : counted.items().items()) {
        i.columns().forEach(c -> byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(i));
      }
      out.printf("# %d columns; items and last update per column; category source: rules | url | profile%n",
          counted.columns().size());
      for (Column c : counted.columns()) {
        print(c, byColumn.getOrDefault(c.url(), List.of()), y);
      }
      return 0;
    }
  }

  private void print(Column c, List<Item> items, int y) {
    long inYear = items.stream().filter(i -> i.inYear(y)).count();
    LocalDate last = items.stream().map(Item::date).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    List<String> flags = new ArrayList<>();
    if (!c.topic().isEmpty()) {
      flags.add("topic");
    }
    if (c.interpretation()) {
      flags.add("interpretation");
    }
    if (c.hotResponse()) {
      flags.add("hot-response");
    }
    c.interaction().ifPresent(k -> flags.add("interaction:" + k.name().toLowerCase(java.util.Locale.ROOT)));
    out.printf("%s%s  [%s/%s]%s  pages=%d items=%d in%d=%d last=%s  %s%n",
        "  ".repeat(Math.max(0, c.path().size() - 1)), Terminal.clean(c.name()), c.category().key(), c.categorySource(),
        flags.isEmpty() ? "" : " " + String.join(",", flags), c.pageUrls().size(), items.size(), y, inYear,
        last == null ? "-" : last, c.url());
  }
}
