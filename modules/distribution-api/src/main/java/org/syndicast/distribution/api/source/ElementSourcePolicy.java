package org.syndicast.distribution.api.source;

import java.net.URI;

import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * The one policy that decides which URLs the server may read element bytes from, offered by the distribution
 * core and asked by every module that reads element bytes (the Opencast endpoints, asset register-by-URL, the
 * Kaltura and generic channels): {@code file:} URLs only under a configured inbox root, symbolic links
 * resolved first; http(s) URLs only under an allow-listed prefix, without user info, never following a
 * redirect; dot segments in any encoding ({@code ..}, {@code %2e%2e}, {@code .%2E}, double-encoded
 * {@code %252e}) and encoded slashes or backslashes refused; other schemes only through a registered
 * {@link org.syndicast.distribution.api.ElementContentProvider}. Configured by the core's PID
 * {@code org.syndicast.distribution.core} ({@code inbox.roots}, {@code http.allow}).
 */
public interface ElementSourcePolicy {

    /**
     * The bytes behind {@code url} as a caller of {@code organization} may read them. Nothing is read yet: the
     * returned content opens its stream when asked.
     *
     * @param organization the caller's tenant (needed by provided schemes such as {@code asset:}); may be null
     *                     for file and http(s) URLs
     * @param elementId    what the URL is for, in error messages, and the file name when the URL gives no safe one
     * @throws InvalidInputException 400 {@code SOURCE_NOT_ALLOWED} for a URL the policy refuses,
     *                               {@code SOURCE_NOT_FOUND} for an allowed one with nothing behind it,
     *                               {@code SOURCE_MISSING} for no URL
     */
    ElementContent resolve(String organization, String elementId, URI url);
}
