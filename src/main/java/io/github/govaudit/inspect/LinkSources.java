package io.github.govaudit.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages that link to one target: how many, whether the home page is one of them, and the first
 * few with their anchor text (a menu link is on every page; the evidence needs only some).
 * Thread-safe.
 */
final class LinkSources {

  /** Source pages kept per target besides the home page. */
  static final int KEPT = 20;

  private final List<LinkSource> kept = new ArrayList<>();
  private LinkSource home;
  private int count;

  synchronized void add(LinkSource s, boolean isHome) {
    count++;
    if (isHome) {
      home = s;
    } else if (kept.size() < KEPT) {
      kept.add(s);
    }
  }

  /** Pages linking to the target. */
  synchronized int count() {
    return count;
  }

  /** The home page first when it links to the target, then the others kept. */
  synchronized List<LinkSource> evidence() {
    List<LinkSource> out = new ArrayList<>();
    if (home != null) {
      out.add(home);
    }
    out.addAll(kept.subList(0, Math.min(kept.size(), KEPT - out.size())));
    return out;
  }
}
