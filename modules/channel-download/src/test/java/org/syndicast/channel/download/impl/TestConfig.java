package org.syndicast.channel.download.impl;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

/** A {@link DownloadChannelConfig} as Configuration Admin would hand it to a component. */
@SuppressWarnings("all")
record TestConfig(String directory, String url, String serve_path, boolean serve_enabled, long cache_max_age)
        implements DownloadChannelConfig {

    static TestConfig defaults() {
        return new TestConfig("", "http://localhost:8181/static", "/static", true, 3600);
    }

    static TestConfig at(Path directory) {
        return defaults().withDirectory(directory.toString());
    }

    TestConfig withDirectory(String newDirectory) {
        return new TestConfig(newDirectory, url, serve_path, serve_enabled, cache_max_age);
    }

    TestConfig withUrl(String newUrl) {
        return new TestConfig(directory, newUrl, serve_path, serve_enabled, cache_max_age);
    }

    TestConfig withServePath(String newServePath) {
        return new TestConfig(directory, url, newServePath, serve_enabled, cache_max_age);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return DownloadChannelConfig.class;
    }
}
