/** Writing what was counted: the report as JSON, HTML and DOCX (the official form), the per-item evidence as CSV, a summary table for the terminal. */
package io.github.govaudit.render;
