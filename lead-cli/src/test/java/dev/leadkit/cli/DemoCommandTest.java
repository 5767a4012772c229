package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
    @Test
    void showsEveryStepFinishesInSecondsAndCleansUp() {
        long start = System.nanoTime();
        Cli.Run run = Cli.run("demo");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(millis).as("seconds, not minutes").isLessThan(15_000);
        String out = run.out();
        Matcher where = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+/), storing accepted leads in (\\S+)\\n")
                .matcher(out);
        assertThat(where.find()).as(out).isTrue();
        Path file = Path.of(where.group(2));
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();

        assertThat(out).contains("1. Microsoft's documented 2020 sample (PascalCase), sent with LeadClient.send\n"
                + "   sent        288 bytes, POST /\n   status      202 after 1 attempt in ");
        assertThat(out).contains("   validated   valid\n   stored      line 1 of leads.jsonl: INS for \"Test "
                + "Microsoft\" from AzureMarketplace, S*** O*** <s****@contoso.com>\n");
        assertThat(out).contains("2. a lead as Microsoft really sends it (camelCase keys)",
                "   stored      line 2 of leads.jsonl: INS for \"Fabrikam Insights\" from AzureMarketplace-INS|"
                        + "fabrikam.fabrikam-insights-preview, Z*** Å*** <z****@fabrikam.example>\n");
        assertThat(out).contains("3. a broken payload (UserDetails is an array), sent with LeadClient.sendJson\n"
                + "   sent        76 bytes, POST /\n"
                + "   status      400, a rejection: not retried\n"
                + "   rejected    Not a lead: the body is not a lead: expected an object or null but found an array "
                + "(line 1, column 17); errors: /UserDetails (type)\n"
                + "   stored      nothing; the file still holds 2 leads\n");
        assertThat(out).containsPattern("   server log  \\S+Z POST 400 76B \\d+ms not-a-lead \"/UserDetails\" "
                + "\\[type]\\n");
        assertThat(out).contains("Every step went as expected: 2 leads stored, 1 payload rejected.");
        assertThat(out).doesNotContain("someone@contoso.com", "zoe.angstrom", "16175555555");
        assertThat(run.err()).isEmpty();
    }
}
