package dev.leadkit.benchmarks;

import dev.leadkit.client.LeadClient;
import dev.leadkit.client.SendResult;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Measurement 6, sending: the documented sample posted to a loopback JDK {@code HttpServer} answering 202, by
 * {@code LeadClient.send} and by a bare {@code java.net.http.HttpClient} doing the same POST, from 1, 4 and 16
 * threads. Goal: at least 0.9 times the bare throughput, and no more connections than threads. Each trial has a
 * fresh receiver; its connection count goes to the file named by the system property {@value #CONNECTIONS_FILE}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClientBenchmark {
    /** System property naming the file that gets one line per trial: benchmark, threads, connections, requests. */
    public static final String CONNECTIONS_FILE = "leadkit.bench.connections";

    /** The lead, its wire form, and a fresh receiver per trial. */
    @State(Scope.Benchmark)
    public static class Endpoint {
        Lead lead;
        byte[] body;
        Receiver receiver;

        /** Starts the receiver. */
        @Setup(Level.Trial)
        public void start() {
            lead = LeadJson.defaults().read(Inputs.bytes(Inputs.SAMPLE_2020));
            body = LeadJson.defaults().writeBytes(lead); // exactly what LeadClient puts on the wire
            receiver = Receiver.start(body);
        }

        /** Records the trial's connections and stops the receiver; fails the trial if a request was wrong. */
        @TearDown(Level.Trial)
        public void stop(BenchmarkParams params) {
            receiver.close();
            String line = params.getBenchmark() + "\t" + params.getThreads() + "\t" + receiver.connections() + "\t"
                    + receiver.requests() + "\n";
            System.out.print("connections opened: " + receiver.connections() + " for " + receiver.requests()
                    + " requests from " + params.getThreads() + " thread(s)\n");
            String file = System.getProperty(CONNECTIONS_FILE);
            if (file != null) {
                try {
                    Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException("writing " + file + " failed", e);
                }
            }
            if (receiver.wrongRequests() > 0) {
                throw new IllegalStateException(receiver.wrongRequests() + " request(s) were not the expected POST");
            }
        }
    }

    /** leadkit's client, one per trial. */
    @State(Scope.Benchmark)
    public static class Leadkit {
        LeadClient client;

        /** Builds the client. */
        @Setup(Level.Trial)
        public void open(Endpoint endpoint) {
            client = Senders.leadClient(endpoint.receiver.uri());
        }

        /** Closes the client. */
        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    /** A bare JDK client and its prepared request, one per trial. */
    @State(Scope.Benchmark)
    public static class Bare {
        HttpClient http;
        HttpRequest request;

        /** Builds the client and the request. */
        @Setup(Level.Trial)
        public void open(Endpoint endpoint) {
            http = Senders.bareClient();
            request = Senders.bareRequest(endpoint.receiver.uri(), endpoint.body);
        }

        /** Closes the client where the JDK can. */
        @TearDown(Level.Trial)
        public void close() throws Exception {
            Senders.close(http);
        }
    }

    /** leadkit, one thread. */
    @Benchmark
    @Threads(1)
    public SendResult leadkit1(Endpoint endpoint, Leadkit sender) {
        return sender.client.send(endpoint.lead);
    }

    /** leadkit, 4 threads. */
    @Benchmark
    @Threads(4)
    public SendResult leadkit4(Endpoint endpoint, Leadkit sender) {
        return sender.client.send(endpoint.lead);
    }

    /** leadkit, 16 threads. */
    @Benchmark
    @Threads(16)
    public SendResult leadkit16(Endpoint endpoint, Leadkit sender) {
        return sender.client.send(endpoint.lead);
    }

    /** Bare JDK client, one thread. */
    @Benchmark
    @Threads(1)
    public int bare1(Bare sender) throws IOException, InterruptedException {
        return Senders.bareSend(sender.http, sender.request);
    }

    /** Bare JDK client, 4 threads. */
    @Benchmark
    @Threads(4)
    public int bare4(Bare sender) throws IOException, InterruptedException {
        return Senders.bareSend(sender.http, sender.request);
    }

    /** Bare JDK client, 16 threads. */
    @Benchmark
    @Threads(16)
    public int bare16(Bare sender) throws IOException, InterruptedException {
        return Senders.bareSend(sender.http, sender.request);
    }
}
