package org.syndicast.asset.store.impl.persistence;

import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.syndicast.asset.api.PublicLink;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.persistence.Transactions;

/** Public links in the database. */
public final class LinkRepository {
    private final Transactions tx;

    public LinkRepository(EntityManagerFactory emf) {
        this.tx = new Transactions(emf);
    }

    /** Writes a link to an asset of the tenant; a taken id is a 409, a missing asset a 404. */
    public PublicLink create(String tenant, String user, String assetId, String linkId, Long expires, long now) {
        return tx.write(em -> {
            AssetRepository.require(em, tenant, assetId);
            if (em.find(LinkEntity.class, linkId) != null) {
                throw new InvalidInputException("LINK_EXISTS", "Distribution id '" + linkId + "' is taken", 409);
            }
            LinkEntity l = new LinkEntity();
            l.linkId = linkId;
            l.tenant = tenant;
            l.assetId = assetId;
            l.creator = user;
            l.created = now;
            l.expires = expires;
            em.persist(l);
            return Rows.link(l);
        });
    }

    public Optional<PublicLink> find(String linkId) {
        return tx.read(em -> Optional.ofNullable(em.find(LinkEntity.class, linkId)).map(Rows::link));
    }
}
