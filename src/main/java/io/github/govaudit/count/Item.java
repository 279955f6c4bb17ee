package io.github.govaudit.count;

import io.github.govaudit.page.Category;
import io.github.govaudit.page.DateSource;
import io.github.govaudit.page.InterpretationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One item (信息条目) of the site, once however many columns list it.
 *
 * @param url its canonical URL
 * @param title its title as listed (else as on its page)
 * @param date its publish date, or null when none was found
 * @param dateSource where the date came from, or null
 * @param columns URLs of the columns listing it (empty when only its page was found)
 * @param inColumn whether it sits in a column: listed by one, or placed in one by its own
 *     breadcrumb (a single-page column such as 主要职责); pages in no column are not counted
 * @param categories the publishing categories it counts in
 * @param interpretation its interpretation kind, or null when it is not one
 * @param hotResponse whether it is listed in a 回应关切 column
 * @param topics the topics it belongs to, as column paths joined with " > "
 */
public record Item(
    String url,
    String title,
    LocalDate date,
    DateSource dateSource,
    List<String> columns,
    boolean inColumn,
    Set<Category> categories,
    InterpretationKind interpretation,
    boolean hotResponse,
    Set<String> topics) {

  public Item {
    columns = List.copyOf(columns);
    categories = Set.copyOf(categories);
    topics = Set.copyOf(topics);
  }

  /** Whether it was published in {@code year}. */
  public boolean inYear(int year) {
    return date != null && date.getYear() == year;
  }

  /** Whether it sits in a column: only then does it count (总数 counts items "in any column"). */
  public boolean listed() {
    return inColumn;
  }

  /** Whether it counts for {@code year}: listed in a column and published in that year. */
  public boolean countsIn(int year) {
    return listed() && inYear(year);
  }
}
