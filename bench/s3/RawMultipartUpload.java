import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The reference of the S3 benchmark: a plain AWS SDK v2 multipart upload of one file, written the way the SDK's
 * documentation shows it (no Syndicast code): the same HTTP client, part size and parallelism as the channel.
 *
 *   bucket ENDPOINT BUCKET ID SECRET                                  make the bucket
 *   upload ENDPOINT BUCKET ID SECRET KEY FILE PART_BYTES CONCURRENCY [when-required]
 *                                        upload, print the milliseconds it took; with "when-required" the SDK's
 *                                        own CRC32 checksums are off (the channel's setting: it sends Content-MD5)
 */
public class RawMultipartUpload {
    public static void main(String[] a) throws Exception {
        var builder = S3Client.builder().endpointOverride(URI.create(a[1])).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(a[3], a[4])));
        if (a.length > 9 && a[9].equals("when-required")) {
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
        }
        try (S3Client s3 = builder.build()) {
            if (a[0].equals("bucket")) {
                s3.createBucket(b -> b.bucket(a[2]));
                return;
            }
            int part = Integer.parseInt(a[7]);
            int concurrency = Integer.parseInt(a[8]);
            // warm-up in this JVM (class loading, connections), as the server's channel is warmed up before it
            upload(s3, a[2], a[5] + ".warm-up", Path.of(a[6]), part, concurrency, 2L * part);
            long t0 = System.nanoTime();
            upload(s3, a[2], a[5], Path.of(a[6]), part, concurrency, Long.MAX_VALUE);
            System.out.println((System.nanoTime() - t0) / 1_000_000);
        }
    }

    static void upload(S3Client s3, String bucket, String key, Path file, int partSize, int concurrency, long limit)
            throws Exception {
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        Semaphore slots = new Semaphore(concurrency);
        List<Future<CompletedPart>> parts = new ArrayList<>();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = Math.min(limit, in.size());
            for (int n = 1; (long) (n - 1) * partSize < size; n++) {
                slots.acquire();
                byte[] buf = new byte[(int) Math.min(partSize, size - (long) (n - 1) * partSize)];
                ByteBuffer bb = ByteBuffer.wrap(buf);
                while (bb.hasRemaining() && in.read(bb, (long) (n - 1) * partSize + bb.position()) > 0) {
                    // read the whole part
                }
                int number = n;
                parts.add(pool.submit(() -> {
                    try {
                        String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(id).partNumber(number),
                                RequestBody.fromBytes(buf)).eTag();
                        return CompletedPart.builder().partNumber(number).eTag(etag).build();
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<CompletedPart> done = new ArrayList<>();
            for (Future<CompletedPart> f : parts) {
                done.add(f.get());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(id).multipartUpload(m -> m.parts(done)));
        } finally {
            pool.shutdown();
        }
    }
}
