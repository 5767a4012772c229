/**
 * Not API, may change in any release: implementation shared by leadkit's own modules only.
 *
 * <p>Nothing outside leadkit needs this package: not an application, not a Bean Validation provider (the constraint
 * validators are {@code dev.leadkit.model.LeadChecks.EmailAddressValidator} and {@code ReachableValidator}), not
 * Quarkus, not a test that uses lead-testing. On the module path it is exported to leadkit's modules only; on the
 * class path nothing stops a caller, and nothing about it is promised. It is left out of the published Javadoc.
 */
package dev.leadkit.model.internal;
