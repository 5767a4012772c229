package dev.leadkit.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesLeadsInTheDocumentedFormOneLineEach() throws IOException {
        Path file = dir.resolve("leads.jsonl");
        Lead lead = Lead.builder().actionCode("INS").offerTitle("Contoso").build();
        try (JsonLinesSink sink = JsonLinesSink.open(file)) {
            assertThat(sink.lines()).isZero();
            assertThat(sink.repairedTornLine()).isFalse();
            assertThat(sink.isAccepting()).isTrue();
            sink.store(lead);
            assertThat(sink.append(bytes("{\"b\":\"é\"}"))).isEqualTo(2);
            assertThat(sink.lines()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(file)).containsExactly(LeadJson.defaults().write(lead), "{\"b\":\"é\"}");
        try (JsonLinesSink again = JsonLinesSink.open(file)) {
            assertThat(again.lines()).as("counts what is there").isEqualTo(2);
            assertThat(again.append(bytes("{}"))).isEqualTo(3);
        }
    }

    @Test
    void endsATornLastLineSoTheNextLeadStartsOnItsOwnLine() throws IOException {
        Path file = dir.resolve("leads.jsonl");
        Files.writeString(file, "{\"a\":1}\n{\"cut\":\"of");
        try (JsonLinesSink sink = JsonLinesSink.open(file)) {
            assertThat(sink.repairedTornLine()).isTrue();
            assertThat(sink.lines()).isEqualTo(2);
            assertThat(sink.append(bytes("{\"b\":2}"))).isEqualTo(3);
        }
        assertThat(Files.readAllLines(file)).containsExactly("{\"a\":1}", "{\"cut\":\"of", "{\"b\":2}");
    }

    @Test
    void concurrentStoresKeepEveryLineWholeAndNumberedOnce() throws Exception {
        Path file = dir.resolve("leads.jsonl");
        int threads = 16;
        int each = 40;
        Set<Long> numbers = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (JsonLinesSink sink = JsonLinesSink.open(file)) {
            for (int t = 0; t < threads; t++) {
                int id = t;
                workers.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            numbers.add(sink.append(bytes("{\"t\":" + id + ",\"i\":" + i + ",\"pad\":\""
                                    + "x".repeat(200) + "\"}")));
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, runnable -> new Thread(runnable).start()));
            }
            start.countDown();
            CompletableFuture.allOf(workers.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        }
        assertThat(numbers).hasSize(threads * each).allMatch(n -> n >= 1 && n <= threads * each);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(threads * each)
                .allMatch(l -> l.matches("\\{\"t\":\\d+,\"i\":\\d+,\"pad\":\"x{200}\"}"));
        assertThat(new HashSet<>(lines)).hasSize(threads * each);
    }

    @Test
    void aFailedWriteRefusesThatLeadAndEveryLaterOneUntilReopened() throws IOException {
        Path file = dir.resolve("leads.jsonl");
        FailingIo failing = new FailingIo();
        try (JsonLinesSink sink = JsonLinesSink.open(file, failing::wrap)) {
            assertThat(sink.append(bytes("{\"n\":1}"))).isEqualTo(1);
            failing.failNextWriteAfterHalf = true;
            assertThatThrownBy(() -> sink.append(bytes("{\"n\":2}"))).isInstanceOf(IOException.class)
                    .hasRootCauseMessage("injected write failure");
            assertThat(sink.isAccepting()).isFalse();
            assertThatThrownBy(() -> sink.append(bytes("{\"n\":3}"))).as("the disk works again, the sink still refuses")
                    .isInstanceOf(IOException.class).hasMessageContaining("failed (IOException)")
                    .hasRootCauseMessage("injected write failure");
            assertThat(failing.forces.get()).as("nothing forced on top of a failed write").isEqualTo(1);
        }
        try (JsonLinesSink reopened = JsonLinesSink.open(file)) {
            assertThat(reopened.repairedTornLine()).as("the half-written line").isTrue();
            assertThat(reopened.append(bytes("{\"n\":4}"))).isEqualTo(3);
        }
        assertThat(Files.readAllLines(file)).containsExactly("{\"n\":1}", "{\"n\"", "{\"n\":4}");
    }

    @Test
    void aFailedForceRefusesThatLeadAndEveryLaterOneEvenIfForcingWorksAgain() throws IOException {
        FailingIo failing = new FailingIo();
        try (JsonLinesSink sink = JsonLinesSink.open(dir.resolve("leads.jsonl"), failing::wrap)) {
            sink.append(bytes("{\"n\":1}"));
            failing.failForces.set(1);
            assertThatThrownBy(() -> sink.append(bytes("{\"n\":2}"))).hasRootCauseMessage("injected force failure");
            assertThat(failing.failForces.get()).as("the fault is gone").isZero();
            assertThatThrownBy(() -> sink.append(bytes("{\"n\":3}"))).isInstanceOf(IOException.class)
                    .hasRootCauseMessage("injected force failure");
            assertThat(sink.isAccepting()).isFalse();
            assertThat(failing.forces.get()).as("no second force after the failed one").isEqualTo(2);
        }
    }

    /**
     * Regression (fsyncgate): while one thread's force failed, a thread already waiting to force called force again;
     * Linux reports a write-back error once, so that force succeeded and its lead was acknowledged though its bytes
     * may never reach the disk.
     */
    @Test
    void aLeadWaitingForTheForceThatFailedIsRefusedAndNotForcedAgain() throws Exception {
        FailingIo failing = new FailingIo();
        try (JsonLinesSink sink = JsonLinesSink.open(dir.resolve("leads.jsonl"), failing::wrap)) {
            CountDownLatch hold = new CountDownLatch(1);
            failing.holdNextForce = hold;
            failing.failForces.set(1);
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> append(sink, "{\"n\":1}"),
                    runnable -> new Thread(runnable).start());
            assertThat(failing.forceEntered.await(20, TimeUnit.SECONDS)).as("first is forcing").isTrue();
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> append(sink, "{\"n\":2}"),
                    runnable -> new Thread(runnable).start());
            while (sink.numbered() < 2) {
                Thread.onSpinWait(); // the second line is handed in, and its thread waits for the running force
            }
            hold.countDown();
            assertThatThrownBy(first::join).hasRootCauseMessage("injected force failure");
            assertThatThrownBy(second::join).hasRootCauseMessage("injected force failure");
            assertThat(failing.forces.get()).as("the failed force only").isEqualTo(1);
        }
    }

    /** Group commit: the lines handed in while a force runs share one write and one force, after it ends. */
    @Test
    void linesHandedInDuringAForceShareTheNextWriteAndForce() throws Exception {
        FailingIo counting = new FailingIo();
        Path file = dir.resolve("leads.jsonl");
        try (JsonLinesSink sink = JsonLinesSink.open(file, counting::wrap)) {
            CountDownLatch hold = new CountDownLatch(1);
            counting.holdNextForce = hold;
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> append(sink, "{\"n\":0}"),
                    runnable -> new Thread(runnable).start());
            assertThat(counting.forceEntered.await(20, TimeUnit.SECONDS)).as("first is forcing").isTrue();
            List<CompletableFuture<Long>> waiting = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String json = "{\"n\":" + i + "}";
                waiting.add(CompletableFuture.supplyAsync(() -> append(sink, json),
                        runnable -> new Thread(runnable).start()));
            }
            while (sink.numbered() < 6) {
                Thread.onSpinWait(); // all five lines are handed in while the first force is held
            }
            assertThat(counting.writes.get()).as("nothing written during the force").isEqualTo(1);
            hold.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            Set<Long> numbers = new HashSet<>();
            for (CompletableFuture<Long> w : waiting) {
                numbers.add(w.get(20, TimeUnit.SECONDS));
            }
            assertThat(numbers).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L);
            assertThat(counting.writes.get()).as("one write for the five").isEqualTo(2);
            assertThat(counting.forces.get()).as("one force for the five").isEqualTo(2);
            assertThat(sink.lines()).isEqualTo(6);
        }
        assertThat(Files.readAllLines(file)).hasSize(6).first().isEqualTo("{\"n\":0}");
    }

    /** storeAsync holds no thread: its stage is pending while the force runs, and ends with the force. */
    @Test
    void storeAsyncReturnsAtOnceAndCompletesWhenTheForceEnds() throws Exception {
        FailingIo failing = new FailingIo();
        Lead lead = Lead.builder().actionCode("INS").build();
        try (JsonLinesSink sink = JsonLinesSink.open(dir.resolve("leads.jsonl"), failing::wrap)) {
            CountDownLatch hold = new CountDownLatch(1);
            failing.holdNextForce = hold;
            CompletableFuture<Void> stored = sink.storeAsync(lead);
            assertThat(failing.forceEntered.await(20, TimeUnit.SECONDS)).as("its round is forcing").isTrue();
            assertThat(stored).as("not durable yet").isNotDone();
            hold.countDown();
            stored.get(20, TimeUnit.SECONDS);
            assertThat(sink.lines()).isEqualTo(1);

            failing.failForces.set(1);
            assertThatThrownBy(() -> sink.storeAsync(lead).get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IOException.class).hasRootCauseMessage("injected force failure");
            assertThat(sink.storeAsync(lead)).as("refused at once after the failure").isCompletedExceptionally();
        }
    }

    /** close() lets a running force end, refuses the lines still waiting, and ends the flusher thread. */
    @Test
    void closeLetsTheRunningForceEndRefusesTheRestAndEndsTheFlusher() throws Exception {
        long flushersBefore = flushers();
        FailingIo failing = new FailingIo();
        JsonLinesSink sink = JsonLinesSink.open(dir.resolve("leads.jsonl"), failing::wrap);
        assertThat(flushers()).isEqualTo(flushersBefore + 1);
        CountDownLatch hold = new CountDownLatch(1);
        failing.holdNextForce = hold;
        CompletableFuture<Long> first = sink.appendAsync(bytes("{\"n\":1}"));
        assertThat(failing.forceEntered.await(20, TimeUnit.SECONDS)).as("first is forcing").isTrue();
        CompletableFuture<Long> second = sink.appendAsync(bytes("{\"n\":2}"));
        CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
            try {
                sink.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> new Thread(runnable).start());
        while (sink.isAccepting()) {
            Thread.onSpinWait(); // close() has begun
        }
        assertThat(closed).as("close waits for the running force").isNotDone();
        hold.countDown();
        closed.get(20, TimeUnit.SECONDS);
        assertThat(first.get(20, TimeUnit.SECONDS)).as("forced before the close").isEqualTo(1);
        assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class)
                .hasRootCauseMessage("the lead file is closed");
        assertThat(failing.forces.get()).as("nothing forced after the close").isEqualTo(1);
        assertThat(flushers()).isEqualTo(flushersBefore);
    }

    private static long flushers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("leadkit-lead-file-flusher") && t.isAlive()).count();
    }

    private static long append(JsonLinesSink sink, String json) {
        try {
            return sink.append(bytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesStoresOnceClosed() throws IOException {
        JsonLinesSink sink = JsonLinesSink.open(dir.resolve("leads.jsonl"));
        sink.close();
        sink.close();
        assertThat(sink.isAccepting()).isFalse();
        assertThatThrownBy(() -> sink.append(bytes("{}"))).isInstanceOf(IOException.class)
                .hasRootCauseMessage("the lead file is closed");
    }

    @Test
    void refusesALineBreakInsideTheJson() throws IOException {
        try (JsonLinesSink sink = JsonLinesSink.open(dir.resolve("leads.jsonl"))) {
            assertThatThrownBy(() -> sink.append(bytes("{\n}"))).isInstanceOf(IllegalArgumentException.class);
            assertThat(sink.isAccepting()).isTrue();
        }
    }

    @Test
    void anUnwritableFileFailsToOpen() {
        assertThatThrownBy(() -> JsonLinesSink.open(dir.resolve("no/such/dir/leads.jsonl")))
                .isInstanceOf(IOException.class);
    }

    /** Regression: serve never started with a piped /dev/stdout and spun reading /dev/full. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void somethingThatIsNotARegularFileIsRefusedAtOpening() {
        for (Path notAFile : List.of(Path.of("/dev/full"), Path.of("/dev/null"), dir)) {
            assertThatThrownBy(() -> JsonLinesSink.open(notAFile)).as("%s", notAFile)
                    .isInstanceOf(FileSystemException.class).hasMessageContaining("not a regular file");
        }
    }

    /** Passes through to the real file, and fails writes or forces when told to. */
    static final class FailingIo {
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger forces = new AtomicInteger();
        final AtomicInteger failForces = new AtomicInteger();
        final CountDownLatch forceEntered = new CountDownLatch(1);
        volatile boolean failNextWriteAfterHalf;
        volatile CountDownLatch holdNextForce;

        JsonLinesSink.FileIo wrap(java.nio.channels.FileChannel channel) {
            JsonLinesSink.FileIo real = JsonLinesSink.FileIo.of(channel);
            return new JsonLinesSink.FileIo() {
                @Override
                public int write(ByteBuffer bytes) throws IOException {
                    if (failNextWriteAfterHalf) {
                        failNextWriteAfterHalf = false;
                        ByteBuffer half = bytes.duplicate();
                        half.limit(half.position() + half.remaining() / 2);
                        real.write(half);
                        throw new IOException("injected write failure");
                    }
                    int n = real.write(bytes);
                    writes.incrementAndGet();
                    return n;
                }

                @Override
                public void force() throws IOException {
                    forces.incrementAndGet();
                    forceEntered.countDown();
                    CountDownLatch hold = holdNextForce;
                    if (hold != null) {
                        holdNextForce = null;
                        try {
                            hold.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted", e);
                        }
                    }
                    if (failForces.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new IOException("injected force failure");
                    }
                    real.force();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        }
    }
}
