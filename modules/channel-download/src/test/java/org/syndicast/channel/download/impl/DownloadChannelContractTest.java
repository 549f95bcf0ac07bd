package org.syndicast.channel.download.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.syndicast.channel.testkit.ChannelContract;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.Publication;

/** The shared channel contract against the download channel's peer: a real temporary directory. */
class DownloadChannelContractTest extends ChannelContract {

    private Path root() {
        return temp.resolve("downloads");
    }

    @Override
    protected DistributionService channel() {
        return new DownloadDistributionService(TestConfig.at(root()));
    }

    @Override
    protected Optional<byte[]> placed(Publication publication, String elementId, String fileName) throws IOException {
        Path file = dir(publication).resolve(elementId).resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    protected List<String> storedNames(Publication publication) throws IOException {
        if (!Files.isDirectory(dir(publication))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir(publication))) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    private Path dir(Publication publication) {
        return root().resolve(publication.organization()).resolve(publication.channelId())
                .resolve(publication.mediaPackageId());
    }
}
