/**
 * Receiving leads over HTTP.
 *
 * <ul>
 * <li>{@link dev.leadkit.receiver.LeadReceiver} turns one request into a {@link dev.leadkit.receiver.Reception}:
 *     what to answer, and the lead if it was accepted. Framework neutral: a Servlet, a Spring controller or a cloud
 *     function answers with it.</li>
 * <li>{@link dev.leadkit.receiver.LeadSink} is where accepted leads go, returning only when a lead is durable;
 *     {@link dev.leadkit.receiver.JsonLinesSink} is the embedded default, a JSON Lines file forced to the disk.</li>
 * <li>{@link dev.leadkit.receiver.LeadEndpoint} is both behind an HTTP or HTTPS server that withstands slow and
 *     lying clients, with a health path.</li>
 * </ul>
 */
package dev.leadkit.receiver;
