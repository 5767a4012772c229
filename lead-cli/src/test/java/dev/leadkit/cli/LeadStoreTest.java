package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadStoreTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void appendsLinesAndNumbersThem() throws IOException {
        Path file = dir.resolve("leads.jsonl");
        try (LeadStore store = LeadStore.open(file)) {
            assertThat(store.lines()).isZero();
            assertThat(store.repairedTornLine()).isFalse();
            assertThat(store.append(bytes("{\"a\":1}"))).isEqualTo(1);
            assertThat(store.append(bytes("{\"b\":\"é\"}"))).isEqualTo(2);
            assertThat(store.lines()).isEqualTo(2);
        }
        assertThat(Files.readString(file)).isEqualTo("{\"a\":1}\n{\"b\":\"é\"}\n");
        try (LeadStore again = LeadStore.open(file)) {
            assertThat(again.lines()).as("counts what is there").isEqualTo(2);
            assertThat(again.append(bytes("{}"))).isEqualTo(3);
        }
        assertThat(Files.readString(file)).endsWith("}\n{}\n");
    }

    @Test
    void endsATornLastLineSoTheNextLeadStartsOnItsOwnLine() throws IOException {
        Path file = dir.resolve("leads.jsonl");
        Files.writeString(file, "{\"a\":1}\n{\"cut\":\"of");
        try (LeadStore store = LeadStore.open(file)) {
            assertThat(store.repairedTornLine()).isTrue();
            assertThat(store.lines()).isEqualTo(2);
            assertThat(store.append(bytes("{\"b\":2}"))).isEqualTo(3);
        }
        assertThat(Files.readAllLines(file)).containsExactly("{\"a\":1}", "{\"cut\":\"of", "{\"b\":2}");
    }

    @Test
    void concurrentAppendsKeepEveryLineWholeAndNumberedOnce() throws Exception {
        Path file = dir.resolve("leads.jsonl");
        int threads = 16;
        int each = 40;
        Set<Long> numbers = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (LeadStore store = LeadStore.open(file)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            numbers.add(store.append(bytes("{\"t\":" + id + ",\"i\":" + i + ",\"pad\":\""
                                    + "x".repeat(200) + "\"}")));
                        }
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            start.countDown();
            for (Thread worker : workers) {
                worker.join();
            }
        }
        assertThat(failures).isEmpty();
        assertThat(numbers).hasSize(threads * each).allMatch(n -> n >= 1 && n <= threads * each);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(threads * each).allMatch(l -> l.matches("\\{\"t\":\\d+,\"i\":\\d+,\"pad\":\"x{200}\"}"));
        assertThat(new HashSet<>(lines)).hasSize(threads * each);
    }

    @Test
    void refusesAppendsOnceClosed() throws IOException {
        LeadStore store = LeadStore.open(dir.resolve("leads.jsonl"));
        store.close();
        store.close();
        assertThatThrownBy(() -> store.append(bytes("{}"))).isInstanceOf(IOException.class)
                .hasMessageContaining("the lead file is closed");
    }

    @Test
    void anUnwritableFileFailsToOpen() {
        assertThatThrownBy(() -> LeadStore.open(dir.resolve("no/such/dir/leads.jsonl")))
                .isInstanceOf(IOException.class);
    }
}
