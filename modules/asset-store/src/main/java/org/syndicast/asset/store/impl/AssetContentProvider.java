package org.syndicast.asset.store.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.asset.api.AssetMediaPackages;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.StoredContent;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.ElementContentProvider;

/**
 * Lets the distribution core read {@code asset://{assetId}/{elementId}} URLs: the element's stored file, in
 * the caller's tenant only. The file is local, so the download channel hard-links it.
 */
@Component(property = ElementContentProvider.SCHEME_PROPERTY + "=" + AssetMediaPackages.SCHEME)
public final class AssetContentProvider implements ElementContentProvider {
    private final AssetStore store;

    @Activate
    public AssetContentProvider(@Reference AssetStore store) {
        this.store = store;
    }

    @Override
    public Optional<ElementContent> content(String organization, URI url) {
        return AssetMediaPackages.parse(url).flatMap(ids -> store.content(organization, ids[0], ids[1]))
                .map(Stored::new);
    }

    /** The bytes of a stored element. */
    private record Stored(StoredContent stored) implements ElementContent {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(stored.file());
        }

        @Override
        public Optional<Path> localFile() {
            return Optional.of(stored.file());
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.of(stored.element().size());
        }

        @Override
        public String fileName() {
            return stored.element().fileName();
        }
    }
}
