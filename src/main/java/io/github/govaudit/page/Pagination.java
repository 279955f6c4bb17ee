package io.github.govaudit.page;

import java.util.List;

/**
 * The paging of a column list.
 *
 * @param pages total number of pages of the list (1 when it has no paging)
 * @param urls absolute URLs of the pages of the list that have an address of their own, in order,
 *     this page included: all of them, except for a list whose script fetches its further pages from
 *     an API (then fewer than {@code pages})
 */
public record Pagination(int pages, List<String> urls) {
  public Pagination {
    urls = List.copyOf(urls);
  }

  /** A list of one page, at {@code url}. */
  public static Pagination single(String url) {
    return new Pagination(1, List.of(url));
  }
}
