/** Crawl profiles: the YAML file that says which site to audit, how politely, and how to read its columns. */
package io.github.govaudit.profile;
