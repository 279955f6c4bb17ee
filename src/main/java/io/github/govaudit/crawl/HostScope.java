package io.github.govaudit.crawl;

import io.github.govaudit.profile.CrawlProfile;
import java.net.URI;
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
    String path = URI.create(url).getRawPath();
    if (path != null && ATTACHMENT.matcher(path).matches()) {
      return false;
    }
    return exclude.stream().noneMatch(p -> p.matcher(url).find());
  }

  private static String hostOf(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        return null;
      }
      return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
