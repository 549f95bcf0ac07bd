package org.syndicast.distribution.core.impl.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.xml.MediaPackageXml;
import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.PublishedElement;
import org.syndicast.distribution.api.target.ChannelTargets;
import org.syndicast.persistence.Transactions;

/**
 * The inventory of what is published where (channel, target, publication channel): written when a distribution
 * succeeds, cleared when a retraction
 * does. Recording is idempotent, so a job that runs again after a crash records the same rows.
 */
public final class PublicationStore {
    private final Transactions tx;

    public PublicationStore(EntityManagerFactory emf) {
        this.tx = new Transactions(emf);
    }

    /** Records elements published on the default target of {@code channel}. */
    public void recordPublished(String channel, Publication p, Collection<MediaPackageElement> published, long now) {
        recordPublished(channel, ChannelTargets.DEFAULT_TARGET, p, published, now);
    }

    /** Records elements published on {@code target} of {@code channel}, replacing what was recorded of them there. */
    public void recordPublished(String channel, String target, Publication p, Collection<MediaPackageElement> published,
            long now) {
        tx.write(em -> {
            recording(channel, target, p, published, now).accept(em);
            return null;
        });
    }

    /** The same as a piece of another unit of work (a job's finishing transaction). */
    public java.util.function.Consumer<EntityManager> recording(String channel, String target, Publication p,
            Collection<MediaPackageElement> published, long now) {
        return em -> {
            delete(em, channel, target, p, published.stream().map(MediaPackageElement::id).toList());
            for (MediaPackageElement element : published) {
                PublicationEntity e = new PublicationEntity();
                e.organization = p.organization();
                e.channel = channel;
                e.target = target;
                e.channelId = p.channelId();
                e.mediaPackageId = p.mediaPackageId();
                e.elementId = element.id();
                e.elementXml = MediaPackageXml.elementToXml(element);
                e.published = now;
                em.persist(e);
            }
        };
    }

    public void recordRetracted(String channel, Publication p, Collection<String> elementIds) {
        recordRetracted(channel, ChannelTargets.DEFAULT_TARGET, p, elementIds);
    }

    public void recordRetracted(String channel, String target, Publication p, Collection<String> elementIds) {
        tx.write(em -> delete(em, channel, target, p, List.copyOf(elementIds)));
    }

    /** Everything of this media package published now, ordered by channel, target, publication channel and element. */
    public List<PublishedElement> published(String organization, String mediaPackageId) {
        return tx.read(em -> em.createQuery("SELECT p FROM PublicationEntity p WHERE p.organization = :org"
                + " AND p.mediaPackageId = :mp ORDER BY p.channel, p.target, p.channelId, p.elementId", PublicationEntity.class)
                .setParameter("org", organization).setParameter("mp", mediaPackageId).getResultList().stream()
                .map(e -> new PublishedElement(e.organization, e.channel, e.channelId, e.mediaPackageId,
                        MediaPackageXml.parseElement(e.elementXml), Instant.ofEpochMilli(e.published), e.target))
                .toList());
    }

    private static int delete(EntityManager em, String channel, String target, Publication p, List<String> elementIds) {
        if (elementIds.isEmpty()) {
            return 0;
        }
        boolean isDefault = ChannelTargets.DEFAULT_TARGET.equals(target);
        return em.createQuery("DELETE FROM PublicationEntity p WHERE p.organization = :org AND p.channel = :channel"
                + (isDefault ? " AND (p.target = :target OR p.target IS NULL)" : " AND p.target = :target")
                + " AND p.channelId = :cid AND p.mediaPackageId = :mp AND p.elementId IN :ids")
                .setParameter("org", p.organization()).setParameter("channel", channel).setParameter("target", target)
                .setParameter("cid", p.channelId())
                .setParameter("mp", p.mediaPackageId()).setParameter("ids", elementIds).executeUpdate();
    }
}
