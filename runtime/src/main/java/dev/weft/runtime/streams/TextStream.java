package dev.weft.runtime.streams;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * One streamed text: reads a producer on the caller's thread (an iterator) or as it pushes (a
 * publisher), and hands what it adds to its {@link StreamSink} at most once per {@value
 * #FRAME_MILLIS} ms, so that a fast producer costs one message per frame, not one per token.
 *
 * <p>Stopping it ({@link #stop}, from any thread) stops reading: an iterator is no longer pulled and
 * its reading thread is interrupted; a publisher's subscription is cancelled. The text stays as it
 * is. Thread-safe.
 */
public final class TextStream {

    /** The least time between two appends sent: about one frame of a browser. */
    static final long FRAME_MILLIS = 16;

    /** The most characters one stream holds; a producer that goes on is stopped there. */
    public static final int MAX_CHARS = 1_000_000;

    private static final Executor NEXT_FRAME = CompletableFuture.delayedExecutor(FRAME_MILLIS, TimeUnit.MILLISECONDS);

    private final StreamSink sink;

    // Guarded by this.
    private final StringBuilder text = new StringBuilder();
    private int sent;
    private boolean flushDue;
    private boolean ended;
    private boolean stopped;
    private Thread reader;
    private Flow.Subscription subscription;

    public TextStream(StreamSink sink) {
        this.sink = sink;
    }

    /** Reads {@code tokens} on this thread until they end or the stream is stopped; returns the text. */
    public String read(Iterator<String> tokens) {
        synchronized (this) {
            if (stopped) {
                return end();
            }
            reader = Thread.currentThread();
        }
        try {
            // An interrupt that is not the stop's (the run was superseded) ends the reading too, and is kept.
            while (!isStopped() && !Thread.currentThread().isInterrupted() && tokens.hasNext()) {
                add(tokens.next());
            }
        } catch (RuntimeException e) {
            if (!isStopped()) {
                end();
                throw e;
            }
            // A producer interrupted by the stop may throw: the stop was asked for.
        } finally {
            synchronized (this) {
                reader = null;
                if (stopped) {
                    Thread.interrupted(); // our own interrupt, not the run's
                }
            }
        }
        return end();
    }

    /**
     * Subscribes to {@code tokens} and waits until they complete, fail or the stream is stopped;
     * returns the text. An interrupt of the waiting thread (the run was superseded) cancels the
     * subscription and is kept on the thread.
     *
     * @throws StreamFailedException if the publisher failed
     */
    public String read(Flow.Publisher<String> tokens) {
        CountDownLatch over = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        tokens.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription given) {
                boolean cancel;
                synchronized (TextStream.this) {
                    cancel = stopped || subscription != null;
                    if (!cancel) {
                        subscription = given;
                    }
                }
                if (cancel) {
                    given.cancel();
                    over.countDown();
                } else {
                    given.request(Long.MAX_VALUE);
                }
            }

            @Override
            public void onNext(String item) {
                if (!isStopped()) {
                    add(item);
                }
            }

            @Override
            public void onError(Throwable error) {
                failure[0] = error;
                over.countDown();
            }

            @Override
            public void onComplete() {
                over.countDown();
            }
        });
        try {
            while (!over.await(FRAME_MILLIS, TimeUnit.MILLISECONDS)) {
                if (isStopped()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
        }
        String result = end();
        synchronized (this) {
            if (failure[0] != null && !stopped) {
                throw new StreamFailedException(failure[0]);
            }
        }
        return result;
    }

    /** Stops reading the producer; returns false if the stream had already ended or been stopped. */
    public boolean stop() {
        Thread interrupt;
        Flow.Subscription cancel;
        synchronized (this) {
            if (stopped || ended) {
                return false;
            }
            stopped = true;
            interrupt = reader;
            cancel = subscription;
        }
        if (cancel != null) {
            cancel.cancel();
        }
        if (interrupt != null) {
            interrupt.interrupt();
        }
        return true;
    }

    /** Whether the user stopped it. */
    public synchronized boolean stopped() {
        return stopped;
    }

    /** Whether it has ended (done, stopped or failed). */
    public synchronized boolean ended() {
        return ended;
    }

    /** The text so far. */
    public synchronized String text() {
        return text.toString();
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private void add(String token) {
        if (token == null || token.isEmpty()) {
            return;
        }
        boolean schedule;
        boolean full = false;
        synchronized (this) {
            if (ended) {
                return;
            }
            int room = MAX_CHARS - text.length();
            if (token.length() >= room) {
                token = token.substring(0, room);
                full = true;
            }
            text.append(token);
            schedule = !flushDue;
            flushDue = true;
        }
        if (full) {
            stop();
        } else if (schedule) {
            NEXT_FRAME.execute(this::flush);
        }
    }

    /** Sends what was added since the last append, unless the stream has ended (which sends the rest itself). */
    private void flush() {
        synchronized (this) {
            flushDue = false;
            if (ended || sent == text.length()) {
                return;
            }
            send(false);
        }
    }

    private synchronized String end() {
        if (!ended) {
            ended = true;
            send(true);
        }
        return text.toString();
    }

    /** Called under this lock, so that appends reach the sink in order. */
    private void send(boolean end) {
        int at = sent;
        String added = text.substring(at);
        sent = text.length();
        sink.grew(at, added, text.toString(), end);
    }
}
