package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LeadJsonConcurrencyTest {

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        LeadJson json = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build();
        List<Lead> leads = List.of(json.read(Samples.bytes(Samples.DOC_2020)), json.read(Samples.bytes(Samples.DOC_2018)),
                json.read(Samples.bytes(Samples.CAMEL_CASE)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                Callable<Boolean> task = () -> {
                    for (int i = 0; i < 2_000; i++) {
                        Lead lead = leads.get((i + offset) % leads.size());
                        if (!json.read(json.writeBytes(lead)).equals(lead)) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(pool.submit(task));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
