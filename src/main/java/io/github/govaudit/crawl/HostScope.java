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
  private static final Set<String> ATTACHMENT_TYPES = Set.of(
      "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "ofd", "zip", "rar", "7z", "gz", "tar",
      "jpg", "jpeg", "png", "gif", "bmp", "svg", "webp", "ico", "mp3", "mp4", "avi", "flv", "wmv", "mov", "wav",
      "swf", "exe", "apk", "iso", "css", "js", "json", "xml");

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
    return mayAsk(url) && !isAttachment(pathOf(url));
  }

  /** Whether {@code url} may be asked for at all, whatever its type: on the site and not excluded. */
  public boolean mayAsk(String url) {
    if (!isOnSite(url)) {
      return false;
    }
    for (Pattern p : exclude) {
      if (p.matcher(url).find()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAttachment(String path) {
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/') || path.length() - dot > 6) {
      return false;
    }
    return ATTACHMENT_TYPES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
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
    String u = url.strip();
    int start = u.regionMatches(true, 0, "http://", 0, 7) ? 7 : u.regionMatches(true, 0, "https://", 0, 8) ? 8 : -1;
    if (start < 0) {
      return null;
    }
    int end = start;
    while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
      end++;
    }
    String authority = u.substring(start, end);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    String host = hostPort.startsWith("[") ? hostPort.substring(0, hostPort.indexOf(']') + 1)
        : hostPort.split(":", 2)[0];
    return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
  }

}
