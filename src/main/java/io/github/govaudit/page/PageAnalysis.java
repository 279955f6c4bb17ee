package io.github.govaudit.page;

import io.github.govaudit.marks.FilingMarks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one stored page is and holds, as understood by {@link PageAnalyzer}.
 *
 * @param url the page's final URL
 * @param pageType home, list, item, disclosure item, search or other
 * @param title the article's or column's title, not the site name
 * @param publishDate the publish date, or null when none was found (always null on list and home
 *     pages)
 * @param dateSource where {@code publishDate} was read, null when there is none
 * @param column the column name, or null
 * @param breadcrumb the breadcrumb elements from 首页, empty when none
 * @param category the publishing category of the page's column
 * @param interpretationKind the kind of interpretation, null when the page is not one
 * @param listItems entries of the main list (list pages), empty otherwise
 * @param pagination the paging of the list
 * @param disclosure the disclosure metadata table, or null
 * @param meta government meta tags by their exact names
 * @param contentSource 来源, or null
 * @param body what the article body is made of
 * @param marks the filing marks, badge and 纠错 entry the page shows
 * @param accessibility what the page lacks for assistive technology (images without alt …)
 * @param consultation what the page prints of a consultation's outcome (opinions, participants, result)
 * @param interview what the page prints of an online interview's figures (questions, answers, viewers)
 */
public record PageAnalysis(
    String url,
    PageType pageType,
    String title,
    LocalDate publishDate,
    DateSource dateSource,
    String column,
    List<String> breadcrumb,
    Category category,
    InterpretationKind interpretationKind,
    List<ListItem> listItems,
    Pagination pagination,
    Disclosure disclosure,
    Map<String, String> meta,
    String contentSource,
    BodyStats body,
    FilingMarks marks,
    AccessibilityFacts accessibility,
    ConsultationFacts consultation,
    InterviewFacts interview) {

  public PageAnalysis {
    breadcrumb = List.copyOf(breadcrumb);
    listItems = List.copyOf(listItems);
    meta = ordered(meta);
    marks = marks == null ? FilingMarks.NONE : marks;
    accessibility = accessibility == null ? AccessibilityFacts.NONE : accessibility;
    consultation = consultation == null ? ConsultationFacts.NONE : consultation;
    interview = interview == null ? InterviewFacts.NONE : interview;
  }

  /** An analysis printing no interview figure. */
  public PageAnalysis(String url, PageType pageType, String title, LocalDate publishDate, DateSource dateSource,
      String column, List<String> breadcrumb, Category category, InterpretationKind interpretationKind,
      List<ListItem> listItems, Pagination pagination, Disclosure disclosure, Map<String, String> meta,
      String contentSource, BodyStats body, FilingMarks marks, AccessibilityFacts accessibility,
      ConsultationFacts consultation) {
    this(url, pageType, title, publishDate, dateSource, column, breadcrumb, category, interpretationKind, listItems,
        pagination, disclosure, meta, contentSource, body, marks, accessibility, consultation, InterviewFacts.NONE);
  }

  /** An analysis printing nothing of a consultation's outcome nor of an interview's figures. */
  public PageAnalysis(String url, PageType pageType, String title, LocalDate publishDate, DateSource dateSource,
      String column, List<String> breadcrumb, Category category, InterpretationKind interpretationKind,
      List<ListItem> listItems, Pagination pagination, Disclosure disclosure, Map<String, String> meta,
      String contentSource, BodyStats body, FilingMarks marks, AccessibilityFacts accessibility) {
    this(url, pageType, title, publishDate, dateSource, column, breadcrumb, category, interpretationKind, listItems,
        pagination, disclosure, meta, contentSource, body, marks, accessibility, ConsultationFacts.NONE,
        InterviewFacts.NONE);
  }

  /** An analysis without accessibility facts (nothing found missing). */
  public PageAnalysis(String url, PageType pageType, String title, LocalDate publishDate, DateSource dateSource,
      String column, List<String> breadcrumb, Category category, InterpretationKind interpretationKind,
      List<ListItem> listItems, Pagination pagination, Disclosure disclosure, Map<String, String> meta,
      String contentSource, BodyStats body, FilingMarks marks) {
    this(url, pageType, title, publishDate, dateSource, column, breadcrumb, category, interpretationKind, listItems,
        pagination, disclosure, meta, contentSource, body, marks, AccessibilityFacts.NONE, ConsultationFacts.NONE,
        InterviewFacts.NONE);
  }

  /** The metas in their order, as small as a page's few metas allow. */
  private static Map<String, String> ordered(Map<String, String> meta) {
    if (meta.isEmpty()) {
      return Map.of();
    }
    if (meta.size() == 1) {
      Map.Entry<String, String> only = meta.entrySet().iterator().next();
      return Map.of(only.getKey(), only.getValue());
    }
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
  }
}
