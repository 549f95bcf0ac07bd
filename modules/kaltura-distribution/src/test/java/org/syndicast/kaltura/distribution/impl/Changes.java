package org.syndicast.kaltura.distribution.impl;

import java.util.List;

import org.syndicast.kaltura.distribution.profile.ProfileChange;
import org.syndicast.kaltura.distribution.profile.ThumbDimensions;

/** Requests as the adapters would build them. */
final class Changes {
    private Changes() {
    }

    static ProfileChange generic(String name, int providerId) {
        return new ProfileChange().set("objectType", "KalturaGenericDistributionProfile").set("name", name)
                .set("genericProviderId", Integer.toString(providerId));
    }

    static ProfileChange ftpAction(String host, String path, String user, String password) {
        return new ProfileChange().set("objectType", "KalturaGenericDistributionProfileAction").set("protocol", "1")
                .set("serverUrl", host).set("serverPath", path).set("username", user).set("password", password)
                .set("ftpPassiveMode", "true");
    }

    static ProfileChange genericFtp(String name) {
        return generic(name, 2).set("submitAction", ftpAction("ftp.example.com", "ingest", "feed", "s3cret-pw"))
                .set("requiredFlavorParamsIds", "0").set("submitEnabled", "3")
                .set("requiredThumbDimensions", List.of(new ThumbDimensions(640, 360)));
    }
}
