package org.syndicast.itests;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The channel tests' media: two random files in the server's inbox, {@code presenter.mp4} and {@code slides.mp4},
 * and media packages with one track for each ({@code track-1} and {@code track-2}).
 */
record Lecture(Path video, Path slides) {

    /** Writes both files into {@code dir}, the slides with {@code seed + 1}. */
    static Lecture in(Path dir, long videoSize, long slidesSize, long seed) throws IOException {
        return new Lecture(MediaPackages.randomFile(dir.resolve("presenter.mp4"), videoSize, seed),
                MediaPackages.randomFile(dir.resolve("slides.mp4"), slidesSize, seed + 1));
    }

    /** A media package of this id with both files as tracks. */
    String mp(String id) {
        return MediaPackages.withTracks(id, video.toUri().toString(), slides.toUri().toString());
    }
}
