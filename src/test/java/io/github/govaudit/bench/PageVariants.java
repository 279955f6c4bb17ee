package io.github.govaudit.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a real page asked for with a session id or a sort order, as dynamic sites do: the same
 * entries, with the injected links written again for the request (new session ids, the merged
 * sort choice).
 */
final class PageVariants {

    private final SiteContent content;
    private final InjectedLinks links;

    PageVariants(SiteContent content, InjectedLinks links) {
        this.content = content;
        this.links = links;
    }

    /** The real page behind the variant (path with query), if there is one. */
    Optional<String> realPage(Target target) {
        Target base = SessionIds.strip(target).without(InjectedLinks.SORT_PARAMS);
        Optional<String> path = content.path(base.pathAndQuery());
        if (path.isEmpty() && base.path().endsWith("/")) {
            path = content.path(new Target(base.path() + "index.html", base.query()).pathAndQuery());
        }
        return path.filter(p -> content.get(p).filter(StaticPage::isHtml).isPresent());
    }

    Reply answer(Target target) {
        Optional<String> real = realPage(target);
        if (real.isEmpty()) {
            return Reply.notFound();
        }
        StaticPage page = content.get(real.get()).orElseThrow();
        if (!links.carriesLinks(real.get())) {
            return Reply.of(page);
        }
        Target rest = SessionIds.strip(target);
        Map<String, String> sort = new LinkedHashMap<>();
        InjectedLinks.SORT_PARAMS.forEach(name -> rest.param(name).ifPresent(value -> sort.put(name, value)));
        String html = links.refresh(real.get(), page.text(), new InjectedLinks.Context(SessionIds.find(target), sort));
        return Reply.bytes(200, page.contentType(), html.getBytes(page.charset()), page.lastModified());
    }
}
