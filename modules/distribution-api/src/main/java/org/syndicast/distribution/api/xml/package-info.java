/**
 * The Opencast-compatible documents: media package XML, element lists ({@code ###}-joined), job documents in
 * XML and JSON, error documents, and the hardened StAX factories every parser of the server uses
 * ({@link org.syndicast.distribution.api.xml.SecureXml}: no DTDs, no external entities).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api.xml;
