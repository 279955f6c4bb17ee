package io.github.govaudit.gensite2;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Renders item pages: Hanweb and TRS articles, home-grown pages, disclosure documents with their table. */
final class ItemPages {

  private static final DateTimeFormatter CN = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
  private static final String[] SENTENCES = {
    "会议强调，要坚持以人民为中心的发展思想，把各项工作做细做实。",
    "各县（市、区）、各部门要进一步压实责任，细化工作措施，确保各项任务落地见效。",
    "要加强统筹协调，强化督促检查，及时研究解决工作中遇到的困难和问题。",
    "下一步，我市将持续深化改革创新，不断提升群众的获得感、幸福感、安全感。",
    "活动现场，工作人员向过往群众发放宣传资料，耐心解答群众咨询。",
    "据了解，今年以来全市累计排查整改问题隐患一千余处，办结群众诉求八百余件。",
    "与会人员围绕重点任务进行了深入交流，并就下一阶段工作提出意见建议。",
    "各级各部门要提高政治站位，切实把思想和行动统一到市委、市政府的决策部署上来。"
  };

  private final PageChrome chrome;

  ItemPages(PageChrome chrome) {
    this.chrome = chrome;
  }

  /** The page of an item, listed (first) in the given column; null for a page in no column (breadcrumb 首页 > 正文). */
  String render(Item item, Column column) {
    Random words = new Random(item.url().hashCode());
    String metas = "<meta name=\"ArticleTitle\" content=\"" + item.title() + "\">\n"
        + (column == null ? "" : "<meta name=\"ColumnName\" content=\"" + column.name() + "\">\n")
        + (item.dateOnPage() && item.template() != Item.Template.PLAIN && item.template() != Item.Template.GBK
            ? "<meta name=\"PubDate\" content=\"" + item.date() + " " + time(words) + "\">\n" : "")
        + (item.source().isEmpty() ? "" : "<meta name=\"ContentSource\" content=\"" + item.source() + "\">\n");
    String crumb = column == null
        ? chrome.breadcrumb("当前位置：", " &gt; ", java.util.List.<String[]>of(new String[] {"正文", null}))
        : chrome.breadcrumb(column, true);
    String body = "<div class=\"w1200 main\">\n" + crumb
        + "<div class=\"article\">\n"
        + (item.hasDisclosureTable() ? table(item, column) : "")
        + "<h1 class=\"article-title\">" + item.title() + "</h1>\n"
        + infoLine(item, words)
        + "<div class=\"article-con\" id=\"zoom\">\n" + content(item, words) + consultation(item, column) + interview(item, column)
        + "</div>\n"
        + "<div class=\"article-tools\"><a href=\"javascript:window.print();\">【打印本页】</a>"
        + "<a href=\"javascript:window.close();\">【关闭窗口】</a></div>\n"
        + "</div>\n" + chrome.sidebar() + "</div>\n";
    boolean gbk = item.template() == Item.Template.GBK;
    return chrome.page(item.title() + "_" + PageChrome.SITE_NAME, metas, body, !gbk, gbk);
  }

  /** What a consultation's page prints of its outcome; nothing on other pages. */
  private static String consultation(Item item, Column column) {
    return column != null && column.name().equals(GeneratedConsultation.COLUMN)
        ? GeneratedConsultation.of(item).html() : "";
  }

  /** What an interview's page prints of its figures; nothing on other pages. */
  private static String interview(Item item, Column column) {
    return column != null && column.name().equals(GeneratedInterview.COLUMN) ? GeneratedInterview.of(item).html() : "";
  }

  private static String infoLine(Item item, Random words) {
    String source = item.source().isEmpty() ? "" : "<span>来源：" + item.source() + "</span>";
    if (!item.dateOnPage()) {
      return "<div class=\"article-info\">" + source + "<span>浏览次数：<script src=\"/count.js\"></script></span>"
          + "<span>【字体：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> "
          + "<a href=\"javascript:doZoom(14)\">小</a>】</span></div>\n";
    }
    String date = switch (item.template()) {
      case HANWEB -> "<span>发布日期：" + item.date() + "</span>";
      case PLAIN -> "<span>发布时间：" + CN.format(item.date()) + " " + time(words) + "</span>";
      default -> "<span>发布时间：" + item.date() + " " + time(words) + "</span>";
    };
    return "<div class=\"article-info\">" + date + source + "<span>【字体：<a href=\"javascript:doZoom(18)\">大</a> "
        + "<a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>】</span></div>\n";
  }

  private static String table(Item item, Column column) {
    String index = "11451300MB17834" + (item.url().length() % 10) + "X/" + item.date().getYear() + "-"
        + String.format("%05d", Math.abs(item.url().hashCode()) % 100000);
    return "<table class=\"xxgk-table\" width=\"100%\">\n"
        + "<tr><th>索引号：</th><td>" + index + "</td><th>主题分类：</th><td>综合政务\\" + column.name() + "</td></tr>\n"
        + "<tr><th>发布机构：</th><td>" + item.source() + "</td><th>成文日期：</th><td>" + CN.format(item.writtenDate())
        + "</td></tr>\n"
        + "<tr><th>文　　号：</th><td>" + item.docNo() + "</td><th>发布日期：</th><td>" + CN.format(item.date())
        + "</td></tr>\n"
        + "<tr><th>标　　题：</th><td colspan=\"3\">" + item.title() + "</td></tr>\n"
        + "<tr><th>有 效 性：</th><td colspan=\"3\">有效</td></tr>\n</table>\n";
  }

  private static String content(Item item, Random words) {
    return switch (item.body()) {
      case IMAGES -> "<p style=\"text-align:center\">（点击图片查看大图）</p>\n" + images(item, 4 + words.nextInt(3));
      case VIDEO -> "<p style=\"text-align:center\"><video src=\"/video/" + Math.abs(item.url().hashCode())
          + ".mp4\" controls=\"controls\" width=\"800\" height=\"450\" poster=\"/images/video_poster.jpg\">"
          + "</video></p>\n<p>视频来源：" + item.source() + "</p>\n";
      default -> text(words);
    };
  }

  private static String images(Item item, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("<p style=\"text-align:center\"><img src=\"/images/content/").append(Math.abs(item.url().hashCode()))
          .append("_").append(i).append(".jpg\" width=\"750\" height=\"1100\" alt=\"").append(item.title())
          .append("\"></p>\n");
    }
    return b.toString();
  }

  private static String text(Random words) {
    StringBuilder b = new StringBuilder();
    int paragraphs = 4 + words.nextInt(5);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>　　");
      for (int s = 0; s < 3; s++) {
        b.append(SENTENCES[words.nextInt(SENTENCES.length)]);
      }
      b.append("</p>\n");
    }
    return b.toString();
  }

  private static String time(Random words) {
    return String.format("%02d:%02d", 8 + words.nextInt(10), words.nextInt(60));
  }

  /** A tiny but well-formed PDF for attachment entries. */
  static byte[] pdf(String title, LocalDate date) {
    String text = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
