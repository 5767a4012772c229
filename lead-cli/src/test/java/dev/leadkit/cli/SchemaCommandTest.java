package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.schema.LeadSchema;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void printsEachSchemaExactly() {
        assertThat(Cli.run("schema").out()).isEqualTo(LeadSchema.tolerant().json());
        assertThat(Cli.run("schema", "tolerant").out()).isEqualTo(LeadSchema.tolerant().json());
        assertThat(Cli.run("schema", "latest").out()).isEqualTo(LeadSchema.latest().json());
        Cli.Run revision2018 = Cli.run("schema", "2018");
        assertThat(revision2018.out()).isEqualTo(LeadSchema.revision2018().json());
        assertThat(revision2018.exitCode()).isZero();
        assertThat(revision2018.err()).isEmpty();
    }

    @Test
    void anUnknownSchemaIsAUsageError() {
        Cli.Run run = Cli.run("schema", "2021");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("expected latest (or 2020), 2018 or tolerant but found '2021'");
    }

    @Test
    void twentyTwentyIsTheLatest() {
        Cli.Run run = Cli.run("schema", "2020");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(LeadSchema.latest().json());
    }
}
