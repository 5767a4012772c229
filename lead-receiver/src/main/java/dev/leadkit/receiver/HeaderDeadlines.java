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
        State state = new State(connection);
        states.put(connection, state);
        arm(state, headerMillis);
    }

    @Override
    public void onClosed(Connection connection) {
        State state = states.remove(connection);
        if (state != null) {
            synchronized (state) {
                state.closed = true;
                if (state.task != null) {
                    state.task.cancel();
                    state.task = null;
                }
            }
        }
    }

    /** The connection's request has its headers: no deadline until it is answered. */
    void requestStarted(Connection connection) {
        State state = states.get(connection);
        if (state != null) {
            synchronized (state) {
                state.busy = true; // the armed check, if any, finds this and stands down
            }
        }
    }

    /** The connection's request was answered: the next one's headers must come within the keep-alive time. */
    void requestEnded(Connection connection) {
        State state = states.get(connection);
        if (state != null) {
            arm(state, keepAliveMillis);
        }
    }

    /**
     * Sets the deadline. A check is scheduled only if none is, or the one scheduled comes after the deadline: a
     * request on a kept-alive connection costs no scheduler operation, the check moves itself on when it fires.
     */
    private void arm(State state, long millis) {
        synchronized (state) {
            state.busy = false;
            state.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            if (state.task != null && state.checkAt - state.deadline > 0) {
                state.task.cancel();
                state.task = null;
            }
            if (state.task == null && !state.closed) {
                schedule(state, millis);
            }
        }
    }

    private void schedule(State state, long millis) {
        state.checkAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        state.task = scheduler.schedule(() -> check(state), millis, TimeUnit.MILLISECONDS);
    }

    private void check(State state) {
        synchronized (state) {
            state.task = null;
            if (state.closed || state.busy) {
                return; // the request's end arms the next deadline
            }
            long left = state.deadline - System.nanoTime();
            if (left > 0) {
                schedule(state, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                return;
            }
        }
        state.connection.getEndPoint().close();
    }

    private static final class State {
        final Connection connection;
        boolean busy; // guarded by this
        boolean closed; // guarded by this
        long deadline; // System.nanoTime() by which the headers must be complete; guarded by this
        long checkAt; // when the scheduled check fires; guarded by this
        Scheduler.Task task; // the scheduled check, or null; guarded by this

        State(Connection connection) {
            this.connection = connection;
        }
    }
}
