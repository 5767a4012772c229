/**
 * Receiving leads over HTTP. {@link dev.leadkit.receiver.LeadReceiver} turns one request into a
 * {@link dev.leadkit.receiver.Reception}: what to answer, and the lead if it was accepted. It is framework neutral:
 * a Servlet, a Spring controller or a cloud function answers with it.
 */
package dev.leadkit.receiver;
