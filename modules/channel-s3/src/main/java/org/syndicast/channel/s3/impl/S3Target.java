package org.syndicast.channel.s3.impl;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Everything one configuration of the channel works with: the settings, the S3 client and presigner built
 * from them, the part buffers and the part upload threads. A configuration change retires the current target;
 * it is closed once the last operation using it has ended, so a running upload is never cut off.
 */
final class S3Target {
    private static final Logger LOG = LoggerFactory.getLogger(S3Target.class);

    private final S3Settings settings;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final PartBuffers buffers;
    private final ExecutorService parts;
    private final String presignBase;
    // one count for the channel holding the target as current, one per running operation
    private final AtomicInteger users = new AtomicInteger(1);

    S3Target(S3Settings settings, S3Client s3, S3Presigner presigner) {
        this.settings = settings;
        this.s3 = s3;
        this.presigner = presigner;
        this.buffers = new PartBuffers(settings.uploads().partSize(), settings.uploads().buffers());
        ClassLoader loader = S3Target.class.getClassLoader();
        AtomicInteger threads = new AtomicInteger();
        // at most one thread per buffer: a part is only ever uploaded from a buffer
        this.parts = new ThreadPoolExecutor(settings.uploads().buffers(), settings.uploads().buffers(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "syndicast-s3-part-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    t.setContextClassLoader(loader);
                    return t;
                });
        ((ThreadPoolExecutor) parts).allowCoreThreadTimeOut(true);
        this.presignBase = settings.presign() ? presignBase(presigner, settings.bucket()) : "";
    }

    /** Takes the target for one operation; false when it is already closed (the caller takes the new one). */
    boolean acquire() {
        int n;
        do {
            n = users.get();
            if (n == 0) {
                return false;
            }
        } while (!users.compareAndSet(n, n + 1));
        return true;
    }

    /** Ends one operation, or the channel's hold after a change; the last one closes the clients. */
    void release() {
        if (users.decrementAndGet() == 0) {
            parts.shutdown();
            s3.close();
            presigner.close();
            LOG.debug("Closed the S3 client of {}", settings);
        }
    }

    S3Settings settings() {
        return settings;
    }

    S3Client s3() {
        return s3;
    }

    S3Presigner presigner() {
        return presigner;
    }

    PartBuffers buffers() {
        return buffers;
    }

    ExecutorService parts() {
        return parts;
    }

    /** The URL a presigned URL's encoded key follows: scheme, host and, path-style, the bucket. */
    String presignBase() {
        return presignBase;
    }

    private static String presignBase(S3Presigner presigner, String bucket) {
        if (bucket.isEmpty()) {
            return "";
        }
        URI url = URI.create(presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                .getObjectRequest(g -> g.bucket(bucket).key("k"))).url().toString());
        String path = url.getRawPath();
        return url.getScheme() + "://" + url.getRawAuthority() + path.substring(0, path.length() - "/k".length());
    }
}
