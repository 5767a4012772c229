package dev.leadkit.cli;

import dev.leadkit.model.internal.Text;
import dev.leadkit.receiver.LeadEndpoint;
import dev.leadkit.receiver.Reception;
import dev.leadkit.schema.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The log of {@code lead serve} and {@code lead demo}: one line per answer (time, method, status, body size,
 * duration, and the problem type and pointers), never a value from the request, so no personal data and no token.
 */
final class ServeLog implements LeadEndpoint.Listener {
    private final Consumer<String> out;
    private final boolean quiet;
    private final Path file;

    /**
     * @param out where the lines go; called from many threads
     * @param quiet true for no line per answer (a failed store is still said)
     * @param file the lead file, named when storing fails
     */
    ServeLog(Consumer<String> out, boolean quiet, Path file) {
        this.out = out;
        this.quiet = quiet;
        this.file = file;
    }

    @Override
    public void answered(String method, Reception reception, long bodyBytes, Duration elapsed) {
        if (quiet) {
            return;
        }
        StringBuilder line = new StringBuilder().append(Instant.now()).append(' ')
                .append(method.matches("[A-Z]{1,16}") ? method : Text.quote(method)).append(' ')
                .append(reception.status()).append(' ').append(bodyBytes).append("B ")
                .append(elapsed.toMillis()).append("ms");
        if (reception instanceof Reception.Rejected rejected) {
            line.append(' ').append(rejected.type().substring(rejected.type().lastIndexOf('/') + 1));
            for (Violation v : rejected.errors()) {
                line.append(' ').append(Text.pointer(v.pointer())).append(" [").append(v.code()).append(']');
            }
        } else if (reception instanceof Reception.Accepted accepted && !accepted.report().isValid()) {
            line.append(" stored with");
            for (Violation v : accepted.report().violations()) {
                line.append(' ').append(Text.pointer(v.pointer())).append(" [").append(v.code()).append(']');
            }
        }
        out.accept(line.toString());
    }

    @Override
    public void storeFailed(Exception failure) {
        out.accept(Instant.now() + " storing a lead in " + file + " failed: " + failure.getClass().getSimpleName()
                + "; every lead is refused (503) until lead serve is restarted");
    }
}
