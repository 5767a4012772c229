package dev.leadkit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says what went wrong with a file in words, decided by the exception's type: never a Java class name, never the
 * JDK's message (which repeats the path, and for a URL typed as a file name, its secret).
 */
final class IoProblems {
    private IoProblems() {
    }

    /** {@code no such file or directory}, {@code permission denied}, or the operating system's reason. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason(); // the operating system's words: "Is a directory", "No space left on device"
        }
        return "an I/O error";
    }

    /** A file name as shown in a message: one that looks like a URL shows only its scheme and host. */
    static String shown(String name) {
        return name.contains("://") || name.contains("?") ? UsageErrors.shown(name) : name;
    }
}
