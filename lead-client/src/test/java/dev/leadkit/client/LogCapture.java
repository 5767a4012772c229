package dev.leadkit.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything leadkit logs through System.Logger (which the JDK routes to java.util.logging), at every
 * level, as formatted lines with any attached exception rendered in full.
 */
final class LogCapture extends Handler implements AutoCloseable {
    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    private final Logger logger = Logger.getLogger("dev.leadkit");
    private final Level previous = logger.getLevel();
    private final boolean previousUseParent = logger.getUseParentHandlers();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    LogCapture() {
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false); // keep captured lines off the console
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(record.getLevel() + " " + record.getLoggerName() + ": " + FORMAT.format(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
        logger.setUseParentHandlers(previousUseParent);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
