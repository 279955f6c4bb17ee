package io.github.govaudit.bench;

import java.time.Instant;

/**
 * Path growth: a page served for any path under {@code /deep/} whose relative link {@code sub/}
 * leads one folder deeper, {@code /deep/sub/sub/…}, until the request line is too long for the
 * server (414), as nginx's 8 KB limit does.
 */
final class DeepPathTrap implements Trap {

    static final String ENTRY = "/deep/";
    /** Longer paths are refused with 414 URI Too Long. */
    static final int MAX_PATH_LENGTH = 8000;

    private final Instant modified;

    DeepPathTrap(Instant modified) {
        this.modified = modified;
    }

    @Override
    public String name() {
        return "path growth";
    }

    @Override
    public boolean owns(Target target) {
        return target.path().startsWith(ENTRY);
    }

    @Override
    public Reply answer(Target target) {
        if (target.path().length() > MAX_PATH_LENGTH) {
            return Reply.html(414, TrapChrome.page("414", "<span>414</span>", "<h1>414 Request-URI Too Large</h1>\n"), modified);
        }
        int depth = (target.path().length() - ENTRY.length()) / "sub/".length();
        String body = "<h2>网站导航</h2>\n<p>第 " + depth + " 级目录</p>\n<ul><li><a href=\"sub/\">下级目录</a></li>"
                + "<li><a href=\"/index.html\">网站首页</a></li></ul>\n";
        return Reply.html(200, TrapChrome.page("网站导航", "<span>网站导航</span>", body), modified);
    }

    @Override
    public String rejectRegex() {
        return "/deep/";
    }
}
