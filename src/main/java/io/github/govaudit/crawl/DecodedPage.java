package io.github.govaudit.crawl;

import java.nio.charset.Charset;

/**
 * A page body turned into text, with the charset used and the evidence for choosing it.
 *
 * @param html the decoded text
 * @param charset the charset that decoded it
 * @param charsetSource where the charset came from: {@code header}, {@code bom}, {@code meta},
 *     {@code detected} or {@code default}
 */
public record DecodedPage(String html, Charset charset, String charsetSource) {}
