package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Habits of real government pages that textbook TRS and Hanweb layouts do not show. */
class RealWorldQuirksTest {

  private final PageAnalyzer analyzer = new PageAnalyzer();

  private PageAnalysis analyze(String url, String html) {
    return analyzer.analyze(url, Jsoup.parse(html, url));
  }

  @Test
  void aTrailOfArrowJoinedLinksFromTheHomeIsTheBreadcrumbWithoutAnyLabel() {
    String url = "http://www.kxw.example.gov.cn/politics/202312/t20231201_55.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>长三角科技创新座谈会在沪召开</title></head><body>
        <div class="top"><a href="/">网站首页</a> | <a href="/politics/">时政新闻</a> | <a href="/kjdt/">科技动态</a></div>
        <div class="title-bar"><span class="t"><a href="http://www.kxw.example.gov.cn/index.html">示范科学网</a></span>
        <span class="t">&gt;</span><span class="t"><a href="http://www.kxw.example.gov.cn/politics/index.html">时政新闻</a></span>
        <span class="t">&gt;</span></div>
        <div class="article"><h1>长三角科技创新座谈会在沪召开</h1>
        <div class="info">2023-12-01 09:12 来源：新华社</div>
        <p>座谈会围绕区域协同创新、科技成果转化等议题进行了深入交流，与会代表提出了多项建议。</p>
        <p>会议指出，要加快建设具有全球影响力的科技创新高地。</p></div>
        <div class="footer">主办单位：示范科学网 网站标识码：bm00000001</div></body></html>""");
    assertThat(a.breadcrumb()).containsExactly("示范科学网", "时政新闻");
    assertThat(a.category()).isEqualTo(Category.NEWS);
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2023, 12, 1));
  }

  @Test
  void markupInsideTheArticleTitleMetaIsReadAsText() {
    String url = "http://www.bync.example.gov.cn/xwzx/bnyw/202301/t20230105_9.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>示范市新闻网</title>
        <meta name="ArticleTitle" content="凝聚强大智慧和力量<div>——热烈祝贺市政协五届一次会议开幕</div>">
        <meta name="PubDate" content="2023-01-05 08:30"></head><body>
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bnyw/">本市要闻</a></div>
        <div class="detail"><h2>凝聚强大智慧和力量</h2><h3>——热烈祝贺市政协五届一次会议开幕</h3>
        <p>政协示范市第五届委员会第一次会议今天隆重开幕。</p></div></body></html>""");
    assertThat(a.title()).isEqualTo("凝聚强大智慧和力量——热烈祝贺市政协五届一次会议开幕");
  }

  @Test
  void aMetadataTableWithFewUsualLabelsOrEmptyValuesStillMakesADisclosureItem() {
    String url = "http://www.wz.example.gov.cn/zwgk/bmxxgkml/tjj/fdzdgknr/tjsj/202305/t20230511_77.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>2022年示范县国民经济和社会发展统计公报</title>
        <meta name="PubDate" content="2023-05-16 12:34:05"></head><body>
        <div class="position">当前位置：<a href="/">首页</a>&gt;<a href="/zwgk/">政务公开</a>&gt;<a href="/zwgk/bmxxgkml/">部门信息公开目录</a>&gt;统计数据</div>
        <table class="xxgk-table">
          <tr><td>索引号：</td><td>WZ-TJJ-2023-0011</td><td>发文日期：</td><td>2023-04-12</td></tr>
          <tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向社会</td></tr>
          <tr><td>责任部门：</td><td>示范县统计局</td><td>公开时限：</td><td>常年公开</td></tr>
        </table>
        <div class="article"><h1>2022年示范县国民经济和社会发展统计公报</h1>
        <p style="text-align:center">（2023年4月12日）</p>
        <p>2022年，全县上下坚持稳中求进工作总基调，经济运行总体平稳。</p></div></body></html>""");
    assertThat(a.pageType()).isEqualTo(PageType.DISCLOSURE_ITEM);
    assertThat(a.category()).isEqualTo(Category.DISCLOSURE);
    assertThat(a.publishDate()).as("the dateline is the document's own date; meta PubDate is the publish date")
        .isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(a.dateSource()).isEqualTo(DateSource.META);
  }

  @Test
  void aChannelPageBoxPerSubColumnIsAGroupOfEntriesAllCountedEachWithItsOwnDate() {
    String url = "http://www.qy.example.gov.cn/xwzx/index.html";
    StringBuilder boxes = new StringBuilder();
    String[][] columns = {{"gzdt", "工作动态", "10"}, {"tzgg", "通知公告", "09"}, {"bmdt", "部门动态", "08"},
        {"xqdt", "县区动态", "07"}, {"tpxw", "图片新闻", "06"}, {"gsgg", "公示公告", "05"}};
    for (String[] c : columns) {
      boxes.append("<div class=\"index-box\"><div class=\"box-tit\"><h3>").append(c[1])
          .append("</h3><a href=\"/xwzx/").append(c[0]).append("/\">更多</a></div><ul>");
      for (int d = 1; d <= 5; d++) {
        boxes.append("<li><a href=\"/xwzx/").append(c[0]).append("/2026").append(c[2]).append("/t2026")
            .append(c[2]).append("0").append(d).append("_").append(d).append(".html\">清源市").append(c[1])
            .append("第").append(d).append(d == 3 ? "条信息：全市秋冬季森林防火百日攻坚行动部署会召开</a><span>2026-" : "条信息标题内容示例</a><span>2026-").append(c[2]).append("-0").append(d)
            .append("</span></li>");
      }
      boxes.append("</ul></div>");
    }
    PageAnalysis a = analyze(url, "<html><head><title>政务动态_清源市人民政府门户网站</title></head><body>"
        + "<div class=\"position\">当前位置：<a href=\"/index.html\">首页</a> &gt; 政务动态</div>"
        + "<div class=\"channel\">" + boxes + "</div></body></html>");
    assertThat(a.listItems()).hasSize(30);
    assertThat(a.listItems()).allSatisfy(i -> assertThat(i.url()).contains(i.date().toString().replace("-", "")));
  }

  @Test
  void anInterpretationWhoseBodyIsPicturesIsAProductWhateverItsColumn() {
    String url = "http://www.qy.example.gov.cn/zcjd/wzjd/202609/t20260906_94819.html";
    StringBuilder pictures = new StringBuilder();
    for (int n = 1; n <= 4; n++) {
      pictures.append("<p style=\"text-align:center\"><img src=\"/images/content/94819_").append(n)
          .append(".jpg\" width=\"750\" height=\"1100\" alt=\"\"></p>");
    }
    PageAnalysis a = analyze(url, "<html><head><title>《工业园区提质若干措施》政策解读</title></head><body>"
        + "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zcjd/\">政策解读</a> &gt; "
        + "<a href=\"/zcjd/wzjd/\">文字解读</a> &gt; 正文</div><div class=\"article\">"
        + "<h1>《工业园区提质若干措施》政策解读</h1><div class=\"article-info\">发布时间：2026-09-06 17:08　来源：清源市财政局</div>"
        + "<div class=\"article-con\"><p style=\"text-align:center\">（点击图片查看大图）</p>" + pictures
        + "</div></div></body></html>");
    assertThat(a.body().largeImages()).isEqualTo(4);
    assertThat(a.interpretationKind()).isEqualTo(InterpretationKind.PRODUCT);
  }

  @Test
  void aNavClassedBlockOfLinksAllJoinedByArrowsIsTheBreadcrumb() {
    String url = "http://www.gxw.example.gov.cn/xwdt/gxdt/dfgz/art/2009/art_11.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>某省推进中小企业数字化转型</title></head><body>
        <div class="menu"><a href="/">首页</a> | <a href="/xwdt/">新闻动态</a> | <a href="/zwgk/">政务公开</a></div>
        <div class="w980 center mnav"><span>
          <a href="/index.html">首页</a> &gt; <a href="/xwdt/index.html">新闻动态</a> &gt;
          <a href="/xwdt/gxdt/index.html">工信动态</a> &gt; <a href="/xwdt/gxdt/dfgz/index.html">地方工作</a>
        </span></div>
        <div class="article"><h1>某省推进中小企业数字化转型</h1><div class="info">发布时间：2009-09-30</div>
        <p>近日，某省召开中小企业数字化转型推进会，部署下一阶段重点工作，推动企业上云用数赋智。</p></div>
        </body></html>""");
    assertThat(a.breadcrumb()).containsExactly("首页", "新闻动态", "工信动态", "地方工作");
    assertThat(a.category()).isEqualTo(Category.NEWS);
  }

  @Test
  void aBlockWhoseAccessibleNameIsTheColumnPathIsTheBreadcrumb() {
    String url = "http://jyt.example.gov.cn/xwzx/jcjy/202311/t20231106_8.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>全省基础教育工作会议召开</title></head><body>
        <div class="wz_top region_nav" role="navigation" aria-label="栏目路径"><span><a href="/index.html">首页</a>
        &gt; <a href="/xwzx/index.html">新闻中心</a> <i>&gt;</i> <a href="/xwzx/jcjy/index.html">基础教育</a></span></div>
        <div class="article"><h1>全省基础教育工作会议召开</h1><div class="info">发布时间：2023-11-06</div>
        <p>会议总结了今年以来全省基础教育工作，安排部署了下一步重点任务。</p></div></body></html>""");
    assertThat(a.breadcrumb()).containsExactly("首页", "新闻中心", "基础教育");
    assertThat(a.category()).isEqualTo(Category.NEWS);
  }

  @Test
  void theGenerationDateOfAHanwebDisclosureTableIsItsPublishDate() {
    String url = "http://www.wz.example.gov.cn/art/2023/5/11/art_1_2.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>2022年国民经济和社会发展统计公报</title></head><body>
        <table class="xxgk"><tr><td>索引号：</td><td>11360922MB1234567/2023-00012</td>
        <td>发布机构：</td><td>县统计局</td></tr>
        <tr><td>生成日期：</td><td>2023-05-11</td><td>文号：</td><td></td></tr></table>
        <div class="article"><h1>2022年国民经济和社会发展统计公报</h1>
        <p>2022年，全县经济运行总体平稳，主要指标好于预期。</p></div></body></html>""");
    assertThat(a.disclosure().publishDate()).isEqualTo(LocalDate.of(2023, 5, 11));
    assertThat(a.disclosure().writtenDate()).isNull();
  }

  @Test
  void aOneRowDocumentTableUnderAHeaderRowIsAListOfOne() {
    String url = "http://xxgk.example.gov.cn/zfwj/jqxxgk/index.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>近期信息公开</title></head><body>
        <div class="nav"><a href="/">首页</a> <a href="#">信息公开</a> <a href="/zfwj/">政府文件</a></div>
        <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zfwj/">政府文件</a> &gt; 近期信息公开</div>
        <table><tbody>
        <tr><th>名称</th><th>索引号</th><th>发布机构</th><th>发布日期</th></tr>
        <tr><td><a href="/bm/202008/t20200805_1353179.html">市教育局关于印发学校安全工作目标管理考核办法的通知</a></td>
        <td>000014348/2020-35428</td><td>市教育局</td><td>2020-08-05</td></tr>
        </tbody></table>
        <script>createPageHTML(56, 0, "index", "html");</script></body></html>""");
    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.disclosure()).isNull();
    assertThat(a.listItems()).hasSize(1);
    assertThat(a.listItems().get(0).date()).isEqualTo(LocalDate.of(2020, 8, 5));
  }

  @Test
  void aDateLabelledWithAnEventWordIsNotThePublishDate() {
    String url = "http://wlj.example.gov.cn/tzgg/content.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>关于举办2024年导游培训班的通知</title></head><body>
        <div class="article"><h1>关于举办2024年导游培训班的通知</h1>
        <p class="meta">2024-03-03 15:54:07 来源:市文化和旅游局</p>
        <p>各有关单位：</p><p>为提升导游服务水平，决定举办导游培训班。培训时间： 2024年3月8日-4月30日</p>
        <p>请各单位按时报名参加。</p></div></body></html>""");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2024, 3, 3));
  }

  @Test
  void theDateUnderATitleBrokenByALineBreakIsThePublishDateNotTheMetaDate() {
    String url = "http://www.sc.example.gov.cn/10462/14721/2024/12/7/5436e585.shtml";
    PageAnalysis a = analyze(url, """
        <html><head><title>示范省医药健康产业供需对接活动举行 现场发布供需清单_示范省人民政府网站</title>
        <meta name="ArticleTitle" content="示范省医药健康产业供需对接活动举行 现场发布供需清单">
        <meta name="PubDate" content="2024-12-10 08:23:48"></head><body>
        <div id="articlecontent"><h2>示范省医药健康产业供需对接活动举行 <br>现场发布供需清单</h2>
        <ul class="attr"><li>2024年12月07日 08时01分</li><li>来源: 示范日报</li></ul>
        <p>12月6日，示范省医药健康产业供需对接活动举行，活动发布医药健康产业供需清单。</p></div></body></html>""");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2024, 12, 7));
    assertThat(a.dateSource()).isEqualTo(DateSource.BODY);
  }

  @Test
  void aDateRunningOnIntoASentenceUnderTheTitleIsNotThePublishDate() {
    String url = "http://www.example.gov.cn/gongbao/content/2007/content_1.htm";
    PageAnalysis a = analyze(url, """
        <html><head><title>示范市人民代表大会常务委员会关于批准调整国债余额限额的决议</title>
        <meta name="firstpublishedtime" content="2007-08-20-10:00:00"></head><body>
        <div class="article"><h1>示范市人民代表大会常务委员会关于批准调整国债余额限额的决议</h1>
        <p>（2007年6月29日示范市第十届人民代表大会常务委员会第二十八次会议通过）</p>
        <p>会议听取了财政局局长所作的说明，并对议案进行了审议，同意调整国债余额限额。</p></div></body></html>""");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2007, 8, 20));
    assertThat(a.dateSource()).isEqualTo(DateSource.META);
  }

  @Test
  void aBlockNamedLikeAMenuThatHoldsTheArticleIsContent() {
    String url = "http://www.xb.example.gov.cn/html/xb/2016/CPJC_0720/241753.html";
    String prose = "社区组织辖区内中小学生开展暑期安全教育、红色故事分享和志愿服务活动，引导学生过一个安全、充实的假期。".repeat(8);
    PageAnalysis a = analyze(url, """
        <html><head><title>示范区管委会</title><meta name="ArticleTitle" content="百丈社区开展学生暑期教育活动">
        <meta name="PubDate" content="2016-07-20 16:05:29"></head><body>
        <div class="menu"><a href="/">首页</a><a href="/class/a">新闻</a><a href="/class/b">服务</a></div>
        <div class="menu_con"><div class="m"><table><tr><td class="NewsTitle">百丈社区开展学生暑期教育活动</td></tr>
        <tr><td>发布日期：2016-07-20&nbsp;&nbsp;来源：春江镇&nbsp;&nbsp;浏览次数：</td></tr>
        <tr><td><p>%s</p></td></tr></table></div></div></body></html>""".formatted(prose));
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2016, 7, 20));
    assertThat(a.dateSource()).isEqualTo(DateSource.BODY);
    assertThat(a.contentSource()).isEqualTo("春江镇");
  }

  @Test
  void bracketedLabelsMakeADisclosureTableWithItsPublishDate() {
    String url = "https://scjgj.example.gov.cn/zz/hcq/zwgk/fdzdgknr/202112/t20211214_10167366.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>食品安全抽样检验管理办法_示范区市场监督管理局</title></head><body>
        <div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; 检查依据</div>
        <table class="zwxl-table"><tbody>
        <tr><td class="t1">[ 索引号 ]</td><td class="t2">11500000MB1678200K/2021-00854</td>
            <td class="t1">[ 发文字号 ]</td><td class="t2">示范总局公告 2018年 第12号</td></tr>
        <tr><td class="t1">[ 发布机构 ]</td><td class="t2">示范区市场监督管理局</td><td class="t1"></td><td class="t2"></td></tr>
        <tr><td class="t1">[ 成文日期 ]</td><td class="t2">2018-06-22</td>
            <td class="t1">[ 发布日期 ]</td><td class="t2">2021-04-09</td></tr>
        </tbody></table>
        <div class="article"><h1>食品安全抽样检验管理办法</h1><p>第一条 为了规范食品安全抽样检验工作，制定本办法。</p></div>
        </body></html>""");
    assertThat(a.pageType()).isEqualTo(PageType.DISCLOSURE_ITEM);
    assertThat(a.disclosure().publishDate()).isEqualTo(LocalDate.of(2021, 4, 9));
    assertThat(a.disclosure().writtenDate()).isEqualTo(LocalDate.of(2018, 6, 22));
    assertThat(a.dateSource()).isEqualTo(DateSource.DISCLOSURE_TABLE);
  }

  @Test
  void aDateLineEndingTheInfoBlockOverTheTitleIsThePublishDate() {
    String url = "https://www.example.gov.cn/zcjd/gnmy/art/2024/art_0949b902.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>电动自行车以旧换新政策解读</title>
        <meta name="PubDate" content="2024-09-23 10:12"></head><body>
        <div class="crumb"><a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a> &gt; <a href="/zcjd/gnmy/">国内贸易</a></div>
        <div class="art-info"><span>来源：流通发展司</span><span>类型：原创</span><span>分类：新闻</span>
        <span>2024-08-30 17:20</span></div>
        <div class="art-con"><h1>电动自行车以旧换新政策解读</h1>
        <p>近日，五部门联合发布了《推动电动自行车以旧换新实施方案》，现就文件有关内容进行解读。</p></div>
        </body></html>""");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2024, 8, 30));
    assertThat(a.dateSource()).isEqualTo(DateSource.BODY);
  }

  @Test
  void aGenericHomeOnlyTrailGivesWayToTheLabelledTrailNamingColumns() {
    String url = "http://www.shy.example.gov.cn/web/ztlm/zt/sy/gzdt59/1545021/index.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>顺义区开展军地书法交流活动</title></head><body>
        <div class="position">您现在的位置：<span><a href="/web/wzsy/index.html">网站首页</a> &gt; <a href="javascript:void(0)">详情页</a></span></div>
        <div class="content"><p id="pos_hide">您的位置：<span><a href="/web/wzsy/index.html">网站首页</a> &gt;
        <a href="javascript:void(0)">专题栏目</a> &gt; <a href="/web/ztlm/zt/sy/index.html">双拥模范城</a> &gt;
        <a href="/web/ztlm/zt/sy/gzdt59/index.html">工作动态</a></span></p>
        <h2>顺义区开展军地书法交流活动</h2><p>更新时间：2024-08-14</p>
        <p>书法家走进军营，与官兵交流书法技艺，共谱鱼水情。</p></div></body></html>""");
    assertThat(a.breadcrumb()).containsExactly("网站首页", "专题栏目", "双拥模范城", "工作动态");
    assertThat(a.category()).isEqualTo(Category.OTHER);
  }

  @Test
  void anArticleWithMoreRelatedLinksThanTextIsStillAnArticle() {
    String url = "http://www.sfx.example.gov.cn/zwdt/gzdt/202405/t20240506_88.html";
    StringBuilder related = new StringBuilder();
    for (int i = 1; i <= 14; i++) {
      related.append("<li><a href=\"/zwdt/gzdt/2024").append(String.format("%02d", i % 12 + 1)).append("/t2024")
          .append(String.format("%02d", i % 12 + 1)).append("05_").append(700 + i).append(".html\">示范县第").append(i)
          .append("次乡村振兴重点任务推进会召开</a><span>2024-").append(String.format("%02d-%02d", i % 12 + 1, i + 1))
          .append("</span></li>");
    }
    PageAnalysis a = analyze(url, """
        <html><head><title>示范县召开乡村振兴推进会_示范县人民政府</title></head><body>
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/gzdt/">工作动态</a></div>
        <div class="main"><div class="ttl">示范县召开乡村振兴推进会</div>
        <div class="info">发布时间：2024-05-06 来源：县农业农村局</div>
        <div class="content"><p>5月6日，示范县召开乡村振兴重点工作推进会，部署下一阶段任务。</p></div>
        <div class="box2"><h4>相关链接</h4><ul>%s</ul></div></div>
        <div class="footer">主办：示范县人民政府办公室 网站标识码：1234560001</div></body></html>""".formatted(related));
    assertThat(a.pageType()).isEqualTo(PageType.ITEM);
    assertThat(a.listItems()).isEmpty();
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2024, 5, 6));
  }

  @Test
  void aDisclosureTableIsReadWholeWhenItsFirstRowAlreadyHoldsThreeLabels() {
    String url = "http://jyt.example.gov.cn/art/2024/10/21/art_1543973_58942886.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>全省教育系统师德师风建设专题培训班举办</title></head><body>
        <table class="xxgk"><tr><td>索引号: 002482082/2024-00332</td><td>文件编号: </td><td>发布机构: 省教育厅</td></tr>
        <tr><td>生成日期: 2024-10-21</td><td>主题分类: 教育</td><td>公开方式: 主动公开</td></tr></table>
        <table id="c"><tr><td class="title">全省教育系统师德师风建设专题培训班举办</td></tr>
        <tr><td>发布日期：2024-10-21 来源：新闻办</td></tr>
        <tr><td><p>10月18日至20日，全省教育系统师德师风建设专题培训班在杭州举办。</p></td></tr></table>
        </body></html>""");
    assertThat(a.disclosure().publishDate()).isEqualTo(LocalDate.of(2024, 10, 21));
    assertThat(a.dateSource()).isEqualTo(DateSource.DISCLOSURE_TABLE);
  }

  @Test
  void aLabelInItsOwnElementTakesTheValueAfterTheColonThatFollowsIt() {
    String url = "http://hdzfxxgk.example.gov.cn/gszbm/auto23716/202008/t20200802_1352104.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>示范市教育局关于印发安全专项整治三年行动实施方案的通知</title></head><body>
        <div class="top cf"><div class="top-l fl">
        <p><strong>索引号</strong>：000014348/2020-35147</p><p><strong>发布机构</strong>：示范市教育局</p>
        <p><strong>文号</strong>：无</p></div>
        <div class="top-r fr"><p><strong>主题分类</strong>：教育</p><p><strong>发布日期</strong>：2020年08月02日</p></div></div>
        <div class="article"><h1>示范市教育局关于印发安全专项整治三年行动实施方案的通知</h1>
        <p>各县（市、区）教育局：现将《实施方案》印发给你们，请认真贯彻执行。</p></div></body></html>""");
    assertThat(a.disclosure().indexNo()).isEqualTo("000014348/2020-35147");
    assertThat(a.disclosure().publisher()).isEqualTo("示范市教育局");
    assertThat(a.disclosure().publishDate()).isEqualTo(LocalDate.of(2020, 8, 2));
  }

  @Test
  void theArticlesOwnDateLineIsNotReadIntoTheDisclosureTableAboveIt() {
    String url = "http://www.ls.example.gov.cn/art/2023/10/23/art_1229283449_2493752.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>示范市人民政府关于下达退役士兵安置任务的通知</title></head><body>
        <div class="xl_con"><table class="xxgk_article"><tbody>
        <tr><td>索引号</td><td>113325000026455663/2023-43887</td><td>文号</td><td>示政发〔2023〕30号</td></tr>
        <tr><td>组配分类</td><td>市政府文件</td><td>发布机构</td><td>市政府</td></tr>
        <tr><td>成文日期</td><td>2023-10-16</td><td>公开方式</td><td>主动公开</td></tr></tbody></table>
        <div class="xl_title">示范市人民政府关于下达退役士兵安置任务的通知</div>
        <div class="xl_doc"><span>发布时间：2023-10-23 08:59</span><span>信息来源：市府办</span></div>
        <div class="zoom"><p>各区人民政府，市直各单位：根据《退役士兵安置条例》，现将安置任务下达给你们，请认真组织实施。</p></div>
        </div></body></html>""");
    assertThat(a.disclosure().publishDate()).isNull();
    assertThat(a.disclosure().writtenDate()).isEqualTo(LocalDate.of(2023, 10, 16));
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2023, 10, 23));
    assertThat(a.dateSource()).isEqualTo(DateSource.BODY);
  }

  @Test
  void aColumnNameMetaNamingTheHomePageNamesNoColumn() {
    String url = "https://xxgk.example.gov.cn/xzf/mzj/fdzdgknr/fgwj/202404/t20240408_1960201.shtml";
    PageAnalysis a = analyze(url, """
        <html><head><title>中华人民共和国慈善法</title><meta name="ColumnName" content="首页">
        <meta name="PubDate" content="2024-04-08 09:00"></head><body>
        <div class="article"><h1>中华人民共和国慈善法</h1>
        <p>第一条 为了发展慈善事业，弘扬慈善文化，规范慈善活动，制定本法。</p></div></body></html>""");
    assertThat(a.column()).isNull();
  }

  private static String trsGroupedList(int entries) {
    StringBuilder groups = new StringBuilder("<div class=\"list_base\" ms-controller=\"list\" role=\"viewlist\"><div ms-visible=\"showStatic\">");
    for (int g = 0; g * 5 < entries; g++) {
      groups.append("<div ms-visible=\"$showStatic(").append(g * 5 + 1).append(")\"><ul>");
      for (int i = g * 5; i < Math.min(entries, g * 5 + 5); i++) {
        groups.append("<li><a href=\"./2025").append(String.format("%02d", i % 12 + 1)).append("/t2025")
            .append(String.format("%02d", i % 12 + 1)).append("11_").append(90000 + i).append(".htm\" title=\"示范区社会事业局关于第")
            .append(i).append("批双随机抽查工作情况的通报\">示范区社会事业局关于第").append(i).append("批双随机抽查工作情况的通报</a><em></em>")
            .append("<span class=\"bf-pass\">2025-").append(String.format("%02d-%02d", i % 12 + 1, i % 27 + 1)).append("</span></li>");
      }
      groups.append("</ul><div class=\"border_b_dashed\"></div></div>");
    }
    return groups.append("</div></div>").toString();
  }

  private PageAnalysis trsColumnPage(int entries, int recordCount) {
    String url = "https://www.pt.example.gov.cn/zwgk/ghxx/gzjzqk/";
    return analyze(url, """
        <html><head><title>工作进展情况_示范区管委会</title><meta name="ColumnName" content="工作进展情况"></head><body>
        <div class="breadcrumb" role="navigation"><span>当前位置：</span><ul><li><a href="../../../">首页</a></li>
        <li><a href="../../">政务公开</a></li><li><a href="../">规划信息</a></li><li><a href="./">工作进展情况</a></li></ul></div>
        %s
        <script>var pageChnlInfo={ quickMode:"动静结合", maxStaticIndex: 5, classsql: "chnlid=1780",
          recordCount:'%d', sortfield:'-docorderpri,-docreltime', prepage:15, cache:true }</script>
        <div class="footer">主办：示范区管委会 网站标识码：3590000009</div></body></html>""".formatted(trsGroupedList(entries), recordCount));
  }

  @Test
  void aListPagedByAScriptsRecordCountHasAsManyPagesAsTheCountFills() {
    PageAnalysis a = trsColumnPage(75, 107);
    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.listItems()).hasSize(75);
    assertThat(a.pagination().pages()).isEqualTo(8);
    assertThat(a.pagination().urls()).containsExactly(a.url());
  }

  @Test
  void aColumnOfOneEntryIsAListOfOne() {
    PageAnalysis a = trsColumnPage(1, 1);
    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.listItems()).hasSize(1);
    assertThat(a.listItems().get(0).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(a.pagination().pages()).isEqualTo(1);
  }

  @Test
  void labelLettersSpacedByEmptySpansStillMakeTheDisclosureTable() {
    String url = "https://zwgk.example.gov.cn/zfxxgkml/scgl/202309/t20230912_947197.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>关于进一步加强大型营业性演出活动规范管理的通知</title></head><body>
        <div class="mbx"><a href="/">首页</a> &gt; 市场管理</div>
        <div class="content_head">
        <div class="bod_head"><dl class="tb1"><dt>索<span style="margin-right:7px"></span>引<span style="margin-right:7px"></span>号：</dt>
        <dd>357D01-16-2023-0005</dd></dl><dl class="tb2"><dt>文<span class="titledq1"></span>号：</dt><dd>文旅市场发〔2023〕96号</dd></dl></div>
        <div class="bod_head"><dl class="tb1"><dt>发文机关：</dt><dd>示范部</dd></dl>
        <dl class="tb2"><dt>发布日期：</dt><dd>2023-09-13</dd></dl></div></div>
        <div class="article"><h1>关于进一步加强大型营业性演出活动规范管理的通知</h1>
        <p>各省、自治区、直辖市文化和旅游厅（局）：为进一步加强大型营业性演出活动规范管理，现就有关事项通知如下。</p></div>
        </body></html>""");
    assertThat(a.pageType()).isEqualTo(PageType.DISCLOSURE_ITEM);
    assertThat(a.disclosure().indexNo()).isEqualTo("357D01-16-2023-0005");
    assertThat(a.disclosure().publishDate()).isEqualTo(LocalDate.of(2023, 9, 13));
  }

  @Test
  void aSignatureDateAfterTheOrdersFirstSentenceIsNotThePublishDate() {
    String url = "http://www.yb.example.gov.cn/art/2026/2/13/art_173_19681.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>示范局规章 医疗保障基金使用监督管理条例实施细则</title>
        <meta name="ArticleTitle" content="医疗保障基金使用监督管理条例实施细则">
        <meta name="PubDate" content="2026-02-13 21:42"></head><body>
        <div class="gz"><h1>医疗保障基金使用监督管理条例实施细则</h1>
        <p>示范局令</p><p>第7号</p>
        <p>《医疗保障基金使用监督管理条例实施细则》已经2026年2月12日示范局局务会议审议通过，现予以公布，自2026年4月1日起施行。</p>
        <p>局长：张三</p><p>2026年2月12日</p>
        <p>第一条 根据有关法律、行政法规，制定本实施细则。</p></div></body></html>""");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(a.dateSource()).isEqualTo(DateSource.META);
  }

  @Test
  void aDateOpeningTheBodysFirstSentenceIsNotThePublishDate() {
    String url = "http://www.mh.example.gov.cn/XXGK/XXGK/ZCFBJD/202604/t20260421_230620.html";
    PageAnalysis a = analyze(url, """
        <html><head><title>解读丨强制性国家标准《民用无人驾驶航空器实名登记和激活要求》</title></head><body>
        <div class="content"><h1>解读丨强制性国家标准《民用无人驾驶航空器实名登记和激活要求》</h1>
        <div class="info">来源：示范民航局 字体：大｜中｜小 打印本页</div>
        <p>2026年5月1日，示范民航局发布的强制性国家标准《民用无人驾驶航空器实名登记和激活要求》将正式实施。</p>
        </div></body></html>""");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2026, 4, 21));
    assertThat(a.dateSource()).isEqualTo(DateSource.URL);
  }
}
