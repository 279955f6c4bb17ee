package io.github.govaudit.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * Binary files a misconfigured server labels {@code Content-Type: text/html}: a PDF annual report
 * and a ZIP of documents, each {@value #SIZE} bytes of file header and compressed-looking bytes.
 */
final class BinaryAsHtmlTrap implements Trap {

    static final String PDF = "/files/nb.html";
    static final String ZIP = "/files/zl.html";
    static final int SIZE = 256 * 1024;

    private final byte[] pdf;
    private final byte[] zip;
    private final Instant modified;

    BinaryAsHtmlTrap(long seed, Instant modified) {
        this.modified = modified;
        this.pdf = file("%PDF-1.6\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Length 262000/Filter/FlateDecode>>\nstream\n",
                new Random(seed));
        ByteBuffer local = ByteBuffer.allocate(30).put(new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0});
        this.zip = file(new String(local.array(), StandardCharsets.ISO_8859_1) + "nb2025.pdf", new Random(seed + 1));
    }

    @Override
    public String name() {
        return "binary served as text/html";
    }

    @Override
    public boolean owns(Target target) {
        return target.path().equals(PDF) || target.path().equals(ZIP);
    }

    @Override
    public Reply answer(Target target) {
        return Reply.bytes(200, "text/html", target.path().equals(PDF) ? pdf : zip, modified);
    }

    @Override
    public String rejectRegex() {
        return "/files/(nb|zl)\\.html";
    }

    private static byte[] file(String header, Random random) {
        byte[] bytes = new byte[SIZE];
        random.nextBytes(bytes);
        byte[] head = header.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
