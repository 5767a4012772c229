/**
 * Checks for marketplace leads: {@link dev.leadkit.schema.LeadSchema} answers "does this raw JSON match the
 * documented schema exactly?", {@link dev.leadkit.schema.LeadValidator} answers "is this typed lead good enough to
 * act on?". Both return a {@link dev.leadkit.schema.ValidationReport} of {@link dev.leadkit.schema.Violation}s.
 * Nothing here knows about HTTP: receiving leads over HTTP is the {@code lead-receiver} module's job.
 *
 * <h2>Violation codes</h2>
 * Stable, machine-readable; a message never quotes the value it is about.
 * <table>
 * <caption>Codes</caption>
 * <tr><th>code</th><th>from</th><th>meaning</th></tr>
 * <tr><td>{@code syntax}</td><td>LeadSchema</td><td>not well-formed JSON, not UTF-8, a NUL byte, an unpaired
 *     surrogate, or content after the root value; always the only violation, at the failure point</td></tr>
 * <tr><td>{@code limit}</td><td>LeadSchema</td><td>well-formed but beyond jackson-core's default read limits
 *     (nesting depth, string or number length); always the only violation</td></tr>
 * <tr><td>{@code type}</td><td>LeadSchema</td><td>the root is not an object, or a declared property holds a value
 *     of another JSON type than the schema allows</td></tr>
 * <tr><td>{@code duplicate}</td><td>Violation.of(LeadParseException)</td><td>two keys name one property
 *     ({@code Email} and {@code email}); a failed read also gives {@code syntax}, {@code type} and
 *     {@code limit}</td></tr>
 * <tr><td>{@code email}</td><td>LeadValidator</td><td>the e-mail address is present, not blank, and not
 *     syntactically valid</td></tr>
 * <tr><td>{@code size}</td><td>LeadValidator</td><td>a field is longer than a default or CRM limit</td></tr>
 * <tr><td>{@code contactable}</td><td>LeadValidator</td><td>profile {@code CONTACTABLE}: no usable e-mail
 *     address or phone number; points at {@code /UserDetails}</td></tr>
 * <tr><td>{@code required}</td><td>LeadValidator</td><td>a constraint of your own: {@code @NotNull},
 *     {@code @NotBlank} or {@code @NotEmpty}</td></tr>
 * <tr><td>other</td><td>LeadValidator</td><td>any other constraint of your own: its annotation's simple name
 *     with a lower-case first letter ({@code pattern} for {@code @Pattern})</td></tr>
 * </table>
 */
package dev.leadkit.schema;
