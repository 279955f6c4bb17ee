package io.github.govaudit.interaction;

import java.util.List;

/**
 * The messages a site publishes in its 留言 / 信箱 / 咨询投诉 lists, and the list pages they were
 * read from: what the 留言办理 rows count.
 *
 * @param messages every message read, each once
 * @param pages the list pages read
 */
public record PublishedMessages(List<Message> messages, List<String> pages) {

  /** A site that publishes no message list (or one not read). */
  public static final PublishedMessages NONE = new PublishedMessages(List.of(), List.of());

  public PublishedMessages {
    messages = List.copyOf(messages);
    pages = List.copyOf(pages);
  }
}
