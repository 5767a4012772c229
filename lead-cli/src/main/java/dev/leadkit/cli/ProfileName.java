package dev.leadkit.cli;

import dev.leadkit.schema.LeadProfile;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The validation profiles as the command line spells them: {@code dynamics-365} or {@code DYNAMICS_365}. */
final class ProfileName {
    private ProfileName() {
    }

    /** {@code DYNAMICS_365} as {@code dynamics-365}. */
    static String of(LeadProfile profile) {
        return profile.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Converts a command-line word, any case, with {@code -} or {@code _}. */
    static final class Converter implements CommandLine.ITypeConverter<LeadProfile> {
        @Override
        public LeadProfile convert(String value) {
            String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (LeadProfile profile : LeadProfile.values()) {
                if (profile.name().equals(wanted)) {
                    return profile;
                }
            }
            throw new CommandLine.TypeConversionException("expected one of " + String.join(", ",
                    new Candidates()) + " but found '" + value + "'");
        }
    }

    /** The words, for help and completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.of(LeadProfile.values()).map(ProfileName::of).iterator();
        }
    }
}
