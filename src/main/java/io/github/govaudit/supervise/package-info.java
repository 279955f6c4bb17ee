/**
 * The 政府网站监管年度报表 (supervision report) of a year, drawn from the inspections of many sites: the
 * 网站普查 and 安全检查 blocks per quarter and for the year, and every other block of the form present,
 * marked missing (with what the form's 填写说明 says it counts) until a person fills it through the overrides file.
 */
package io.github.govaudit.supervise;
