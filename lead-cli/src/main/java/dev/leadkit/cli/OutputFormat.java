package dev.leadkit.cli;

import java.util.Locale;

/** {@code --format}: lines for people, or one JSON object per line for programs. */
enum OutputFormat {
    TEXT, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
