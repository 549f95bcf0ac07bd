package org.syndicast.distribution.rest;

/**
 * The {@code osgi.jaxrs.name}s of the server's REST extensions, for {@code @JaxrsExtensionSelect}: a resource
 * that selects them is not served until they are. Selecting does not apply a filter (in the default
 * application every extension sees every resource): the name bindings {@link Authenticated} and
 * {@link BodyLimit} do.
 */
public final class RestExtensions {
    /** The authentication filter, applied by {@link Authenticated}. */
    public static final String AUTH = "syndicast.auth";
    /** The one exception mapper. */
    public static final String ERRORS = "syndicast.errors";
    /** The body limit ({@code max.body.bytes}), applied by {@link BodyLimit}. */
    public static final String LIMITS = "syndicast.limits";

    /** {@code (osgi.jaxrs.name=syndicast.auth)}. */
    public static final String SELECT_AUTH = "(osgi.jaxrs.name=" + AUTH + ")";
    /** {@code (osgi.jaxrs.name=syndicast.errors)}. */
    public static final String SELECT_ERRORS = "(osgi.jaxrs.name=" + ERRORS + ")";
    /** {@code (osgi.jaxrs.name=syndicast.limits)}. */
    public static final String SELECT_LIMITS = "(osgi.jaxrs.name=" + LIMITS + ")";

    private RestExtensions() {
    }
}
