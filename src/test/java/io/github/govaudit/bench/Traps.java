package io.github.govaudit.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The trap overlay for a generated site: an event calendar, session ids, sort and filter orders,
 * two endless lists, a redirect loop and an endless redirect chain, path growth, oversized pages and
 * binary files labelled text/html; plus the links that lead there, written into the real home and
 * list pages the way real sites link them. Works on any site given its home and list pages.
 */
public final class Traps {

    private final SiteContent content;
    private final List<Trap> traps;
    private final List<EndlessList> endlessLists;
    private final InjectedLinks links;

    /**
     * @param content the site's files (the traps answer real pages under session ids and sort orders)
     * @param listPages the site's list pages, columns in order and each column's pages in order
     * @param modified the modification time of generated trap pages
     */
    Traps(long seed, int year, SiteContent content, String home, List<String> listPages, Instant modified) {
        this.content = content;
        CalendarTrap calendar = new CalendarTrap(LocalDate.of(year, 6, 15), modified);
        EndlessList interviews = new EndlessList(EndlessList.Scheme.QUERY, "/hdjl/zxft/", "互动交流", "在线访谈",
                List.of("在线访谈第%s期：森林防火工作访谈", "在线访谈第%s期：河湖长制工作访谈", "在线访谈第%s期：林下经济发展访谈"),
                year, modified);
        EndlessList pictures = new EndlessList(EndlessList.Scheme.PATH, "/tpxw/", "新闻中心", "图片新闻",
                List.of("图片新闻（%s）：植树造林活动现场", "图片新闻（%s）：防汛演练现场", "图片新闻（%s）：水库巡查"), year, modified);
        this.endlessLists = List.of(interviews, pictures);
        this.links = new InjectedLinks(seed, home, listPages, List.of(
                new InjectedLinks.Link("活动日历", calendar.entry()),
                new InjectedLinks.Link("在线访谈", interviews.firstPage()),
                new InjectedLinks.Link("图片新闻", pictures.firstPage()),
                new InjectedLinks.Link("网上办事", RedirectLoopTrap.ENTRY),
                new InjectedLinks.Link("旧版网站", RedirectChainTrap.ENTRY),
                new InjectedLinks.Link("网站导航", DeepPathTrap.ENTRY),
                new InjectedLinks.Link("统计数据汇编", OversizedPageTrap.HUGE),
                new InjectedLinks.Link("实时监测数据", OversizedPageTrap.ENDLESS),
                new InjectedLinks.Link("年度报告下载", BinaryAsHtmlTrap.PDF),
                new InjectedLinks.Link("资料下载", BinaryAsHtmlTrap.ZIP)));
        PageVariants variants = new PageVariants(content, links);
        this.traps = List.of(new SessionIdTrap(variants), new SortOrderTrap(variants), calendar, interviews, pictures,
                new RedirectLoopTrap(), new RedirectChainTrap(), new DeepPathTrap(modified),
                new OversizedPageTrap(modified), new BinaryAsHtmlTrap(seed, modified));
    }

    /** A real page with the links to the traps written in (home and list pages; others as they are). */
    String inject(String path, String html) {
        return links.inject(path, html);
    }

    /** Real pages the overlay adds (the endless lists' real pages and their entries), HTML by path. */
    Map<String, String> realPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        endlessLists.forEach(list -> pages.putAll(list.realPages()));
        return pages;
    }

    /** The trap that owns a URL the site does not hold as a file. */
    Optional<Trap> owner(Target target) {
        return traps.stream().filter(trap -> trap.owns(target)).findFirst();
    }

    /** Whether a URL (path with query) is a trap's rather than a real page or file. */
    public boolean isTrap(String pathAndQuery) {
        return content.path(pathAndQuery).isEmpty() && owner(Target.of(pathAndQuery)).isPresent();
    }

    /** The name of the trap a URL belongs to, or empty for real pages and files. */
    public Optional<String> trapOf(String pathAndQuery) {
        return isTrap(pathAndQuery) ? owner(Target.of(pathAndQuery)).map(Trap::name) : Optional.empty();
    }

    /** The traps' names, in the order they are tried. */
    public List<String> names() {
        return traps.stream().map(Trap::name).toList();
    }

    /** Every trap URL as one POSIX extended regular expression, for wget {@code --reject-regex}. */
    public String rejectRegex() {
        return traps.stream().map(Trap::rejectRegex).collect(Collectors.joining("|", "(", ")"));
    }
}
