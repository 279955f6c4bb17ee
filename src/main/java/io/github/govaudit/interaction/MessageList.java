package io.github.govaudit.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the published messages of one message list page (a table with 留言时间/回复时间 columns, or
 * {@code <li>} rows with labelled dates) or of one message item page.
 */
public final class MessageList {
  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
  private static final Pattern ASKED = Pattern.compile("(?:留言|提问|来信|咨询)(?:时间|日期)[：:]?\\s*");
  private static final Pattern REPLIED = Pattern.compile("(?:回复|答复|办结)(?:时间|日期)[：:]?\\s*");

  /** Messages in a table or list; rows without a message date are skipped. */
  public List<Message> fromList(Document page) {
    List<Message> table = fromTables(page);
    return table.isEmpty() ? fromRows(page.select("li"), page.location()) : table;
  }

  /** The message an item page prints (留言时间：… 回复时间：…), if it prints a message date. */
  public Optional<Message> fromItem(Document page) {
    String text = page.body() == null ? "" : page.body().text();
    return labelled(text, ASKED)
        .map(asked -> new Message(page.title(), asked, labelled(text, REPLIED),
            concludedText(text) || labelled(text, REPLIED).isPresent(), page.location()));
  }

  private List<Message> fromTables(Document page) {
    List<Message> out = new ArrayList<>();
    for (Element table : page.select("table")) {
      Elements rows = table.select("tr");
      if (rows.isEmpty()) continue;
      List<String> head = rows.get(0).select("th,td").eachText();
      int asked = column(head, ASKED), replied = column(head, REPLIED);
      if (asked < 0) continue;
      for (Element row : rows.subList(1, rows.size())) {
        tableRow(row, asked, replied, page.location()).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Message> tableRow(Element row, int asked, int replied, String base) {
    Elements cells = row.select("td");
    if (cells.size() <= asked) return Optional.empty();
    Optional<LocalDate> when = date(cells.get(asked).text());
    Optional<LocalDate> answer = replied >= 0 && cells.size() > replied
        ? date(cells.get(replied).text()) : Optional.empty();
    Element link = row.selectFirst("a[href]");
    String url = link == null ? base : link.absUrl("href");
    String title = link == null ? cells.get(0).text() : link.text();
    return when.map(d -> new Message(title, d, answer, answer.isPresent() || concludedText(row.text()), url));
  }

  private List<Message> fromRows(Elements rows, String base) {
    List<Message> out = new ArrayList<>();
    for (Element li : rows) {
      String text = li.text();
      Element link = li.selectFirst("a[href]");
      String url = link == null ? base : link.absUrl("href");
      String title = link == null ? text : link.text();
      Optional<LocalDate> answer = labelled(text, REPLIED);
      labelled(text, ASKED).ifPresent(d ->
          out.add(new Message(title, d, answer, answer.isPresent() || concludedText(text), url)));
    }
    return out;
  }

  private static int column(List<String> head, Pattern label) {
    for (int i = 0; i < head.size(); i++) {
      String h = head.get(i);
      if (label.matcher(h).find() || label.matcher(h + "：").find()) return i;
    }
    return -1;
  }

  private static Optional<LocalDate> labelled(String text, Pattern label) {
    Matcher m = label.matcher(text);
    return m.find() ? date(text.substring(m.end(), Math.min(text.length(), m.end() + 24)).trim()) : Optional.empty();
  }

  private static boolean concludedText(String text) {
    return (text.contains("已办结") || text.contains("已回复") || text.contains("已答复"))
        && !text.contains("未回复") && !text.contains("办理中");
  }

  static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) return Optional.empty();
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
