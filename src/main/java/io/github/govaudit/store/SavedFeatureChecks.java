package io.github.govaudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.govaudit.features.FeatureCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feature checks of the last finished crawl, saved with the page store's commits under one
 * key, so that {@code report} reads them without asking the site again.
 */
public final class SavedFeatureChecks {

  /** The commit-data key. */
  public static final String KEY = "feature_checks";

  private SavedFeatureChecks() {}

  /** The commit data that saves {@code checks}. */
  public static Map<String, String> save(List<FeatureCheck> checks) {
    try {
      return Map.of(KEY, SummaryFile.mapper().writeValueAsString(checks));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write feature checks", e);
    }
  }

  /** The checks saved as {@code saved}; none when nothing (or nothing readable) was saved. */
  public static List<FeatureCheck> read(Optional<String> saved) {
    if (saved.isEmpty() || saved.get().isBlank()) {
      return List.of();
    }
    try {
      return SummaryFile.mapper().readValue(saved.get(), new TypeReference<List<FeatureCheck>>() {});
    } catch (JsonProcessingException e) {
      return List.of(); // the report then says the entries were not checked
    }
  }
}
