package org.syndicast.channel.s3.impl;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.syndicast.channel.testkit.ChannelContract;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.Publication;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The shared channel contract against the S3 channel's unit-test peer, {@link FakeS3} (the S3 API's behaviour the
 * channel relies on, in memory); against S3Proxy it runs in the integration tests.
 */
class S3ChannelContractTest extends ChannelContract {
    private final FakeS3 s3 = new FakeS3();

    @Override
    protected DistributionService channel() {
        return new S3DistributionService(S3Settings.from(TestConfig.local()), this::target);
    }

    private S3Target target(S3Settings settings) {
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        return new S3Target(settings, s3, presigner);
    }

    @Override
    protected Optional<byte[]> placed(Publication publication, String elementId, String fileName) {
        return Optional.ofNullable(s3.objects.get(prefix(publication) + elementId + "/" + fileName));
    }

    @Override
    protected List<String> storedNames(Publication publication) {
        return s3.objects.keySet().stream().filter(k -> k.startsWith(prefix(publication))).sorted().toList();
    }

    private static String prefix(Publication p) {
        return p.organization() + "/" + p.channelId() + "/" + p.mediaPackageId() + "/";
    }
}
