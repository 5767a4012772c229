package dev.leadkit.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event a client reports. */
final class RecordingListener implements SendListener {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(Attempt attempt) {
        events.add(attempt);
    }

    @Override
    public void onRetry(Retry retry) {
        events.add(retry);
    }

    @Override
    public void onOutcome(Outcome outcome) {
        events.add(outcome);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    List<Outcome> outcomes() {
        return events.stream().filter(Outcome.class::isInstance).map(Outcome.class::cast).toList();
    }
}
