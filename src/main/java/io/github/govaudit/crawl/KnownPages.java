package io.github.govaudit.crawl;

import java.util.List;
import java.util.Optional;

/**
 * What an earlier crawl into the same store left: the stored copy of a page (its validators and
 * links) and which entries lists showed with which titles. Lets a later crawl ask only for what may
 * have changed. Thread-safe.
 */
public interface KnownPages {

  /** No earlier crawl. */
  KnownPages NONE = new KnownPages() {
    @Override
    public Optional<Known> lookup(String url) {
      return Optional.empty();
    }

    @Override
    public boolean listedBefore(String url, String anchor) {
      return false;
    }
  };

  /**
   * A stored page.
   *
   * @param etag its ETag, or empty
   * @param lastModified its Last-Modified, or empty
   * @param links the links it showed
   */
  record Known(String etag, String lastModified, List<Link> links) {
    public Known {
      links = List.copyOf(links);
    }
  }

  /** The stored copy of {@code url}. */
  Optional<Known> lookup(String url);

  /** Whether some stored page linked {@code url} with the text {@code anchor}. */
  boolean listedBefore(String url, String anchor);
}
