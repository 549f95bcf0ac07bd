package org.syndicast.channel.ftp.impl;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** {@link FtpChannelConfig}s as Configuration Admin hands them to the component: the defaults, and overrides by key. */
final class Configs {
    private Configs() {
    }

    /** @param keyValues pairs of method name ({@code base_path}, {@code _password}) and value */
    static FtpChannelConfig of(Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return (FtpChannelConfig) Proxy.newProxyInstance(FtpChannelConfig.class.getClassLoader(),
                new Class<?>[] { FtpChannelConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return FtpChannelConfig.class;
                    }
                    if (method.getName().equals("toString")) {
                        return "FtpChannelConfig" + values.keySet();
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }
}
