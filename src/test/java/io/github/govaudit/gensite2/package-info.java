/** A second, independently written generated municipal site (Hanweb, home-grown, JSP, GBK, 信息公开 platform) with its own truth, crawled end to end. */
package io.github.govaudit.gensite2;
