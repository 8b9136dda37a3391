package dev.weft.runtime.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextStreamTest {

    /** What a sink received: each append, in order. */
    record Append(int at, String added, boolean end) {}

    private final List<Append> appends = new ArrayList<>();
    private final TextStream stream = new TextStream((at, added, text, end) -> {
        synchronized (appends) {
            appends.add(new Append(at, added, end));
        }
    });

    @Test
    void iterator_readToItsEnd_appendsJoinToTheText_inOrder_endMarkedOnce() {
        List<String> tokens =
                IntStream.range(0, 500).mapToObj(i -> "t" + i + " ").toList();
        String text = stream.read(tokens.iterator());

        assertEquals(String.join("", tokens), text);
        StringBuilder joined = new StringBuilder();
        for (Append append : appends) {
            assertEquals(joined.length(), append.at(), "each append starts where the last ended");
            joined.append(append.added());
        }
        assertEquals(text, joined.toString());
        assertEquals(1, appends.stream().filter(Append::end).count());
        assertTrue(appends.get(appends.size() - 1).end());
        // Read at once, 500 tokens are coalesced: far fewer appends than tokens.
        assertTrue(appends.size() < 50, "appends: " + appends.size());
    }

    @Test
    void iterator_stoppedWhileBlocked_isInterrupted_andNoLongerPulled() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean pulledAfterStop = new AtomicBoolean();
        Iterator<String> tokens = new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                if (stream.stopped()) {
                    pulledAfterStop.set(true);
                }
                return true;
            }

            @Override
            public String next() {
                if (given++ < 3) {
                    return "word ";
                }
                blocked.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw new IllegalStateException("interrupted", e);
                }
                return "never";
            }
        };
        AtomicReference<String> result = new AtomicReference<>();
        Thread reader = Thread.ofVirtual().start(() -> result.set(stream.read(tokens)));
        assertTrue(blocked.await(10, TimeUnit.SECONDS));

        assertTrue(stream.stop());
        reader.join(10_000);

        assertFalse(reader.isAlive());
        assertTrue(interrupted.get(), "the reading thread was interrupted");
        assertFalse(pulledAfterStop.get(), "the iterator was not pulled after the stop");
        assertEquals("word word word ", result.get());
        assertTrue(stream.stopped());
        assertFalse(stream.stop(), "a second stop finds nothing to stop");
    }

    @Test
    void iterator_readingThreadInterruptedByItsRun_stopsReading_andKeepsTheInterrupt() throws Exception {
        AtomicBoolean keptInterrupt = new AtomicBoolean();
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch reading = new CountDownLatch(1);
        // A producer that swallows interrupts: only the stream's own check ends the reading.
        Iterator<String> tokens = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                reading.countDown();
                Thread.onSpinWait();
                return "x";
            }
        };
        Thread reader = Thread.ofVirtual().start(() -> {
            result.set(stream.read(tokens));
            keptInterrupt.set(Thread.currentThread().isInterrupted());
        });
        assertTrue(reading.await(10, TimeUnit.SECONDS));

        reader.interrupt(); // a newer run superseded this one

        reader.join(10_000);
        assertFalse(reader.isAlive());
        assertTrue(keptInterrupt.get(), "the run's interrupt is left for the run to see");
        assertFalse(stream.stopped());
        assertTrue(stream.ended());
        assertFalse(result.get().isEmpty());
    }

    @Test
    void publisher_stopped_cancelsTheSubscription() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch first = new CountDownLatch(1);
        Flow.Publisher<String> tokens = subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                subscriber.onNext("hello ");
                first.countDown();
            }

            @Override
            public void cancel() {
                cancelled.countDown();
            }
        });
        AtomicReference<String> result = new AtomicReference<>();
        Thread reader = Thread.ofVirtual().start(() -> result.set(stream.read(tokens)));
        assertTrue(first.await(10, TimeUnit.SECONDS));

        stream.stop();

        assertTrue(cancelled.await(10, TimeUnit.SECONDS), "the subscription was cancelled");
        reader.join(10_000);
        assertEquals("hello ", result.get());
    }

    @Test
    void publisher_completes_textIsWhatItSent_itsFailureIsThrown() {
        try (SubmissionPublisher<String> publisher = new SubmissionPublisher<>()) {
            Thread.ofVirtual().start(() -> {
                while (publisher.getNumberOfSubscribers() == 0) {
                    Thread.onSpinWait();
                }
                publisher.submit("a");
                publisher.submit("b");
                publisher.close();
            });
            assertEquals("ab", stream.read(publisher));
        }

        TextStream failing = new TextStream((at, added, text, end) -> {});
        Flow.Publisher<String> broken = subscriber -> {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
            });
            subscriber.onError(new IllegalStateException("model unavailable"));
        };
        StreamFailedException failure = assertThrows(StreamFailedException.class, () -> failing.read(broken));
        assertEquals("model unavailable", failure.getCause().getMessage());
    }
}
