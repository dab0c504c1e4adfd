package com.bantu.business.lead;

/**
 * Ratcliff/Obershelp similarity (the measure of Python's {@code difflib.SequenceMatcher.ratio}, which the original
 * used): twice the number of matching characters divided by the total length, matches found as the longest common
 * block and then recursively left and right of it.
 */
final class Similarity {

    private Similarity() {
    }

    static double ratio(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        String x = a.trim().toLowerCase();
        String y = b.trim().toLowerCase();
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        return 2.0 * matches(x, 0, x.length(), y, 0, y.length()) / (x.length() + y.length());
    }

    private static int matches(String a, int aLo, int aHi, String b, int bLo, int bHi) {
        int best = 0;
        int bestA = aLo;
        int bestB = bLo;
        int[] prev = new int[bHi - bLo + 1];
        for (int i = aLo; i < aHi; i++) {
            int[] cur = new int[bHi - bLo + 1];
            for (int j = bLo; j < bHi; j++) {
                if (a.charAt(i) == b.charAt(j)) {
                    int len = prev[j - bLo] + 1;
                    cur[j - bLo + 1] = len;
                    if (len > best) {
                        best = len;
                        bestA = i - len + 1;
                        bestB = j - len + 1;
                    }
                }
            }
            prev = cur;
        }
        if (best == 0) {
            return 0;
        }
        return best + matches(a, aLo, bestA, b, bLo, bestB)
                + matches(a, bestA + best, aHi, b, bestB + best, bHi);
    }
}
