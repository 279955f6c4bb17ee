package io.github.govaudit.crawl;

import io.github.govaudit.profile.CrawlProfile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which URLs the crawler may fetch: only http(s) on the profile's allowed hosts, not
 * excluded by the profile, and not a file type that is an attachment rather than a page.
 */
public final class HostScope {

  /** Attachments are listed as items but never fetched: their date and title come from the list. */
  private static final Pattern ATTACHMENT =
      Pattern.compile(
          "(?i).*\\.(pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|gz|tar|jpe?g|png|gif|bmp|svg|webp|ico"
              + "|mp[34]|avi|flv|wmv|mov|wav|swf|exe|apk|iso|css|js|json|xml)$");

  private final Set<String> hosts;
  private final List<Pattern> exclude;

  public HostScope(CrawlProfile profile) {
    this.hosts = Set.copyOf(profile.allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    this.exclude = profile.exclude().stream().map(Pattern::compile).toList();
  }

  /** Whether {@code url} is on an allowed host (whatever its type). */
  public boolean isOnSite(String url) {
    String host = hostOf(url);
    return host != null && hosts.contains(host);
  }

  /** Whether the crawler may fetch {@code url}. */
  public boolean mayFetch(String url) {
    if (!isOnSite(url)) {
      return false;
    }
    String path = pathOf(url);
    if (ATTACHMENT.matcher(path).matches()) {
      return false;
    }
    return exclude.stream().noneMatch(p -> p.matcher(url).find());
  }

  private static String pathOf(String url) {
    int q = url.indexOf('?');
    String noQuery = q < 0 ? url : url.substring(0, q);
    int hash = noQuery.indexOf('#');
    return hash < 0 ? noQuery : noQuery.substring(0, hash);
  }

  /**
   * The lower-case host of an http(s) URL, or null for anything else. Read by hand rather than
   * with {@link URI}, so that a link with unescaped spaces or Chinese in its path keeps its host.
   */
  public static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    int start = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (start < 0) {
      return null;
    }
    int end = start;
    while (end < lower.length() && "/?#".indexOf(lower.charAt(end)) < 0) {
      end++;
    }
    String authority = lower.substring(start, end);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    String host = hostPort.startsWith("[") ? hostPort.substring(0, hostPort.indexOf(']') + 1)
        : hostPort.split(":", 2)[0];
    return host.isEmpty() ? null : host;
  }
}
