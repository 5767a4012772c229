package dev.leadkit.spring;

import dev.leadkit.client.SendListener;
import java.util.List;

/** Several {@link SendListener} beans heard in order, as the one listener a client takes. */
final class SendListeners implements SendListener {
    private final List<SendListener> listeners;

    SendListeners(List<SendListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onAttempt(Attempt attempt) {
        listeners.forEach(l -> l.onAttempt(attempt));
    }

    @Override
    public void onRetry(Retry retry) {
        listeners.forEach(l -> l.onRetry(retry));
    }

    @Override
    public void onOutcome(Outcome outcome) {
        listeners.forEach(l -> l.onOutcome(outcome));
    }
}
