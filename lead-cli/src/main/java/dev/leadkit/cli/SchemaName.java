package dev.leadkit.cli;

import dev.leadkit.schema.LeadSchema;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/** The schema names the command line takes: {@code latest} (also {@code 2020}), {@code 2018}, {@code tolerant}. */
enum SchemaName {
    LATEST("latest", LeadSchema.latest()),
    REVISION_2018("2018", LeadSchema.revision2018()),
    TOLERANT("tolerant", LeadSchema.tolerant());

    private final String label;
    private final LeadSchema schema;

    SchemaName(String label, LeadSchema schema) {
        this.label = label;
        this.schema = schema;
    }

    LeadSchema schema() {
        return schema;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Converts a command-line word. */
    static final class Converter implements CommandLine.ITypeConverter<SchemaName> {
        @Override
        public SchemaName convert(String value) {
            for (SchemaName name : values()) {
                if (name.label.equalsIgnoreCase(value)) {
                    return name;
                }
            }
            if (value.equals("2020")) { // the latest schema is Microsoft's 2020 revision: `lead schema 2018` works
                return LATEST;
            }
            throw new CommandLine.TypeConversionException("expected latest (or 2020), 2018 or tolerant but found '"
                    + value + "'");
        }
    }

    /** The words, for help and completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("latest", "2018", "tolerant").iterator();
        }
    }
}
