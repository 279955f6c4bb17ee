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
 */
public record SiteFeatures(List<Entry> search, List<Entry> accessibility, List<Entry> languages,
    List<Entry> personal) {

  /** A home page that offers none of them (or no home page). */
  public static final SiteFeatures NONE = new SiteFeatures(List.of(), List.of(), List.of(), List.of());

  public SiteFeatures {
    search = List.copyOf(search);
    accessibility = List.copyOf(accessibility);
    languages = List.copyOf(languages);
    personal = List.copyOf(personal);
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
