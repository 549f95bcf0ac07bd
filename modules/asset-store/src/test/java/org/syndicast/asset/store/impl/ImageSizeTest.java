package org.syndicast.asset.store.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImageSizeTest {

    private static byte[] image(String format, int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void readsPngGifAndJpegSizes() throws Exception {
        assertThat(ImageSize.of(image("png", 640, 360))).hasValueSatisfying(s -> assertThat(s).containsExactly(640, 360));
        assertThat(ImageSize.of(image("gif", 33, 17))).hasValueSatisfying(s -> assertThat(s).containsExactly(33, 17));
        assertThat(ImageSize.of(image("jpg", 1920, 1080))).hasValueSatisfying(s -> assertThat(s).containsExactly(1920, 1080));
    }

    @Test
    void otherBytesHaveNoSize() {
        assertThat(ImageSize.of("not an image at all, not at all".getBytes())).isEmpty();
        assertThat(ImageSize.of(new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 1 })).isEmpty();
        assertThat(ImageSize.of(new byte[0])).isEmpty();
    }
}
