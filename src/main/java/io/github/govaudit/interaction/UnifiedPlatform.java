package io.github.govaudit.interaction;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Groups a site's interaction entries by platform (host + first path segment, e.g.
 * {@code www.gj.gov.cn/hdjl}); a site uses a unified platform when two or more entries all lead to one.
 */
public final class UnifiedPlatform {
  /** Link texts of an interaction entry. */
  public static final Pattern ENTRY = Pattern.compile(
      "我要留言|我要咨询|我要写信|我要投诉|我要建议|领导信箱|书记信箱|市长信箱|县长信箱|区长信箱|咨询投诉|留言板|征集调查|在线访谈|互动交流|政民互动");

  /** Entries per platform, platforms sorted. */
  public Map<String, TreeSet<String>> platforms(Collection<String> entryUrls) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (String url : entryUrls) {
      platform(url).ifPresent(p -> out.computeIfAbsent(p, k -> new TreeSet<>()).add(url));
    }
    return out;
  }

  /** The one platform all (at least two) entries lead to, if there is one. */
  public Optional<String> shared(Collection<String> entryUrls) {
    Map<String, TreeSet<String>> by = platforms(entryUrls);
    int entries = by.values().stream().mapToInt(TreeSet::size).sum();
    return by.size() == 1 && entries >= 2 ? Optional.of(by.keySet().iterator().next()) : Optional.empty();
  }

  static Optional<String> platform(String url) {
    try {
      URI u = URI.create(url.trim());
      if (u.getHost() == null) return Optional.empty();
      String path = u.getPath() == null ? "" : u.getPath();
      String[] parts = path.split("/");
      String first = parts.length > 1 && !parts[1].contains(".") ? parts[1] : "";
      return Optional.of(u.getHost().toLowerCase() + "/" + first);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
