package dev.leadkit.client;

import dev.leadkit.client.Settings.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/** Changes to a client's test seams, for {@code LeadClient.Builder.seams}. */
final class Seams {
    private Seams() {
    }

    static UnaryOperator<Settings.Seams> sleeper(Sleeper sleeper) {
        return s -> new Settings.Seams(s.clock(), sleeper, s.ticker(), s.http());
    }

    static UnaryOperator<Settings.Seams> clock(Clock clock) {
        return s -> new Settings.Seams(clock, s.sleeper(), s.ticker(), s.http());
    }

    static UnaryOperator<Settings.Seams> ticker(LongSupplier ticker) {
        return s -> new Settings.Seams(s.clock(), s.sleeper(), ticker, s.http());
    }

    static UnaryOperator<Settings.Seams> httpClient(Function<HttpClient.Builder, HttpClient> http) {
        return s -> new Settings.Seams(s.clock(), s.sleeper(), s.ticker(), http);
    }
}
