package io.github.govaudit.features;

import java.util.List;

/**
 * The entries a home page offers to the features the work report's 创新发展 rows ask about, each
 * with its address and the label or code it was recognised by.
 *
 * @param search search forms and search links
 * @param accessibility 无障碍 / 适老化 entries: links and assistive toolbar scripts
 * @param languages links to versions in other languages
 * @param personal links to personal or company spaces (千人千网)
 * @param checks what asking the site for these entries showed during the crawl (none before it)
 */
public record SiteFeatures(List<Entry> search, List<Entry> accessibility, List<Entry> languages,
    List<Entry> personal, List<FeatureCheck> checks) {

  /** A home page that offers none of them (or no home page). */
  public static final SiteFeatures NONE = new SiteFeatures(List.of(), List.of(), List.of(), List.of());

  public SiteFeatures {
    search = List.copyOf(search);
    accessibility = List.copyOf(accessibility);
    languages = List.copyOf(languages);
    personal = List.copyOf(personal);
    checks = List.copyOf(checks);
  }

  /** The entries of a page, not yet checked. */
  public SiteFeatures(List<Entry> search, List<Entry> accessibility, List<Entry> languages, List<Entry> personal) {
    this(search, accessibility, languages, personal, List.of());
  }

  /** The same entries with what checking them showed. */
  public SiteFeatures withChecks(List<FeatureCheck> found) {
    return new SiteFeatures(search, accessibility, languages, personal, found);
  }

  /** The checks of one feature ({@link FeatureCheck#SEARCH} …). */
  public List<FeatureCheck> checksOf(String feature) {
    return checks.stream().filter(c -> c.feature().equals(feature)).toList();
  }

  /**
   * One entry.
   *
   * @param url where it leads (a link's target, a form's action, a script's source), absolute
   * @param label the link text, or what recognised it ({@code form}, {@code script})
   * @param script whether it is a script the page loads rather than a page it links to
   */
  public record Entry(String url, String label, boolean script) {}
}
