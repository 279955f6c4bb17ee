package io.github.govaudit.count;

import io.github.govaudit.interaction.MessageStats;
import io.github.govaudit.interaction.PublishedMessages;
import io.github.govaudit.interaction.ReplyLimit;
import io.github.govaudit.interaction.UnifiedPlatform;
import io.github.govaudit.page.InteractionKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 互动交流: what the site shows of its consultations, interviews, messages and Q&A robot.
 * Consultations and interviews are the items of the year in columns flagged as such
 * (counting-rules.md); the consultations' outcome and the interviews' figures are what their pages
 * print ({@link ConsultationOutcome}, {@link InterviewOutcome}); the intelligent Q&A entry is a link
 * the site labels so. Rows the pages do not show (unpublished messages, figures no page prints) stay
 * missing with the reason.
 */
final class Interaction {

  /** Link texts of an intelligent Q&A entry. */
  static final Pattern INTELLIGENT_QA = Pattern.compile("智能问答|智能客服|智能机器人|智能咨询|政务机器人|智能助手");

  private static final String BY_HAND = ": fill in by hand";

  private static final List<String> MESSAGE_ROWS = List.of("messages_received", "messages_concluded",
      "public_replies", "mean_handling_days", "concluded_on_time", "on_time_rate");

  private Interaction() {}

  /**
   * The interaction rows of {@code year}.
   *
   * @param limit the reply limit of 按时办结, with where it came from
   */
  static Map<String, Field> count(List<Column> columns, ItemIndex index, Site site, int year, ReplyLimit limit) {
    Map<String, Field> f = new LinkedHashMap<>();
    for (String key : NotYetMeasured.INTERACTION) {
      f.put(key, Field.missing(NotYetMeasured.WHY));
    }
    List<Item> items = index.inYear(year);
    Optional<List<Item>> consultations = issues(columns, items, InteractionKind.CONSULTATION);
    f.put("consultations", issuesField(columns, consultations, InteractionKind.CONSULTATION,
        "征集调查期数: items of " + year + " in 意见征集 / 征集调查 / 网上调查 columns"));
    f.putAll(consultations.map(c -> ConsultationOutcome.count(c, site, year))
        .orElseGet(() -> ConsultationOutcome.unknown(noColumn(InteractionKind.CONSULTATION))));
    Optional<List<Item>> interviews = issues(columns, items, InteractionKind.INTERVIEW);
    f.put("interviews", issuesField(columns, interviews, InteractionKind.INTERVIEW,
        "在线访谈期数: items of " + year + " in 在线访谈 / 访谈 columns"));
    f.putAll(interviews.map(i -> InterviewOutcome.count(i, site, year))
        .orElseGet(() -> InterviewOutcome.unknown(noColumn(InteractionKind.INTERVIEW))));
    f.put("intelligent_qa", intelligentQa(site));
    f.put("unified_platform", unifiedPlatform(columns, site));
    f.putAll(messages(site.messages(), year, limit));
    return f;
  }

  /** The 留言办理 rows from the messages the site publishes; missing, with the reason, when it shows none. */
  static Map<String, Field> messages(PublishedMessages published, int year, ReplyLimit limit) {
    Map<String, Field> f = new LinkedHashMap<>();
    MessageStats s = MessageStats.of(published.messages(), year, limit);
    if (s.received() == 0) {
      String why = published.pages().isEmpty() ? "no published message list (留言 / 信箱 / 咨询投诉 with message dates)"
          + " was found" : "the message lists show no message dated " + year;
      for (String key : MESSAGE_ROWS) {
        f.put(key, Field.missing(why + "; " + MessageStats.NOTE + BY_HAND));
      }
      return f;
    }
    List<String> evidence = published.pages();
    String note = "messages dated " + year + " in the lists at the evidence; " + MessageStats.NOTE;
    f.put("messages_received", Field.crawled(s.received(), evidence, note));
    f.put("messages_concluded", Field.crawled(s.concluded(), evidence, note + "; concluded: a reply date or 已办结 / 已回复"));
    f.put("public_replies", Field.crawled(s.publicReplies(), evidence, note + "; replies published with a date"));
    f.put("mean_handling_days", s.meanDays().map(d -> Field.crawled(d, evidence, note + "; days from message to reply"))
        .orElse(Field.missing("no published reply carries a date" + BY_HAND)));
    String within = "replied within " + limit.days() + " days (the limit used" + (limit.basis().isEmpty() ? ""
        : ": " + limit.basis()) + ")";
    f.put("concluded_on_time", Field.crawled(s.onTime(), evidence, note + "; " + within));
    f.put("on_time_rate", s.onTimeRate().map(r -> Field.crawled(r, evidence, note + "; percent of concluded " + within))
        .orElse(Field.missing("no concluded message" + BY_HAND)));
    return f;
  }

  /** "yes" with the platform when all (at least two) interaction entries lead to one; else listed for a person. */
  private static Field unifiedPlatform(List<Column> columns, Site site) {
    Set<String> entries = new java.util.TreeSet<>();
    site.anchors().forEach((url, text) -> {
      if (UnifiedPlatform.ENTRY.matcher(text).find()) entries.add(url);
    });
    columns.stream().filter(c -> c.interaction().isPresent()).map(Column::url).forEach(entries::add);
    UnifiedPlatform platforms = new UnifiedPlatform();
    Optional<String> shared = platforms.shared(entries);
    if (shared.isPresent()) {
      return Field.crawled("yes", List.copyOf(entries), "all " + entries.size()
          + " interaction entries (留言 / 信箱 / 咨询 / 征集 / 访谈 links and columns) lead to " + shared.get());
    }
    return Field.missing(entries.isEmpty() ? "no interaction entry was found: check by hand"
        : "interaction entries lead to " + platforms.platforms(entries).keySet() + ": check by hand");
  }

  /** The items of the year in columns flagged {@code kind}; empty when the site shows no such column. */
  private static Optional<List<Item>> issues(List<Column> columns, List<Item> items, InteractionKind kind) {
    Set<String> flagged = flagged(columns, kind);
    return flagged.isEmpty() ? Optional.empty()
        : Optional.of(items.stream().filter(i -> i.columns().stream().anyMatch(flagged::contains)).toList());
  }

  private static Field issuesField(List<Column> columns, Optional<List<Item>> issues, InteractionKind kind,
      String note) {
    return issues.map(in -> Field.crawled(in.size(), InfoPublishing.urls(in), note + "; columns: "
        + String.join(", ", flagged(columns, kind).stream().sorted().toList())))
        .orElseGet(() -> Field.missing(noColumn(kind)));
  }

  private static Set<String> flagged(List<Column> columns, InteractionKind kind) {
    return columns.stream().filter(c -> c.interaction().equals(Optional.of(kind)))
        .map(Column::url).collect(Collectors.toSet());
  }

  private static String noColumn(InteractionKind kind) {
    return "the site shows no " + (kind == InteractionKind.CONSULTATION ? "征集调查" : "在线访谈")
        + " column" + BY_HAND + " (0 if there were none)";
  }

  /** "yes" with the entries' addresses when a link is labelled as a Q&A robot, else missing. */
  private static Field intelligentQa(Site site) {
    List<String> entries = site.anchors().entrySet().stream()
        .filter(e -> INTELLIGENT_QA.matcher(e.getValue()).find())
        .map(Map.Entry::getKey).sorted().toList();
    return entries.isEmpty()
        ? Field.missing("no link labelled 智能问答 / 智能客服 / 智能机器人 was found: check by hand")
        : Field.crawled("yes", entries, "links labelled 智能问答 / 智能客服 / 智能机器人 on the site");
  }
}
