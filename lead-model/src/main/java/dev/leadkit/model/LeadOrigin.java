package dev.leadkit.model;

import java.util.Objects;

/**
 * A {@code LeadSource} value split into its parts. Microsoft sends either a plain source such as
 * {@code AzureMarketplace} or {@code SPZA}, or the composite form {@code Source-Action|publisher.offer}, for
 * example {@code AzureMarketplace-INS|contoso.myoffer}.
 *
 * @param raw the value as sent, never null
 * @param source the source part ({@code AzureMarketplace}); the whole value when it is not composite
 * @param action the action part ({@code INS}), or null when the value is not composite
 * @param offer the offer part ({@code contoso.myoffer}, which may hold dots, dashes and GUIDs), or null when the
 *     value is not composite
 */
public record LeadOrigin(String raw, String source, String action, String offer) {

    /**
     * Creates an origin.
     *
     * @throws NullPointerException if {@code raw} or {@code source} is null
     */
    public LeadOrigin {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Splits a lead source. The value is composite when it has a {@code |} with a {@code -} before it; the
     * action is the text after the last {@code -} before the first {@code |}.
     *
     * @param leadSource the raw value
     * @return the parts; never fails, an unusual value is kept whole as the source
     */
    public static LeadOrigin parse(String leadSource) {
        Objects.requireNonNull(leadSource, "leadSource");
        int bar = leadSource.indexOf('|');
        int dash = bar < 0 ? -1 : leadSource.lastIndexOf('-', bar);
        if (dash <= 0 || dash == bar - 1) {
            return new LeadOrigin(leadSource, leadSource, null, null);
        }
        return new LeadOrigin(leadSource, leadSource.substring(0, dash), leadSource.substring(dash + 1, bar),
                leadSource.substring(bar + 1));
    }

    /**
     * Whether the value had the composite {@code Source-Action|publisher.offer} form.
     *
     * @return true if {@link #action()} and {@link #offer()} are present
     */
    public boolean isComposite() {
        return action != null;
    }

    /**
     * The action part as a known code.
     *
     * @return the code, or {@link ActionCode#UNKNOWN} when the value is not composite or the code is not known
     */
    public ActionCode actionCode() {
        return ActionCode.of(action);
    }
}
