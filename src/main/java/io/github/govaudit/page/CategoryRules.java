package io.github.govaudit.page;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The column-name rules of the counting rules (counting-rules.md): which columns are 概况, 政务动态
 * or 信息公开目录, which are 专题, 解读, 回应关切 and interaction columns, and what kind an
 * interpretation is. Position in the tree wins over a name: any element of the path naming the
 * disclosure tree makes the column disclosure.
 */
public final class CategoryRules {

  /** Names of the 政府信息公开 directory tree: everything under them is 信息公开目录. */
  static final Pattern DISCLOSURE_TREE =
      Pattern.compile("信息公开|公开目录|主动公开|依申请公开|政务信息公开|公开指南|公开年报|公开制度");
  /**
   * Many sites keep the directory's categories (规划信息, 财政预决算, 人事信息 …) straight under a
   * 政务公开 section instead of a 信息公开 one: there they are the directory all the same.
   */
  static final Pattern OPEN_GOVERNMENT = Pattern.compile("政务公开|政府公开|政务信息");
  static final Pattern DIRECTORY_CATEGORY = Pattern.compile(
      "规划信息|规划计划|发展规划|财政信息|财政预决算|预决算|财政资金|统计信息|统计数据|人事信息|人事任免|"
          + "行政许可|行政处罚|行政执法|双公示|政府采购|招标采购|重大项目|政策文件|规范性文件|建议提案|"
          + "权责清单|权力清单|责任清单|收费目录|公共资源配置|重点领域");

  /** 政务动态 columns: news, notices and work updates (工作动态 contains 动态). */
  static final Pattern NEWS =
      Pattern.compile("要闻|动态|新闻|通知公告|公示公告|公告|通知|公示|快讯|资讯|头条|播报|图片新闻|视频新闻|工作信息|政务信息|领导活动|领导讲话|时政|简报|工作进展|媒体聚焦|媒体关注|热点关注|重要信息|有关活动|重要活动");
  /** 概况 columns: the region or body, its organisation, duties, leaders and contacts. */
  static final Pattern OVERVIEW =
      Pattern.compile("概况|简介|概览|机构职能|主要职责|职能|职责|内设机构|直属单位|下属单位|领导信息|领导之窗|领导介绍|领导分工|领导班子|厅领导|局领导|委领导|办领导|现任领导|联系方式|联系我们|历史沿革|沿革|区情|市情|县情|省情|镇情|乡情|机构设置|组织机构|走进|行政区划|自然地理|人口民族");
  /** Columns that are neither news nor overview whatever their parents are called. */
  static final Pattern OTHER_KINDS =
      Pattern.compile("解读|回应|互动|征集|访谈|留言|信箱|咨询|投诉|办事|服务|下载|查询|专题|专栏|问答|调查");
  /** 专题专栏 sections. */
  static final Pattern TOPIC = Pattern.compile("专题");
  /** Interpretation columns and titles. */
  static final Pattern INTERPRETATION = Pattern.compile("解读|图解|一图读懂|一图看懂|图读|读懂");
  /** An item outside interpretation columns is one only when its title says 解读 or 图解 (counting-rules.md). */
  static final Pattern INTERPRETATION_TITLE = Pattern.compile("解读|图解");
  /** Interpretation products: graphics, comics, video, audio, H5. */
  static final Pattern PRODUCT =
      Pattern.compile("图解|一图|图读|长图|漫画|动漫|视频|微视频|H5|h5|音频|动画|海报|微课|短视频|音视频");
  /** Columns of media reviews. */
  static final Pattern MEDIA_COLUMN = Pattern.compile("媒体解读|媒体评论|媒体视角|媒体观点|媒体声音|媒体评说|媒体看|专家评论");
  /** 来源 values that name a news outlet rather than a government body. */
  static final Pattern NEWS_OUTLET =
      Pattern.compile("人民日报|新华社|光明日报|经济日报|人民网|新华网|央视|中央电视台|CCTV|央广|中央人民广播电台|中国新闻网|中新社|中新网|中国日报|法治日报|法制日报|工人日报|中国青年报|农民日报|科技日报|澎湃|新京报|光明网|求是|半月谈|环球时报|经济参考报|证券时报|第一财经|日报|晚报|晨报|都市报|商报|时报|新闻网|电视台|广播电台|卫视|报社|融媒体中心|观察者网|中国网");
  /** Hot-response columns. */
  static final Pattern HOT_RESPONSE = Pattern.compile("回应关切|回应社会关切|舆情回应|热点回应|回应关注|关切回应");
  static final Pattern CONSULTATION = Pattern.compile("意见征集|征集调查|民意征集|网上调查|调查征集|征求意见|民意调查|在线调查");
  static final Pattern INTERVIEW = Pattern.compile("在线访谈|访谈|直播访谈");
  static final Pattern MESSAGE = Pattern.compile("留言|信箱|咨询投诉|网上咨询|我要咨询|我要写信|来信");
  /** A body that is mostly pictures or video has less text than this. */
  static final int PRODUCT_MAX_TEXT = 300;

  private static final UrlCategories URL_HINTS = new UrlCategories();

  private CategoryRules() {}

  /** The rules of counting-rules.md. */
  public static CategoryRules defaults() {
    return new CategoryRules();
  }

  /** Category of a column given its path from the top (breadcrumb without 首页). */
  public Category categorize(List<String> columnPath) {
    if (columnPath.stream().anyMatch(n -> DISCLOSURE_TREE.matcher(n).find())) {
      return Category.DISCLOSURE;
    }
    // a topic inside 政务公开 (政务公开 > 专题服务 > … > 政策文件) is a topic, not the directory
    if (isTopic(columnPath)) {
      return Category.OTHER;
    }
    if (columnPath.stream().anyMatch(n -> OPEN_GOVERNMENT.matcher(n).find())
        && columnPath.stream().anyMatch(n -> DIRECTORY_CATEGORY.matcher(n).find())) {
      return Category.DISCLOSURE;
    }
    for (int i = columnPath.size() - 1; i >= 0; i--) {
      String name = columnPath.get(i);
      if (NEWS.matcher(name).find()) {
        return Category.NEWS;
      }
      if (OVERVIEW.matcher(name).find()) {
        return Category.OVERVIEW;
      }
      if (OTHER_KINDS.matcher(name).find()) {
        return Category.OTHER;
      }
    }
    return Category.OTHER;
  }

  /** True for columns under a 专题专栏 / 专题 section. */
  public boolean isTopic(List<String> columnPath) {
    return columnPath.stream().anyMatch(n -> TOPIC.matcher(n).find());
  }

  /** True when the column or the title says 解读 / 图解. */
  public boolean isInterpretation(List<String> columnPath, String title) {
    if (title != null && INTERPRETATION_TITLE.matcher(title).find()) {
      return true;
    }
    if (columnPath.isEmpty() || HOT_RESPONSE.matcher(columnPath.get(columnPath.size() - 1)).find()) {
      return false;
    }
    // a section named for both (解读回应) holds response columns too: it makes interpretations of the
    // items listed in it directly, not of those in its sub-columns (回应关切 …)
    String own = columnPath.get(columnPath.size() - 1);
    return INTERPRETATION.matcher(own).find()
        || columnPath.stream().anyMatch(n -> INTERPRETATION.matcher(n).find() && !n.contains("回应"));
  }

  /**
   * The category a URL's folders suggest ({@code /xxgk/} disclosure, {@code /gzdt/} news,
   * {@code /jggk/} overview), for a column whose place in the tree is unknown.
   */
  public Optional<Category> fromUrl(String url) {
    return URL_HINTS.of(url);
  }

  /** True when a title says it is an interpretation (解读 / 图解), wherever it is listed. */
  public boolean isInterpretationTitle(String title) {
    return title != null && INTERPRETATION_TITLE.matcher(title).find();
  }

  /** The kind of an interpretation, null when the item is not one. */
  public InterpretationKind interpretationKind(
      List<String> columnPath, String title, String contentSource, BodyStats body) {
    return isInterpretation(columnPath, title) ? kindOf(columnPath, title, contentSource, body) : null;
  }

  /** The kind of an item already known to be an interpretation (by the rules or a reviewed override). */
  public InterpretationKind kindOf(List<String> columnPath, String title, String contentSource, BodyStats body) {
    String column = columnPath.isEmpty() ? "" : columnPath.get(columnPath.size() - 1);
    if (PRODUCT.matcher(column).find() || (title != null && PRODUCT.matcher(title).find())) {
      return InterpretationKind.PRODUCT;
    }
    if (columnPath.stream().anyMatch(n -> MEDIA_COLUMN.matcher(n).find())
        || (contentSource != null && NEWS_OUTLET.matcher(contentSource).find())) {
      return InterpretationKind.MEDIA_REVIEW;
    }
    if (body != null && (body.hasVideo() || body.hasAudio()
        || body.textChars() < PRODUCT_MAX_TEXT && body.largeImages() > 0)) {
      return InterpretationKind.PRODUCT;
    }
    return InterpretationKind.MATERIAL;
  }

  /** True for 回应关切 columns. */
  public boolean isHotResponse(List<String> columnPath) {
    return columnPath.stream().anyMatch(n -> HOT_RESPONSE.matcher(n).find());
  }

  /** The interaction kind of a column, empty when it is not an interaction column. */
  public Optional<InteractionKind> interactionKind(List<String> columnPath) {
    String column = columnPath.isEmpty() ? "" : columnPath.get(columnPath.size() - 1);
    if (CONSULTATION.matcher(column).find()) {
      return Optional.of(InteractionKind.CONSULTATION);
    }
    if (INTERVIEW.matcher(column).find()) {
      return Optional.of(InteractionKind.INTERVIEW);
    }
    if (MESSAGE.matcher(column).find()) {
      return Optional.of(InteractionKind.MESSAGE);
    }
    return Optional.empty();
  }
}
