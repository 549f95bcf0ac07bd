package org.syndicast.asset.api;

import java.util.Optional;

/**
 * What a client gives to create an asset.
 *
 * @param id       the wanted id (one path segment); generated when empty; a taken id is an error
 * @param metadata title, description, tags, fields and statuses; statuses default to PENDING
 */
public record NewAsset(Optional<String> id, AssetUpdate metadata) {
}
