/**
 * Writing what was counted: the work and supervision reports as JSON, HTML and DOCX (each in its official form's
 * layout, {@link io.github.govaudit.render.FormLayout}), the per-item evidence as CSV, a summary table for the terminal.
 */
package io.github.govaudit.render;
