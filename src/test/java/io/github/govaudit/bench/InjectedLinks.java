package io.github.govaudit.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The links the trap overlay writes into real pages, where real sites have them: a 便民服务 box on
 * the home page leading to every trap, a sort and filter bar on every list page, and links with
 * session ids on the home page and on each column's first list page. The block sits between two
 * markers so the server can write it again for a request that carries a session id (new ids: the
 * chain never ends) or a sort order (the bar merges the current choice: many combinations).
 */
final class InjectedLinks {

    static final String START = "<!--bench:links-->";
    static final String END = "<!--/bench:links-->";
    /** Query parameters of the sort and filter bar. */
    static final List<String> SORT_PARAMS = List.of("sort", "order", "type");
    /** Session links the home page carries, one of each kind. */
    private static final int HOME_SESSION_LINKS = 3;
    private static final List<String[]> SORT_CHOICES = List.of(
            new String[] {"sort", "date", "按日期"}, new String[] {"sort", "title", "按标题"},
            new String[] {"order", "asc", "升序"}, new String[] {"order", "desc", "降序"},
            new String[] {"type", "all", "全部"}, new String[] {"type", "tz", "通知"}, new String[] {"type", "gg", "公告"},
            new String[] {"type", "wj", "文件"}, new String[] {"type", "qt", "其他"});
    private static final List<String> SESSION_LABELS = List.of("最新信息", "政务公开", "办事指南");
    /** Later pages of a list: index_2.html, list_2.html, ?page=2, ?pageNum=2. */
    private static final Pattern LATER_PAGE = Pattern.compile("(index|list)_\\d+\\.\\w+$|[?&](page|pageNum)=\\d+");

    /** A link of the home page's box. */
    record Link(String label, String href) {
    }

    /** What the request for a page variant carried. */
    record Context(Optional<SessionIds.Session> session, Map<String, String> sort) {
        static final Context NONE = new Context(Optional.empty(), Map.of());

        Context {
            sort = Map.copyOf(sort);
        }
    }

    private final long seed;
    private final String home;
    private final Set<String> lists;
    private final List<String> firstPages = new ArrayList<>();
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private final List<Link> homeLinks;

    /**
     * @param listPages every list page, columns in order and each column's pages in order
     * @param homeLinks the entries to the traps the home page's box shows
     */
    InjectedLinks(long seed, String home, List<String> listPages, List<Link> homeLinks) {
        this.seed = seed;
        this.home = home;
        this.lists = Set.copyOf(listPages);
        this.homeLinks = List.copyOf(homeLinks);
        for (String page : listPages) {
            if (!LATER_PAGE.matcher(page).find()) {
                firstIndex.put(page, firstPages.size());
                firstPages.add(page);
            }
        }
    }

    boolean carriesLinks(String path) {
        return path.equals(home) || lists.contains(path);
    }

    /** The page with its block written in, before the footer. */
    String inject(String path, String html) {
        if (!carriesLinks(path)) {
            return html;
        }
        String block = START + block(path, Context.NONE) + END + "\n";
        int at = html.lastIndexOf("<div class=\"footer\"");
        if (at < 0) {
            at = html.lastIndexOf("</body>");
        }
        return at < 0 ? html + block : html.substring(0, at) + block + html.substring(at);
    }

    /** The page with its block written again for a request's context. */
    String refresh(String path, String html, Context context) {
        int start = html.indexOf(START);
        int end = html.indexOf(END, start + 1);
        if (start < 0 || end < 0 || !carriesLinks(path)) {
            return html;
        }
        return html.substring(0, start + START.length()) + block(path, context) + html.substring(end);
    }

    private String block(String path, Context context) {
        StringBuilder html = new StringBuilder();
        if (path.equals(home)) {
            html.append("<div class=\"side-links\"><h3>便民服务</h3>\n<ul>\n");
            homeLinks.forEach(link -> html.append("<li><a href=\"").append(link.href()).append("\">")
                    .append(link.label()).append("</a></li>\n"));
            for (int k = 0; k < Math.min(HOME_SESSION_LINKS, firstPages.size()); k++) {
                SessionIds.Kind kind = SessionIds.Kind.values()[k];
                html.append("<li><a href=\"").append(sessionLink(path, firstPages.get(k), kind, context)).append("\">")
                        .append(SESSION_LABELS.get(k)).append("</a></li>\n");
            }
            return html.append("</ul></div>\n").toString();
        }
        html.append("<div class=\"list-tools\">排序：");
        for (String[] choice : SORT_CHOICES) {
            if (choice[0].equals("type") && choice[1].equals("all")) {
                html.append(" 筛选：");
            }
            Map<String, String> merged = new LinkedHashMap<>();
            SORT_PARAMS.forEach(name -> {
                String value = name.equals(choice[0]) ? choice[1] : context.sort().get(name);
                if (value != null) {
                    merged.put(name, value);
                }
            });
            StringBuilder href = new StringBuilder(path);
            merged.forEach((name, value) -> href.append(href.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(value));
            html.append("<a href=\"").append(TrapChrome.esc(href.toString())).append("\">").append(choice[2]).append("</a> ");
        }
        Integer first = firstIndex.get(path);
        if (first != null && firstPages.size() > 1) {
            SessionIds.Kind kind = SessionIds.Kind.values()[first % SessionIds.Kind.values().length];
            html.append(" <a href=\"").append(sessionLink(path, firstPages.get((first + 1) % firstPages.size()), kind, context))
                    .append("\">下一栏目</a>");
        }
        return html.append("</div>\n").toString();
    }

    private String sessionLink(String from, String to, SessionIds.Kind kind, Context context) {
        String basis = context.session().map(SessionIds.Session::id).orElse("seed" + seed) + "|" + from + "|" + to;
        return TrapChrome.esc(SessionIds.link(to, kind, SessionIds.id(kind, basis)));
    }
}
