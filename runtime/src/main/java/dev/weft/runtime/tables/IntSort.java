package dev.weft.runtime.tables;

/** A stable merge sort of {@code int}s (row indices) by a comparator of ints: no boxing. */
final class IntSort {

    /** Compares two row indices. */
    @FunctionalInterface
    interface Comparator {
        int compare(int a, int b);
    }

    private static final int INSERTION = 24;

    private IntSort() {}

    /** Sorts {@code values} in place; equal values keep their order. */
    static void stable(int[] values, Comparator comparator) {
        int[] buffer = values.clone();
        sort(buffer, values, 0, values.length, comparator);
    }

    /** Sorts {@code src[from, to)} into {@code dst[from, to)}; both start with the same content. */
    private static void sort(int[] src, int[] dst, int from, int to, Comparator comparator) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int value = dst[i];
                int j = i - 1;
                while (j >= from && comparator.compare(dst[j], value) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = value;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(dst, src, from, mid, comparator);
        sort(dst, src, mid, to, comparator);
        if (comparator.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, to - from);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            if (q >= to || (p < mid && comparator.compare(src[p], src[q]) <= 0)) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
