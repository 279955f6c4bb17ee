package io.github.govaudit.gensite;

/** Builds the href a list page writes for a target path, the way each CMS habitually does. */
final class Hrefs {

    private Hrefs() {
    }

    /** A relative href from a page in fromFolder (ending in "/") to a site path. */
    static String relative(String fromFolder, String target) {
        String[] from = fromFolder.substring(1).split("/");
        String[] to = target.substring(1).split("/", -1);
        int common = 0;
        int fromDepth = fromFolder.equals("/") ? 0 : from.length;
        while (common < fromDepth && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder(common == fromDepth ? "./" : "");
        for (int i = common; i < fromDepth; i++) {
            href.append("../");
        }
        for (int i = common; i < to.length; i++) {
            href.append(to[i]);
            if (i < to.length - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    /** The folder part of a path ("/a/b/c.html" gives "/a/b/"). */
    static String folderOf(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
    }
}
