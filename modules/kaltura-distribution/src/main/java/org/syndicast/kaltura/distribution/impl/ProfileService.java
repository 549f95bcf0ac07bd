package org.syndicast.kaltura.distribution.impl;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.target.ChannelTargets;
import org.syndicast.kaltura.distribution.impl.persistence.ProfileEntity;
import org.syndicast.kaltura.distribution.impl.persistence.ProfileRepository;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionProfile;
import org.syndicast.kaltura.distribution.profile.DistributionProfiles;
import org.syndicast.kaltura.distribution.profile.DistributionProviders;
import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.Pager;
import org.syndicast.kaltura.distribution.profile.ProfileChange;
import org.syndicast.kaltura.distribution.profile.ProfileFilter;
import org.syndicast.kaltura.distribution.profile.ProfilePage;
import org.syndicast.transform.Stylesheets;

/**
 * The profiles: rows in the {@code syndicast-kaltura} unit, each one target {@code kaltura-profile-{id}} of its
 * channel. The target is put inside the row's transaction, so a refused target leaves no row; a commit that fails
 * after the put removes the target again.
 */
@Component(service = DistributionProfiles.class, configurationPid = "org.syndicast.kaltura.distribution")
public final class ProfileService implements DistributionProfiles {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileService.class);

    private final ProfileRepository rows;
    private final ChannelTargets targets;
    private final DistributionProviders providers;
    private final TargetSettings.Download download;
    private final KeyFiles keys;
    private final StylesheetCheck stylesheets;
    private final Clock clock;

    @Activate
    public ProfileService(ProfilesConfig config,
            @Reference(target = "(osgi.unit.name=syndicast-kaltura)") EntityManagerFactory emf,
            @Reference ChannelTargets targets, @Reference DistributionProviders providers,
            @Reference Stylesheets stylesheets) {
        this(new ProfileRepository(emf), targets, providers, download(config), new KeyFiles(keyDirectory(config)),
                stylesheets, Clock.systemUTC());
    }

    ProfileService(ProfileRepository rows, ChannelTargets targets, DistributionProviders providers,
            TargetSettings.Download download, KeyFiles keys, Stylesheets stylesheets, Clock clock) {
        this.rows = rows;
        this.targets = targets;
        this.providers = providers;
        this.download = download;
        this.keys = keys;
        this.stylesheets = new StylesheetCheck(stylesheets);
        this.clock = clock;
    }

    private static TargetSettings.Download download(ProfilesConfig c) {
        Path dir = c.download_directory().isBlank()
                ? Paths.get(System.getProperty("karaf.base", "."), "kaltura-downloads")
                : Paths.get(c.download_directory());
        return new TargetSettings.Download(dir.toAbsolutePath().normalize(), strip(c.download_url()),
                strip(c.download_serve_path()));
    }

    private static Path keyDirectory(ProfilesConfig c) {
        return c.key_directory().isBlank() ? Paths.get(System.getProperty("karaf.data", "data"), "kaltura-keys")
                : Paths.get(c.key_directory());
    }

    private static String strip(String s) {
        String t = s.trim();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    @Override
    public DistributionProfile add(String partnerId, ProfileChange change) {
        ProfileClass cls = ProfileClass.of(change);
        Channel channel = channelOf(cls, change);
        stylesheets.check(change);
        AtomicReference<String> put = new AtomicReference<>();
        try {
            return rows.write(em -> {
                ProfileEntity e = defaults(partnerId, cls, channel);
                Secrets secrets = new Secrets();
                ProfileFields.apply(e, change, true, cls, channel, secrets);
                e.createdAt = now();
                e.updatedAt = e.createdAt;
                em.persist(e);
                em.flush();
                String target = ProfileRows.targetName(e.id);
                if (channel == Channel.DOWNLOAD) {
                    TargetSettings.downloadLocation(e, target, download);
                }
                putTarget(e, channel, target, secrets);
                put.set(target);
                LOG.info("Kaltura partner {} added distribution profile {} on channel {}", partnerId, e.id,
                        channel.channelName());
                return ProfileRows.profile(e);
            });
        } catch (RuntimeException failed) {
            undo(channel, put.get());
            throw failed;
        }
    }

    @Override
    public DistributionProfile get(String partnerId, long id) {
        return rows.find(partnerId, id).map(ProfileRows::profile).orElseThrow(() -> DistributionErrors.profileNotFound(id));
    }

    @Override
    public ProfilePage list(String partnerId, ProfileFilter filter, Pager pager) {
        ProfileRepository.Page page = rows.list(partnerId, filter == null ? ProfileFilter.NONE : filter,
                pager == null ? Pager.DEFAULT : pager);
        return new ProfilePage(page.total(), page.rows().stream().map(ProfileRows::profile).toList());
    }

    @Override
    public DistributionProfile update(String partnerId, long id, ProfileChange change) {
        return rows.write(em -> {
            ProfileEntity e = ProfileRepository.require(em, partnerId, id);
            stylesheets.check(change);
            Channel channel = Channel.ofName(e.channel).orElseThrow();
            ProfileClass cls = updateClass(change, e, channel);
            Secrets secrets = new Secrets();
            ProfileFields.apply(e, change, false, cls, channel, secrets);
            e.updatedAt = Math.max(now(), e.updatedAt);
            em.flush();
            putTarget(e, channel, ProfileRows.targetName(e.id), secrets);
            LOG.info("Kaltura partner {} updated distribution profile {} ({})", partnerId, id, change);
            return ProfileRows.profile(e);
        });
    }

    @Override
    public DistributionProfile updateStatus(String partnerId, long id, int status) {
        if (status < DistributionProfile.DISABLED || status > DistributionProfile.DELETED) {
            throw DistributionErrors.invalidEnum("status", status, "KalturaDistributionProfileStatus");
        }
        if (status == DistributionProfile.DELETED) {
            return remove(partnerId, id);
        }
        return rows.write(em -> {
            ProfileEntity e = ProfileRepository.require(em, partnerId, id);
            if (e.status != status) {
                e.status = status;
                e.updatedAt = Math.max(now(), e.updatedAt);
            }
            return ProfileRows.profile(e);
        });
    }

    @Override
    public void delete(String partnerId, long id) {
        remove(partnerId, id);
    }

    private DistributionProfile remove(String partnerId, long id) {
        DistributionProfile removed = rows.write(em -> {
            ProfileEntity e = ProfileRepository.require(em, partnerId, id);
            DistributionProfile answer = ProfileRows.profile(e, DistributionProfile.DELETED);
            em.remove(e);
            em.flush();
            String target = ProfileRows.targetName(id);
            try {
                targets.remove(e.channel, target);
            } catch (ChannelUnavailableException gone) {
                LOG.warn("Profile {} deleted while channel {} is not installed: its target {} stays configured",
                        id, e.channel, target);
            }
            return answer;
        });
        keys.remove(removed.targetName());
        LOG.info("Kaltura partner {} deleted distribution profile {}", partnerId, id);
        return removed;
    }

    private Channel channelOf(ProfileClass cls, ProfileChange change) {
        Channel channel;
        if (cls == ProfileClass.FTP) {
            channel = Channel.FTP;
        } else {
            if (!change.has("genericProviderId")) {
                throw DistributionErrors.cannotBeNull("genericProviderId");
            }
            Integer id = Values.int32("genericProviderId", change.get("genericProviderId"));
            if (id == null) {
                throw DistributionErrors.cannotBeNull("genericProviderId");
            }
            channel = Channel.ofProviderId(id).orElseThrow(() -> DistributionErrors.providerNotFound(id));
        }
        if (!providers.installed(channel)) {
            throw DistributionErrors.providerNotFound(channel.providerId());
        }
        return channel;
    }

    /** The class of an update: the generic class for any profile, the FTP class for FTP channel profiles only. */
    private static ProfileClass updateClass(ProfileChange change, ProfileEntity e, Channel channel) {
        if (!change.has("objectType")) {
            return ProfileClass.ofStored(e.objectType);
        }
        ProfileClass cls = ProfileClass.of(change);
        if (cls == ProfileClass.FTP && channel != Channel.FTP) {
            throw DistributionErrors.notUpdatable("objectType");
        }
        return cls;
    }

    private static ProfileEntity defaults(String partnerId, ProfileClass cls, Channel channel) {
        ProfileEntity e = new ProfileEntity();
        e.partnerId = partnerId;
        e.objectType = cls.objectType;
        e.providerType = "1";
        e.status = DistributionProfile.DISABLED;
        e.submitEnabled = 3;
        e.updateEnabled = 3;
        e.deleteEnabled = 3;
        e.reportEnabled = 1;
        e.distributeTrigger = 1;
        e.channel = channel.channelName();
        e.protocol = TargetFields.defaultProtocol(channel);
        e.ftpPassiveMode = true;
        return e;
    }

    private void putTarget(ProfileEntity e, Channel channel, String target, Secrets secrets) {
        if (secrets.privateKey != null) {
            keys.put(target, secrets.privateKey);
        }
        Path keyFile = channel == Channel.FTP ? keys.existing(target) : null;
        try {
            targets.put(channel.channelName(), target, TargetSettings.of(e, channel, target, secrets, download, keyFile));
        } catch (ChannelUnavailableException gone) {
            throw DistributionErrors.providerNotFound(channel.providerId());
        } catch (InvalidInputException refused) {
            throw DistributionErrors.wrongFormat("target", refused.getMessage());
        }
    }

    private void undo(Channel channel, String target) {
        if (target == null) {
            return;
        }
        try {
            targets.remove(channel.channelName(), target);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove target {} of channel {} after a failed add: {}", target, channel.channelName(),
                    e.getMessage());
        }
        keys.remove(target);
    }
}
