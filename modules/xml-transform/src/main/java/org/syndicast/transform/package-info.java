/**
 * The server's one sandboxed XML transformation service: XSLT 1.0 stylesheets ({@link
 * org.syndicast.transform.Stylesheets}), XML Schemas ({@link org.syndicast.transform.Schemas}) and the generic
 * channel's results parsers ({@link org.syndicast.transform.ResultsParsers}). Everything a caller hands in is
 * treated as hostile: no DTDs or external entities, no URI is ever resolved, no extension functions or
 * elements, and every run is bounded in time and output size. Failures are {@link
 * org.syndicast.transform.TransformException}s carrying {@link org.syndicast.transform.XmlProblem}s with line
 * and column.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.transform;
