/**
 * The server's one JSON reader and writer, on Jackson's streaming core: every dialect writes its JSON
 * documents and reads its JSON bodies here, so escaping and leniency are the same everywhere.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api.json;
