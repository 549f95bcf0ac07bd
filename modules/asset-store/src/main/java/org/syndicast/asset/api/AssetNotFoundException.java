package org.syndicast.asset.api;

import org.syndicast.distribution.api.InvalidInputException;

/** No such asset (or element, or link) for this tenant: a 404 in every dialect. */
public class AssetNotFoundException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public AssetNotFoundException(String code, String message) {
        super(code, message, 404);
    }

    /** No asset {@code id} in the caller's tenant. */
    public static AssetNotFoundException asset(String id) {
        return new AssetNotFoundException("ASSET_NOT_FOUND", "No asset '" + id + "'");
    }
}
