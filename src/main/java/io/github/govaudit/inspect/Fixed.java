package io.github.govaudit.inspect;

/**
 * A problem an earlier inspection found that this one no longer finds.
 *
 * @param check the check id
 * @param url what it was about
 * @param detail what the earlier inspection said
 * @param foundOn the earlier inspection's date
 * @param fixedOn this inspection's date
 */
public record Fixed(String check, String url, String detail, String foundOn, String fixedOn) {}
