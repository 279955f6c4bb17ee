package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the list a Hanweb (大汉 JCMS) column keeps out of the DOM, in
 * {@code <script type="text/xml"><datastore><recordset><record><![CDATA[<li>…</li>]]></record>},
 * with its {@code totalrecord}, per-page count and paging URL form.
 */
final class HanwebDatastore {

  private static final Pattern RECORD =
      Pattern.compile("<record[^>]*>\\s*<!\\[CDATA\\[(.*?)\\]\\]>\\s*</record>", Pattern.DOTALL);
  private static final Pattern TOTAL = Pattern.compile("<totalrecord>\\s*(\\d+)\\s*</totalrecord>");
  private static final Pattern PER_PAGE =
      Pattern.compile("(?i)['\"]?perpage['\"]?\\s*[:=]\\s*['\"]?(\\d+)");
  private static final Pattern UNIT = Pattern.compile("(?i)unitid['\"]?\\s*[:=]\\s*['\"]?(\\d+)");
  private static final Pattern PAGE_LINK = Pattern.compile("\\?uid=(\\d+)&(?:amp;)?pageNum=\\d+");

  /**
   * The data block of a Hanweb list.
   *
   * @param records each record parsed as HTML (its body holds one list entry)
   * @param totalRecords the column's total record count (records when not printed)
   * @param perPage entries per page, or 0 when the page does not say
   * @param unitId the list unit id used in paging URLs, or null
   */
  record Data(List<Element> records, int totalRecords, int perPage, String unitId) {}

  /** The datastore of the page, if it has one. */
  Optional<Data> read(PageContext page) {
    Document doc = page.doc();
    String xml = null;
    for (String data : page.scriptData()) {
      if (data.contains("<datastore") || data.contains("<recordset")) {
        xml = data;
        break;
      }
    }
    if (xml == null) {
      return Optional.empty();
    }
    List<Element> records = new ArrayList<>();
    Matcher r = RECORD.matcher(xml);
    while (r.find()) {
      String fragment = r.group(1).strip();
      if (fragment.startsWith("<tr") || fragment.startsWith("<TR")) {
        fragment = "<table>" + fragment + "</table>";
      }
      records.add(Jsoup.parseBodyFragment(fragment, doc.location()).body());
    }
    Matcher t = TOTAL.matcher(xml);
    int total = t.find() ? Integer.parseInt(t.group(1)) : records.size();
    String html = page.html();
    Matcher p = PER_PAGE.matcher(html);
    int perPage = p.find() ? Integer.parseInt(p.group(1)) : 0;
    Matcher link = PAGE_LINK.matcher(html);
    Matcher unit = WordStarts.find(UNIT, html);
    String unitId = link.find() ? link.group(1) : unit != null ? unit.group(1) : null;
    return Optional.of(new Data(records, total, perPage, unitId));
  }
}
