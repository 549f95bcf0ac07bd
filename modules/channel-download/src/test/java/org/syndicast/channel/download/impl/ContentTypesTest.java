package org.syndicast.channel.download.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource({
        "video.mp4, video/mp4",
        "VIDEO.MP4, video/mp4",
        "audio.m4a, audio/mp4",
        "audio.mp3, audio/mpeg",
        "clip.webm, video/webm",
        "clip.mkv, video/x-matroska",
        "clip.mov, video/quicktime",
        "poster.jpg, image/jpeg",
        "poster.jpeg, image/jpeg",
        "poster.png, image/png",
        "anim.gif, image/gif",
        "img.webp, image/webp",
        "captions.vtt, text/vtt",
        "captions.srt, application/x-subrip",
        "dublincore.xml, application/xml",
        "data.json, application/json",
        "notes.txt, text/plain",
        "slides.pdf, application/pdf",
        "index.m3u8, application/vnd.apple.mpegurl",
        "segment.ts, video/mp2t",
        "archive.tar.gz, application/octet-stream",
        "page.html, application/octet-stream",
        "drawing.svg, application/octet-stream",
        "noextension, application/octet-stream",
        "trailingdot., application/octet-stream"
    })
    void typeFollowsTheExtension(String fileName, String type) {
        assertThat(ContentTypes.of(fileName)).isEqualTo(type);
    }
}
