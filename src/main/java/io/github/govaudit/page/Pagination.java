package io.github.govaudit.page;

import java.util.List;

/**
 * The paging of a column list.
 *
 * @param pages total number of pages of the list (1 when it has no paging)
 * @param urls absolute URLs of all pages of the list, in order, this page included
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
