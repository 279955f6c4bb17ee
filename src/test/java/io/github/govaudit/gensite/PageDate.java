package io.github.govaudit.gensite;

/** Where an item page prints its publish date. */
enum PageDate {
    META_AND_TEXT, TEXT_ONLY, META_ONLY, NONE
}
