/** What a site offers beyond its content, as its home page shows it: search, accessibility, other languages, personal spaces. */
package io.github.govaudit.features;
