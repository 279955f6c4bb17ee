package io.github.govaudit.gensite2;

/** Publishing category of a column, as counting-rules.md defines it. */
enum Category {
  OVERVIEW,
  NEWS,
  DISCLOSURE,
  OTHER
}
