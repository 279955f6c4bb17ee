package io.github.govaudit.bench;

/** Byte-array searching for the few places that look into encoded pages. */
final class Bytes {

    private Bytes() {
    }

    /** The first index of needle in haystack at or after from, or -1. */
    static int indexOf(byte[] haystack, byte[] needle, int from) {
        if (needle.length == 0) {
            return from;
        }
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
