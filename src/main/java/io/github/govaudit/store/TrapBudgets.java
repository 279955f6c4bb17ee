package io.github.govaudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.govaudit.crawl.TrapGuard;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The trap budgets a crawl has spent, saved with each commit of the page store under one key. */
public final class TrapBudgets {

  /** The commit-data key. */
  public static final String KEY = "trap_budgets";

  private TrapBudgets() {}

  /** The commit data that saves {@code spent}. */
  public static Map<String, String> save(List<TrapGuard.Spent> spent) {
    try {
      return Map.of(KEY, SummaryFile.mapper().writeValueAsString(spent));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write trap budgets", e);
    }
  }

  /** The budgets saved as {@code saved}; none when nothing (or nothing readable) was saved. */
  public static List<TrapGuard.Spent> read(Optional<String> saved) {
    if (saved.isEmpty() || saved.get().isBlank()) {
      return List.of();
    }
    try {
      return SummaryFile.mapper().readValue(saved.get(), new TypeReference<List<TrapGuard.Spent>>() {});
    } catch (JsonProcessingException e) {
      return List.of(); // budgets start over: a trap costs one more budget, nothing is lost
    }
  }
}
