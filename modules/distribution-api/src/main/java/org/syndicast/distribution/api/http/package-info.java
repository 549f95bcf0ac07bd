/**
 * HTTP serving decisions shared by every place that serves stored bytes (the download channel's public files,
 * the asset store's public links): single byte ranges, entity tags, and the status of a conditional or ranged
 * GET, all without the servlet or JAX-RS API so that each server can move its own headers and bytes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api.http;
