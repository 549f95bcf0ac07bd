package org.syndicast.asset.api;

import java.nio.file.Path;

/**
 * The bytes of one element as the content store holds them: a read-only local file, never to be written.
 *
 * @param element the element
 * @param file    its bytes
 */
public record StoredContent(AssetElement element, Path file) {
}
