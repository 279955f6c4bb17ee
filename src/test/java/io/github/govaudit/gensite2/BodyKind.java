package io.github.govaudit.gensite2;

/** What the body of an item page is mainly made of. */
enum BodyKind {
  TEXT,
  IMAGES,
  VIDEO,
  ATTACHMENT_PDF
}
