package io.github.govaudit.gensite2;

/** How a column prints its list and reaches its further pages. */
enum ListStyle {
  /** Hanweb: one datastore per page, {@code perpage:15} script, pages {@code index.html?uid=U&pageNum=N}. */
  HANWEB_PERPAGE_SCRIPT,
  /** Hanweb: one datastore per page carrying a {@code <nextgroup>} element instead of a perpage script. */
  HANWEB_NEXTGROUP,
  /** Home-grown {@code list-12-1.html}, {@code list-12-2.html} with 下一页 / 尾页 links. */
  DASH_LIST,
  /** {@code index.shtml}, {@code index_2.shtml} … with numbered links. */
  SHTML_INDEX,
  /** JSP {@code list.jsp?page=N} with 共N页 and 下一页. */
  JSP_PAGE,
  /** Year tabs: {@code index.html} for the current year, {@code 2025.html}; dates printed {@code [05-12]}. */
  YEAR_TABS,
  /** TRS: {@code index.html}, {@code index_1.html} … only announced by {@code createPageHTML(n, i, "index", "html")}. */
  TRS_CREATE_PAGE,
  /** Old GBK pages without any charset declaration: {@code list.htm}, {@code list_2.htm}. */
  GBK_LIST,
  /** One page, no paging. */
  SINGLE
}
