package dev.weft.runtime.limits;

/**
 * The recent run times of one {@link dev.weft.Limited} group, to estimate a waiter's wait: the mean
 * of the last {@value #WINDOW} runs. Thread-safe.
 */
public final class RunTimes {

    static final int WINDOW = 20;

    private final long[] recent = new long[WINDOW];
    private int count;
    private int next;

    /** Records one finished run. */
    public synchronized void record(long millis) {
        recent[next] = Math.max(0, millis);
        next = (next + 1) % WINDOW;
        count = Math.min(count + 1, WINDOW);
    }

    /** The mean of the recent runs in milliseconds, or -1 before the first one. */
    synchronized long mean() {
        if (count == 0) {
            return -1;
        }
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += recent[i];
        }
        return sum / count;
    }

    /**
     * The estimated wait of the caller at {@code position} in line (1 = next) for a group of {@code
     * permits}: as many mean run times as there are full rounds of permits ahead of it, or -1 when no
     * run has finished yet.
     */
    public long estimate(int position, int permits) {
        long mean = mean();
        if (mean < 0) {
            return -1;
        }
        long rounds = (position + permits - 1) / permits; // position 1..permits: one round
        return rounds * mean;
    }
}
