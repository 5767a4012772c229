package dev.leadkit.receiver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose next request's headers are not complete in time: {@code headerTimeout} after the
 * connection opened (TLS handshake included), {@code keepAliveTimeout} after its last answer. Jetty's idle timeout
 * alone lets a client that sends one byte per idle period hold a connection for ever.
 */
final class HeaderDeadlines implements Connection.Listener {
    private final Scheduler scheduler;
    private final long headerMillis;
    private final long keepAliveMillis;
    private final Map<Connection, State> states = new ConcurrentHashMap<>();

    HeaderDeadlines(Scheduler scheduler, long headerMillis, long keepAliveMillis) {
        this.scheduler = scheduler;
        this.headerMillis = headerMillis;
        this.keepAliveMillis = keepAliveMillis;
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof SslConnection) {
            return; // the HTTP connection inside it is watched, from the same moment
        }
        State state = new State();
        states.put(connection, state);
        arm(connection, state, headerMillis);
    }

    @Override
    public void onClosed(Connection connection) {
        State state = states.remove(connection);
        if (state != null) {
            state.disarm();
        }
    }

    /** The connection's request has its headers: no deadline until it is answered. */
    void requestStarted(Connection connection) {
        State state = states.get(connection);
        if (state != null) {
            state.disarm();
        }
    }

    /** The connection's request was answered: the next one's headers must come within the keep-alive time. */
    void requestEnded(Connection connection) {
        State state = states.get(connection);
        if (state != null) {
            arm(connection, state, keepAliveMillis);
        }
    }

    private void arm(Connection connection, State state, long millis) {
        synchronized (state) {
            long generation = ++state.generation;
            state.busy = false;
            if (state.task != null) {
                state.task.cancel();
            }
            state.task = scheduler.schedule(() -> {
                synchronized (state) {
                    if (state.busy || state.generation != generation) {
                        return;
                    }
                }
                connection.getEndPoint().close();
            }, millis, TimeUnit.MILLISECONDS);
        }
    }

    private static final class State {
        long generation;
        boolean busy;
        Scheduler.Task task;

        synchronized void disarm() {
            generation++;
            busy = true;
            if (task != null) {
                task.cancel();
                task = null;
            }
        }
    }
}
