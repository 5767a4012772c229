package dev.leadkit.benchmarks;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.receiver.JsonLinesSink;
import dev.leadkit.receiver.LeadEndpoint;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.LeadSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Load runs against a {@link LeadEndpoint} on 127.0.0.1, in this JVM, writing to a real file in {@code --dir}:
 *
 * <ul>
 * <li>{@code attack}: 100 connections trickle headers, 100 trickle a body, 100 declare a {@code Content-Length}
 *     they never send, for {@code --seconds}; meanwhile {@code --senders} connections post real leads back to back.
 *     Goal: at least 99% of those posts get 202, p99 under 1 s.</li>
 * <li>{@code throughput}: at concurrency 50 and 200, the durable endpoint ({@link JsonLinesSink}) against the same
 *     endpoint with a sink that writes but never forces (the ceiling) and against the disk's bound, concurrency
 *     divided by the median time of one small append plus force, measured here too. Goal: durable at least 0.8x
 *     the lower of the two, as the median of the rounds' own ratios over {@code --forks} JVMs of {@code --rounds}
 *     rounds each.</li>
 * </ul>
 *
 * <p>Usage: {@code EndpointLoad attack|throughput --dir DIR [--seconds N] [--warmup N] [--senders N]
 * [--rounds N] [--forks N]}; prints Markdown table rows on stdout. ({@code rounds} is the mode each fork of
 * {@code throughput} runs in.)
 */
public final class EndpointLoad {
    private static final String TOKEN = "bench-token-0123456789";

    private EndpointLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Cli.options(Arrays.copyOfRange(args, 1, args.length), "--dir", "--seconds",
                "--warmup", "--senders", "--rounds", "--forks");
        Path dir = Path.of(Cli.require(options, "--dir"));
        Files.createDirectories(dir);
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "5"));
        switch (args[0]) {
            case "attack" -> attack(dir, seconds, warmup, Integer.parseInt(options.getOrDefault("--senders", "8")));
            case "throughput" -> throughput(dir, seconds, warmup, Integer.parseInt(options.getOrDefault("--rounds",
                    "3")), Integer.parseInt(options.getOrDefault("--forks", "5")));
            case "rounds" -> measureRounds(dir, seconds, warmup, Integer.parseInt(options.getOrDefault("--rounds",
                    "3")));
            default -> throw new IllegalArgumentException("mode must be attack, throughput or rounds: " + args[0]);
        }
    }

    static byte[] lead(int n) {
        Lead lead = Lead.builder().actionCode("INS").offerTitle("Contoso Analytics").leadSource("AzureMarketplace")
                .additionalProperty("n", n).build();
        return LeadJson.defaults().writeBytes(lead);
    }

    // ---- attack ----

    static void attack(Path dir, int seconds, int warmup, int senders) throws Exception {
        Path file = dir.resolve("attack.jsonl");
        Files.deleteIfExists(file);
        try (LeadEndpoint endpoint = LeadEndpoint.builder(JsonLinesSink.open(file))
                .receiver(LeadReceiver.builder().token(TOKEN).build()).start()) {
            URI uri = URI.create(endpoint.uri() + "?token=" + TOKEN);
            runSenders(uri, senders, warmup, new AtomicBoolean()); // warm up without attackers
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> attackers = new ArrayList<>();
            AtomicLong attackConnections = new AtomicLong();
            for (int i = 0; i < 100; i++) {
                attackers.add(attacker(uri, stop, attackConnections, "POST /?token=" + TOKEN + " HTTP/1.1\r\n",
                        "X-Slow: "));
                attackers.add(attacker(uri, stop, attackConnections, "POST /?token=" + TOKEN + " HTTP/1.1\r\nHost: x"
                        + "\r\nContent-Length: 400\r\n\r\n", "{"));
                attackers.add(attacker(uri, stop, attackConnections, "POST /?token=" + TOKEN + " HTTP/1.1\r\nHost: x"
                        + "\r\nContent-Length: 100000\r\n\r\n{\"ActionCode\":", null));
            }
            attackers.forEach(Thread::start);
            Thread.sleep(1000); // let the attackers connect before measuring: the posts must get through them
            Result r = runSenders(uri, senders, seconds, stop);
            stop.set(true);
            for (Thread t : attackers) {
                t.interrupt();
                t.join(5000);
            }
            double ok = 100.0 * r.accepted / r.total;
            System.out.printf(Locale.ROOT, "| attack: 300 slow connections (100 header, 100 body, 100 lying "
                    + "Content-Length), %d s, %d senders | %d posts, %d got 202 (%.2f%%); p50 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms; %d attack connections opened | >= 99%% 202, p99 < 1 s | %s |%n", seconds, senders,
                    r.total, r.accepted, ok, r.p(0.50), r.p(0.99), r.p(1.0), attackConnections.get(),
                    ok >= 99.0 && r.p(0.99) < 1000 ? "met" : "NOT met");
        }
    }

    /** A connection that sends {@code start}, then one byte of {@code trickle} a second, reconnecting when cut. */
    private static Thread attacker(URI uri, AtomicBoolean stop, AtomicLong opened, String start, String trickle) {
        Thread t = new Thread(() -> {
            while (!stop.get()) {
                try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                    opened.incrementAndGet();
                    socket.setSoTimeout(1000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    out.write(start.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    for (int i = 0; !stop.get(); i++) {
                        if (trickle != null) {
                            out.write(trickle.charAt(i % trickle.length()));
                            out.flush();
                        }
                        try {
                            if (in.read() < 0) {
                                break; // cut off by the endpoint: come back
                            }
                            in.readNBytes(in.available());
                        } catch (java.net.SocketTimeoutException quiet) {
                            // a second without an answer: trickle on
                        }
                    }
                } catch (IOException e) {
                    // reset by the endpoint: come back
                }
            }
        }, "attacker");
        t.setDaemon(true);
        return t;
    }

    // ---- throughput ----

    /**
     * Runs {@code forks} fresh JVMs one after the other, each measuring {@code rounds} rounds per concurrency
     * ({@link #measureRounds}), and prints one row per concurrency: the verdict is the median ratio over every
     * round of every fork. A JVM's JIT settles differently from one start to the next, and on two cores that moves
     * a whole run's figures by 10-15%; rounds within one JVM cannot average that out.
     */
    static void throughput(Path dir, int seconds, int warmup, int rounds, int forks) throws Exception {
        List<Round> all = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EndpointLoad.class.getName(), "rounds", "--dir",
                    dir.toString(), "--seconds", String.valueOf(seconds), "--warmup", String.valueOf(warmup),
                    "--rounds", String.valueOf(rounds)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().map(Round::parse).forEach(all::add);
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException("fork " + fork + " failed with exit code " + child.exitValue());
            }
        }
        for (int concurrency : CONCURRENCIES) {
            List<Round> these = all.stream().filter(r -> r.concurrency() == concurrency).toList();
            double ratio = Stats.median(these.stream().map(Round::ratio).toList());
            double force = Stats.median(these.stream().map(Round::forceMillis).toList());
            System.out.printf(Locale.ROOT, "| durable throughput, c=%d: %s x %d rounds of %d s after %d s "
                    + "warm-up, each round ceiling and durable back to back | median ratio %.2fx (rounds: %s). "
                    + "Medians over the rounds: durable %,.0f req/s (p99 %.1f ms, %d non-202 in all), ceiling %,.0f "
                    + "req/s (p99 %.1f ms), disk bound %,.0f req/s (median append+force %.3f ms) | >= 0.8x | %s |%n",
                    concurrency, forks == 1 ? "1 fork" : forks + " forks", rounds, seconds, warmup, ratio,
                    these.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.ratio()))
                            .collect(Collectors.joining("/")),
                    median(these, Round::durable), median(these, Round::durableP99),
                    these.stream().mapToLong(Round::notAccepted).sum(), median(these, Round::ceiling),
                    median(these, Round::ceilingP99), concurrency / force * 1000, force,
                    ratio >= 0.8 ? "met" : "NOT met");
        }
    }

    private static final int[] CONCURRENCIES = {50, 200};

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> figure) {
        return Stats.median(rounds.stream().map(figure::applyAsDouble).toList());
    }

    /**
     * One JVM's share of {@link #throughput}: per concurrency, a warm-up of each side, then rounds that measure
     * the ceiling and the durable endpoint back to back, the order turning each round, so that each round's ratio
     * compares two figures taken seconds apart (the machine's speed drifts by 30-50% from one round to the next).
     * Prints one {@link Round} per line.
     */
    static void measureRounds(Path dir, int seconds, int warmup, int rounds) throws Exception {
        int threads = Integer.getInteger("threads", LeadEndpoint.DEFAULT_MAX_THREADS);
        for (int concurrency : CONCURRENCIES) {
            Path file = dir.resolve("durable.jsonl");
            Files.deleteIfExists(file);
            try (LeadEndpoint ceiling = LeadEndpoint.builder(new NonForcingSink(dir.resolve("ceiling.jsonl")))
                    .maxThreads(threads).start();
                    LeadEndpoint durable = LeadEndpoint.builder(JsonLinesSink.open(file)).maxThreads(threads)
                            .start()) {
                runSenders(ceiling.uri(), concurrency, warmup, new AtomicBoolean());
                runSenders(durable.uri(), concurrency, warmup, new AtomicBoolean());
                for (int round = 0; round < rounds; round++) {
                    double force = medianAppendAndForceMillis(dir.resolve("force-probe.jsonl"));
                    Result c;
                    Result d;
                    if (round % 2 == 0) {
                        c = runSenders(ceiling.uri(), concurrency, seconds, new AtomicBoolean());
                        d = runSenders(durable.uri(), concurrency, seconds, new AtomicBoolean());
                    } else {
                        d = runSenders(durable.uri(), concurrency, seconds, new AtomicBoolean());
                        c = runSenders(ceiling.uri(), concurrency, seconds, new AtomicBoolean());
                    }
                    System.out.println(new Round(concurrency, c.perSecond(), c.p(0.99), d.perSecond(), d.p(0.99),
                            d.total - d.accepted, force).line());
                }
            }
        }
    }

    /** One round's figures at one concurrency: requests per second, p99 in ms, and one append+force in ms. */
    record Round(int concurrency, double ceiling, double ceilingP99, double durable, double durableP99,
            long notAccepted, double forceMillis) {
        double ratio() {
            return EndpointLoad.ratio(durable, ceiling, concurrency, forceMillis);
        }

        String line() {
            return String.format(Locale.ROOT, "round %d %.1f %.3f %.1f %.3f %d %.4f", concurrency, ceiling,
                    ceilingP99, durable, durableP99, notAccepted, forceMillis);
        }

        static Round parse(String line) {
            String[] f = line.split(" ");
            if (f.length != 8 || !f[0].equals("round")) {
                throw new IllegalArgumentException("not a round line: " + line);
            }
            return new Round(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]),
                    Double.parseDouble(f[7]));
        }
    }

    /** Durable req/s over the lower of the ceiling's and the disk's bound, concurrency over one append+force. */
    static double ratio(double durable, double ceiling, int concurrency, double appendAndForceMillis) {
        return durable / Math.min(ceiling, concurrency / appendAndForceMillis * 1000);
    }

    /** The median of 200 appends of one 300-byte line, each followed by a force with metadata. */
    static double medianAppendAndForceMillis(Path file) throws IOException {
        Files.deleteIfExists(file);
        long[] nanos = new long[200];
        byte[] line = ("{\"pad\":\"" + "x".repeat(290) + "\"}\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    // ---- senders ----

    private static Result runSenders(URI uri, int senders, int seconds, AtomicBoolean stop) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();
        AtomicLong accepted = new AtomicLong();
        CountDownLatch done = new CountDownLatch(senders);
        for (int s = 0; s < senders; s++) {
            int id = s;
            Thread t = new Thread(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                try (LoadClient client = new LoadClient(uri, lead(id), 10_000)) {
                    while (System.nanoTime() < end && !stop.get()) {
                        long start = System.nanoTime();
                        int status = client.post();
                        long took = System.nanoTime() - start;
                        if (status == 202) {
                            accepted.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                } finally {
                    all.add(Arrays.copyOf(latencies, n));
                    done.countDown();
                }
            }, "sender-" + s);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged, accepted.get(), seconds);
    }

    record Result(long[] sortedNanos, long accepted, long total, int seconds) {
        Result(long[] sortedNanos, long accepted, int seconds) {
            this(sortedNanos, accepted, sortedNanos.length, seconds);
        }

        double perSecond() {
            return (double) accepted / seconds;
        }

        /** A percentile in milliseconds. */
        double p(double q) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(q * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, i)] / 1e6;
        }
    }

    /** The ceiling: the same lines written to the same kind of file, never forced. */
    static final class NonForcingSink implements LeadSink, AutoCloseable {
        private final FileChannel channel;

        NonForcingSink(Path file) throws IOException {
            Files.deleteIfExists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }

        @Override
        public void store(Lead lead) throws IOException {
            byte[] json = LeadJson.defaults().writeBytes(lead);
            ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
            synchronized (this) {
                while (line.hasRemaining()) {
                    channel.write(line);
                }
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
