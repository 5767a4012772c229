/**
 * Receiving marketplace leads: {@link dev.leadkit.receiver.LeadReceiver} decides about one request in any HTTP
 * stack; {@link dev.leadkit.receiver.LeadSink} is where an accepted lead goes, durably, before it is acknowledged;
 * {@link dev.leadkit.receiver.LeadEndpoint} puts both behind a hardened HTTP(S) server (Jetty core).
 */
module dev.leadkit.receiver {
    requires transitive dev.leadkit.schema;
    requires com.fasterxml.jackson.core;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;

    exports dev.leadkit.receiver;
}
