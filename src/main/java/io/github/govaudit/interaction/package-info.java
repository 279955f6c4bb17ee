/** Published messages (留言办理): reading message lists and counting them for one year. */
package io.github.govaudit.interaction;
