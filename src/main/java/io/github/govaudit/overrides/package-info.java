/**
 * A person's overrides: values the site cannot show (UV, PV, 办事服务, 安全防护, new-media statistics,
 * corrections), read from a YAML file that names fields by their path in the report and merged into
 * the report with source {@code manual} before any document is rendered.
 */
package io.github.govaudit.overrides;
