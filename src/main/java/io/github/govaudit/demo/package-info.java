/** The bundled demo site: a sample provincial department site served on loopback for {@code govaudit demo}. */
package io.github.govaudit.demo;
