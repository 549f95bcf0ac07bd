package org.syndicast.asset.api;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The asset store. Every method acts in one tenant; an asset of another tenant is answered as if it did not
 * exist ({@link AssetNotFoundException}). Every change is recorded as an {@link AssetChange}. Bytes are
 * streamed in and out, never held whole in memory.
 */
public interface AssetStore {

    /**
     * Creates an asset.
     *
     * @throws org.syndicast.distribution.api.InvalidInputException {@code ASSET_EXISTS} (409) when the wanted id
     *                                                              is taken, {@code INVALID_SEGMENT} for a bad id
     */
    Asset create(String tenant, String user, NewAsset asset);

    /** The asset, if the tenant has it. */
    Optional<Asset> find(String tenant, String id);

    /** A page of the tenant's assets, newest first. */
    AssetPage list(AssetQuery query);

    /** Changes metadata, readiness or moderation. */
    Asset update(String tenant, String user, String id, AssetUpdate update);

    /**
     * Streams {@code bytes} into the content store (computing size, MD5 and SHA-256 on the way) and adds or
     * replaces the element. Nothing is recorded when the stream fails.
     *
     * @throws org.syndicast.distribution.api.InvalidInputException {@code ELEMENT_TOO_LARGE} (413) past the
     *                                                              configured limit
     */
    AssetElement store(String tenant, String user, String assetId, NewElement element, InputStream bytes);

    /**
     * Like {@link #store} with the bytes read from {@code source}: a {@code file:} URL under a configured inbox
     * root or an http(s) URL under an allow-listed prefix; anything else is a 400 {@code SOURCE_NOT_ALLOWED}.
     */
    AssetElement storeFrom(String tenant, String user, String assetId, NewElement element, URI source);

    /** Removes an element; its bytes go when no other element references them. */
    void removeElement(String tenant, String user, String assetId, String elementId);

    /** The bytes of an element, if the tenant has it. */
    Optional<StoredContent> content(String tenant, String assetId, String elementId);

    /** The asset's recorded changes, oldest first (they outlive the asset). */
    List<AssetChange> changes(String tenant, String assetId);

    /**
     * Deletes the asset: its public links stop answering at once, every channel distribution of it is queued
     * for retraction, its bytes go when nothing else references them.
     */
    DeletionReport delete(String tenant, String user, String assetId);

    /**
     * Makes a public link to the asset.
     *
     * @param linkId  the wanted id; generated when empty; a taken id is a 409 {@code LINK_EXISTS}
     * @param expires when the link stops answering; never when empty
     */
    PublicLink createLink(String tenant, String user, String assetId, Optional<String> linkId, Optional<Instant> expires);

    /** The link with this id if it exists and has not expired: links are public, so no tenant is given. */
    Optional<PublicLink> link(String linkId);
}
