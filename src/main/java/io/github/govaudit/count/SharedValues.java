package io.github.govaudit.count;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal value read from the store (URLs, breadcrumb names, dates), so a site of
 * 200k pages keeps a column name once rather than once per page. Thread-safe; drop it once the
 * store is read, the values stay with the analyses that use them.
 */
final class SharedValues {

  private final Map<Object, Object> values = new ConcurrentHashMap<>();

  /** The kept copy equal to {@code value}, which becomes it when none is kept yet; null stays null. */
  @SuppressWarnings("unchecked")
  <T> T shared(T value) {
    if (value == null) {
      return null;
    }
    Object kept = values.get(value); // most values are kept already, and a lookup locks nothing
    if (kept == null) {
      kept = values.putIfAbsent(value, value);
    }
    return kept == null ? value : (T) kept;
  }
}
