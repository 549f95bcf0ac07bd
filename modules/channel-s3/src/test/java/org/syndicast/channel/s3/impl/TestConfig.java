package org.syndicast.channel.s3.impl;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@link S3ChannelConfig} as Configuration Admin would hand it to the component: the given values by
 * method name ({@code path_style}, {@code _secret_key}), the annotation's defaults for the rest.
 */
final class TestConfig {
    private TestConfig() {
    }

    static S3ChannelConfig of(Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return (S3ChannelConfig) Proxy.newProxyInstance(S3ChannelConfig.class.getClassLoader(),
                new Class<?>[] { S3ChannelConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> S3ChannelConfig.class;
                    case "toString" -> "TestConfig" + values;
                    case "hashCode" -> values.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> values.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    /** A configured channel against a local endpoint, path-style, with static keys. */
    static S3ChannelConfig local(Object... more) {
        Object[] base = { "endpoint", "http://127.0.0.1:9", "bucket", "media", "path_style", true, "access_key",
                "AKIDEXAMPLE", "_secret_key", "s3cr3t-SECRET-value" };
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return of(all);
    }
}
