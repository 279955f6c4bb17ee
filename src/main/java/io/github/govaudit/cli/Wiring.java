package io.github.govaudit.cli;

import io.github.govaudit.crawl.LinkSource;
import java.util.List;

/** Composes the stages: which link sources the crawler uses besides plain anchors. */
final class Wiring {

  private Wiring() {}

  static List<LinkSource> linkSources() {
    return List.of(new io.github.govaudit.page.RevealedLinks());
  }
}
