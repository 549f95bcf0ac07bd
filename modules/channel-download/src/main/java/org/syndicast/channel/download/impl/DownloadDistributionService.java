package org.syndicast.channel.download.impl;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.SourceReadException;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * The {@code download} channel: publishes elements as files under a local directory, laid out as
 * {@code {directory}/{org}/{channelId}/{mpId}/{elementId}/{fileName}}, and answers with the matching public URL
 * {@code {url}/{org}/{channelId}/{mpId}/{elementId}/{fileName}}. The element directory belongs to this channel:
 * retracting the element removes it whole, then the parents it leaves empty.
 */
@Component(service = DistributionService.class, property = {DistributionService.CHANNEL_PROPERTY + "=download",
        ChannelTargets.TARGET_PROPERTY + "=" + ChannelTargets.DEFAULT_TARGET,
        ChannelTargets.FACTORY_PID_PROPERTY + "=" + DownloadChannelConfig.TARGET_PID},
        configurationPid = DownloadChannelConfig.PID)
@Designate(ocd = DownloadChannelConfig.class)
public final class DownloadDistributionService implements DistributionService {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadDistributionService.class);

    private final ElementFileWriter writer = new ElementFileWriter();
    private volatile ChannelSettings settings;

    @Activate
    public DownloadDistributionService(DownloadChannelConfig config) {
        this(ChannelSettings.from(config));
    }

    DownloadDistributionService(ChannelSettings settings) {
        this.settings = settings;
        LOG.info("Download channel publishes into {} as {}", settings.directory(), settings.baseUrl());
    }

    @Modified
    void modified(DownloadChannelConfig config) {
        settings = ChannelSettings.from(config);
        LOG.info("Download channel now publishes into {} as {}", settings.directory(), settings.baseUrl());
    }

    @Override
    public MediaPackageElement distribute(Publication publication, MediaPackageElement element, ElementContent content)
            throws DistributionException {
        ChannelSettings current = settings;
        String elementId = segment("element id", element.id());
        String fileName = segment("file name", content.fileName());
        if (fileName.startsWith(".")) {
            // dot-files are never served (temporary files are dot-files): publishing one would yield a dead URL
            throw DistributionException.permanent("INVALID_SEGMENT",
                    "'file name' must not start with a dot: '" + fileName + "'", null);
        }
        List<String> directories = segments(publication, elementId);
        Path root = writableRoot(current);
        try {
            Path file = writer.write(root, directories, fileName, content);
            LOG.debug("Distributed element '{}' of {} to {}", elementId, publication, file);
        } catch (UnsafeTargetException e) {
            throw DistributionException.permanent("TARGET_PATH_UNSAFE", e.getMessage(), e);
        } catch (ElementFileWriter.SizeMismatchException e) {
            throw DistributionException.transientFailure("SIZE_MISMATCH",
                    "Element '" + elementId + "' changed while being copied: " + e.getMessage(), e);
        } catch (SourceReadException e) {
            throw DistributionException.transientFailure("SOURCE_IO",
                    "Could not read the source of element '" + elementId + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw DistributionException.transientFailure("TARGET_IO",
                    "Could not write element '" + elementId + "' into the download directory: " + e, e);
        }
        return element.withUrl(current.publicUrl(publication, elementId, fileName));
    }

    @Override
    public void retract(Publication publication, MediaPackageElement element) throws DistributionException {
        ChannelSettings current = settings;
        String elementId = segment("element id", element.id());
        List<String> parents = segments(publication);
        try {
            Optional<Path> root = existingRoot(current);
            if (root.isEmpty()) {
                return; // nothing was ever published here
            }
            Optional<Path> publicationDir = ConfinedTree.existingDirectory(root.get(), parents);
            if (publicationDir.isPresent()) {
                Optional<Path> elementDir = ConfinedTree.existingDirectory(publicationDir.get(), List.of(elementId));
                if (elementDir.isPresent()) {
                    ConfinedTree.deleteTree(elementDir.get());
                    LOG.debug("Retracted element '{}' of {}", elementId, publication);
                }
                // prune even when the element was gone: an earlier retract may have stopped before pruning
                ConfinedTree.pruneEmptyDirectories(root.get(), publicationDir.get());
            }
        } catch (UnsafeTargetException e) {
            throw DistributionException.permanent("TARGET_PATH_UNSAFE", e.getMessage(), e);
        } catch (IOException e) {
            throw DistributionException.transientFailure("TARGET_IO",
                    "Could not remove element '" + elementId + "' from the download directory: " + e, e);
        }
    }

    /** The real download directory, created when missing; a directory we cannot write to will not heal. */
    private static Path writableRoot(ChannelSettings current) throws DistributionException {
        Path directory = current.directory();
        try {
            Files.createDirectories(directory);
            Path real = directory.toRealPath();
            if (Files.isDirectory(real) && Files.isWritable(real)) {
                return real;
            }
        } catch (IOException e) {
            throw DistributionException.permanent("TARGET_NOT_WRITABLE",
                    "The download directory " + directory + " does not exist and cannot be created: " + e, e);
        }
        throw DistributionException.permanent("TARGET_NOT_WRITABLE",
                "The download directory " + directory + " is not a writable directory", null);
    }

    private static Optional<Path> existingRoot(ChannelSettings current) throws IOException {
        try {
            return Optional.of(current.directory().toRealPath());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static List<String> segments(Publication publication) throws DistributionException {
        return List.of(segment("organization", publication.organization()),
                segment("channelId", publication.channelId()),
                segment("mediapackage id", publication.mediaPackageId()));
    }

    private static List<String> segments(Publication publication, String elementId) throws DistributionException {
        List<String> segments = new ArrayList<>(segments(publication));
        segments.add(elementId);
        return segments;
    }

    /**
     * Validates a segment, as a permanent failure of this element: retrying will not make it valid. Besides
     * the {@link Segments} rules, the name must be representable on this file system: a JVM started with a
     * non-UTF-8 locale ({@code sun.jnu.encoding}) cannot name files with characters outside that charset.
     */
    private static String segment(String name, String value) throws DistributionException {
        try {
            Segments.require(name, value);
            FileSystems.getDefault().getPath(value);
            return value;
        } catch (InvalidInputException e) {
            throw DistributionException.permanent(e.code(), e.getMessage(), e);
        } catch (InvalidPathException e) {
            throw DistributionException.permanent("INVALID_SEGMENT", "'" + name + "' cannot be a file name here: the "
                    + "server's file name encoding is " + System.getProperty("sun.jnu.encoding")
                    + "; run it with a UTF-8 locale", e);
        }
    }
}
