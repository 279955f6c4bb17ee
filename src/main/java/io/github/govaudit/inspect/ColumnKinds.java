package io.github.govaudit.inspect;

import io.github.govaudit.count.Column;
import io.github.govaudit.page.Category;
import java.util.List;
import java.util.Optional;

/**
 * Which kind a column is, and so within which window it must be updated: a profile decision first,
 * then the ruleset's name patterns on the column's name and its path (deepest first), then the
 * category page understanding gave it (政务动态 → news). 专题 and interaction columns are {@code other}
 * unless the profile says otherwise: an ended 专题 is not stale, and 留言 follow their own rule.
 */
final class ColumnKinds {

  /** The kind of columns nothing else says anything about. */
  static final String OTHER = "other";

  private final Ruleset ruleset;
  private final List<ColumnKindOverride> overrides;

  ColumnKinds(Ruleset ruleset, List<ColumnKindOverride> overrides) {
    this.ruleset = ruleset;
    this.overrides = List.copyOf(overrides);
  }

  /**
   * A column's kind and where the decision came from.
   *
   * @param kind the kind, empty when the column is archived
   * @param source {@code profile}, {@code name}, {@code category} or {@code default}
   */
  record Decision(Optional<Ruleset.ColumnKind> kind, String source) {}

  Decision of(Column c) {
    for (ColumnKindOverride o : overrides) {
      if (o.matches(c.url(), c.name())) {
        return new Decision(ColumnKindOverride.ARCHIVED.equals(o.kind()) ? Optional.empty() : ruleset.kind(o.kind())
            .or(() -> ruleset.kind(OTHER)), "profile");
      }
    }
    if (!c.topic().isEmpty() || c.interaction().isPresent()) {
      return new Decision(ruleset.kind(OTHER), "default");
    }
    for (int i = c.path().size() - 1; i >= 0; i--) {
      String name = c.path().get(i);
      Optional<Ruleset.ColumnKind> k = ruleset.columnKinds().stream().filter(kind -> kind.matches(name)).findFirst();
      if (k.isPresent()) {
        return new Decision(k, "name");
      }
    }
    if (c.category() == Category.NEWS && ruleset.kind("news").isPresent()) {
      return new Decision(ruleset.kind("news"), "category");
    }
    return new Decision(ruleset.kind(OTHER), "default");
  }
}
