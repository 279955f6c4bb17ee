package io.github.govaudit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** HTML bodies too big to keep: a table of fixed size, or one that never ends, written from one block. */
final class OversizedBodies {

    private static final String HEAD = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>统计数据汇编</title>"
            + "</head><body>\n<table class=\"data\">\n";
    private static final byte[] BLOCK = block();

    private OversizedBodies() {
    }

    /** A body of exactly length bytes. */
    static Reply.Body sized(long length) {
        return new Reply.Body() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                write(out, length);
            }
        };
    }

    /** A body sent chunked that stops only after limit bytes (or when the client goes away). */
    static Reply.Body endless(long limit) {
        return new Reply.Body() {
            @Override
            public long length() {
                return -1;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                write(out, limit);
            }
        };
    }

    private static void write(OutputStream out, long length) throws IOException {
        byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, (int) Math.min(head.length, length));
        long left = length - head.length;
        while (left > 0) {
            int n = (int) Math.min(BLOCK.length, left);
            out.write(BLOCK, 0, n);
            left -= n;
        }
    }

    private static byte[] block() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; rows.length() < 64 * 1024 - 80; i++) {
            rows.append("<tr><td>").append(100000 + i).append("</td><td>").append(i * 37 % 1000).append(".")
                    .append(i % 10).append("</td><td>").append(i * 13 % 997).append("</td></tr>\n");
        }
        return rows.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
