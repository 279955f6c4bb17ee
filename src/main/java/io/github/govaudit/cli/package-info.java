/** The {@code govaudit} command line: one small class per subcommand, composed by {@link io.github.govaudit.cli.Main}. */
package io.github.govaudit.cli;
