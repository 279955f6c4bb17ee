/**
 * A person's overrides: values the site or the inspections cannot show (UV, PV, 办事服务, 安全防护, new-media
 * statistics, the supervision report's 培训, 问责, 假冒网站处置 …, corrections), read from a YAML file that names
 * fields by their path in the report and merged into the work or supervision report with source {@code manual}
 * before any document is rendered.
 */
package io.github.govaudit.overrides;
