/**
 * The 政府网站监管年度报表 (supervision report) of a year, drawn from the inspections of many sites:
 * the 网站普查 block per quarter and for the year, the 安全检查 block, and every other block of the form
 * present, marked missing until a person fills it.
 */
package io.github.govaudit.supervise;
