package io.github.govaudit.crawl;

import java.util.Objects;

/**
 * A link found on a page: the absolute target URL and the text a reader sees for it.
 *
 * @param url absolute URL, fragment removed
 * @param anchor the anchor text (or {@code title}/{@code alt} when the anchor has no text), trimmed; never null
 */
public record Link(String url, String anchor) implements java.io.Serializable {
  public Link {
    Objects.requireNonNull(url, "url");
    anchor = anchor == null ? "" : anchor.strip();
  }
}
