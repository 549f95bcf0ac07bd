/**
 * What every dialect's JAX-RS resources share with the server's one set of REST extensions: the extension
 * names to select ({@link org.syndicast.distribution.rest.RestExtensions}), the name bindings that apply the
 * authentication filter and the body limit to a resource or method ({@link org.syndicast.distribution.rest.Authenticated},
 * {@link org.syndicast.distribution.rest.BodyLimit}), and the seam through which a dialect gives the one exception
 * mapper its error document ({@link org.syndicast.distribution.rest.ErrorShape}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.rest;
