/**
 * Units of work on a resource-local JPA persistence unit, shared by every Syndicast bundle that keeps rows:
 * {@link org.syndicast.persistence.Transactions}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.persistence;
