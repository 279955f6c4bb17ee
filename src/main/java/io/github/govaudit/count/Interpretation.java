package io.github.govaudit.count;

import io.github.govaudit.page.InterpretationKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 解读回应: interpretations of the year by kind, and responses to public concerns. */
final class Interpretation {

  private Interpretation() {}

  static Map<String, Field> count(ItemIndex index, int year) {
    List<Item> items = index.inYear(year);
    List<Item> all = items.stream().filter(i -> i.interpretation() != null).toList();
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("total", Field.crawled(all.size(), InfoPublishing.urls(all),
        "materials + products + media reviews published in " + year + "; external entries excluded"));
    f.put("materials", kind(items, InterpretationKind.MATERIAL, "解读材料: mainly text"));
    f.put("products", kind(items, InterpretationKind.PRODUCT,
        "解读产品: 图解, 一图读懂, video, audio, H5 … in the title or column, or a body that is mainly images or video"));
    f.put("media_reviews", kind(items, InterpretationKind.MEDIA_REVIEW,
        "媒体评论文章: in a 媒体解读 column or sourced from a news outlet"));
    List<Item> hot = items.stream().filter(Item::hotResponse).toList();
    f.put("hot_responses", Field.crawled(hot.size(), InfoPublishing.urls(hot),
        "items in 回应关切 columns; the form counts one response per hot topic, so merge repeats by hand"));
    return f;
  }

  private static Field kind(List<Item> items, InterpretationKind k, String note) {
    List<Item> in = items.stream().filter(i -> i.interpretation() == k).toList();
    return Field.crawled(in.size(), InfoPublishing.urls(in), note);
  }
}
