package io.github.govaudit.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govaudit.count.WorkReport;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reports to render in tests, written as their JSON so that they keep up with the report's record. */
final class SampleReports {

  /** A crawled title a hostile or careless site could print. */
  static final String SCRIPT = "<script>alert(1)</script>";

  private SampleReports() {}

  /** A report whose site name, values, notes, evidence and listed titles carry markup. */
  static WorkReport hostile() {
    return read("""
        {"report": "work", "year": 2026,
         "site": {"name": "<script>alert(1)</script>", "home": "http://www.example.gov.cn/", "allowed_hosts": ["www.example.gov.cn"]},
         "generated_at": "2026-12-05T10:00:00Z", "tool_version": "0.1.0",
         "crawl": {"pages": 3, "started": "2026-12-05T09:00:00Z", "finished": "2026-12-05T09:10:00Z", "errors": 0, "cut": []},
         "sections": {
           "basic_info": {
             "site_name": {"value": "<script>alert(1)</script>", "source": "crawled", "evidence": ["http://www.example.gov.cn/"], "note": "the home page's title <b>bold</b>"},
             "sponsor": {"value": "示范市人民政府办公室", "source": "crawled", "evidence": ["http://www.example.gov.cn/"], "note": "主办单位 in the footer"}
           },
           "info_publishing": {
             "total": {"value": 2, "source": "crawled",
                       "evidence": ["http://www.example.gov.cn/a.html?x=\\"><script>alert(2)</script>", "javascript:alert(3)"],
                       "note": "<img src=x onerror=alert(4)>"}
           }
         },
         "undated": [{"url": "http://www.example.gov.cn/u.html", "title": "<script>alert(1)</script>", "columns": ["http://www.example.gov.cn/list/"]}],
         "external_entries": [], "unreadable_pages": []}
        """);
  }

  /** A report with every kind of row: filled, missing, a yes/no, a key the form does not name, a section and a block it does not know. */
  static JsonNode mixed() {
    return tree("""
        {"report": "work", "year": 2026,
         "site": {"name": "示范市人民政府", "home": "http://www.example.gov.cn/", "allowed_hosts": []},
         "generated_at": "2026-12-05T10:00:00Z", "tool_version": "0.1.0",
         "crawl": {"pages": 3, "started": "", "finished": null, "errors": 0, "cut": []},
         "sections": {
           "basic_info": {
             "site_name": {"value": "示范市人民政府", "source": "profile", "evidence": [], "note": "name given in the crawl profile"},
             "site_code": {"value": "1234567890", "source": "crawled", "evidence": ["http://www.example.gov.cn/"], "note": "footer"},
             "icp": {"value": "京ICP备12345678号-1", "source": "crawled", "evidence": ["http://www.example.gov.cn/"], "note": ""},
             "uv": {"value": null, "source": "missing", "evidence": [], "note": "needs the site's analytics: fill in by hand"}
           },
           "info_publishing": {
             "total": {"value": 1032, "source": "crawled", "evidence": ["http://www.example.gov.cn/a/1.html", "http://www.example.gov.cn/a/2.html"], "note": "distinct items"},
             "news_updates": {"value": 607, "source": "crawled", "evidence": ["http://www.example.gov.cn/a/1.html"], "note": "政务动态"},
             "overlap": {"value": 5, "source": "crawled", "evidence": [], "note": "counted twice"}
           },
           "interaction": {
             "unified_platform": {"value": true, "source": "crawled", "evidence": ["http://hd.example.gov.cn/"], "note": "every entry leads to hd.example.gov.cn"},
             "messages_received": {"value": null, "source": "missing", "evidence": [], "note": "not measured"}
           },
           "future_section": {
             "widgets": {"value": 7, "source": "crawled", "evidence": ["http://www.example.gov.cn/w.html"], "note": "a section added later"}
           }
         },
         "marks": {"site_code": {"value": "1234567890", "pages_with": 40,
                   "pages_missing": ["http://www.example.gov.cn/x.html"],
                   "pages_different": [{"url": "http://www.example.gov.cn/y.html", "value": "9999999999"}], "malformed": []}},
         "undated": [], "external_entries": [], "unreadable_pages": []}
        """);
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkReport read(String json) {
    try {
      return Json.mapper().readValue(json, WorkReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
