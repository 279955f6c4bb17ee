package io.github.govaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads the page and profile fixtures under {@code src/test/resources/cli/} and fills their {@code {{slots}}}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/cli/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture cli/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The fixture with the shared footer in {@code {{footer}}}, then each {@code {{key}}} replaced by its value. */
    static String filled(String name, Map<String, String> values) {
        return fill(text(name), values);
    }

    static String fill(String template, Map<String, String> values) {
        String result = template.replace("{{footer}}", text("footer.html"));
        for (Map.Entry<String, String> slot : values.entrySet()) {
            result = result.replace("{{" + slot.getKey() + "}}", slot.getValue());
        }
        int unfilled = result.indexOf("{{");
        if (unfilled >= 0) {
            throw new IllegalArgumentException("fixture slot left unfilled: "
                    + result.substring(unfilled, Math.min(result.length(), unfilled + 30)));
        }
        return result;
    }
}
