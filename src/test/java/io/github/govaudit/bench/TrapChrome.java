package io.github.govaudit.bench;

/**
 * The plain template of pages the trap overlay adds (calendar days, endless lists, deep folders):
 * UTF-8, a link home, a breadcrumb and a short footer without filing marks, so they never change
 * what a report reads from the site's own footer.
 */
final class TrapChrome {

    private TrapChrome() {
    }

    static String page(String title, String crumbs, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"/css/style.css\">\n</head>\n<body>\n"
                + "<div class=\"header\"><a href=\"/index.html\">返回首页</a></div>\n"
                + "<div class=\"position\">当前位置：<a href=\"/index.html\">首页</a> &gt; " + crumbs + "</div>\n"
                + "<div class=\"main\">\n" + body + "</div>\n"
                + "<div class=\"footer\"><p>版权所有，未经许可不得转载</p></div>\n</body>\n</html>\n";
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
