package org.syndicast.asset.store.impl.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetChange;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetPage;
import org.syndicast.asset.api.AssetQuery;
import org.syndicast.asset.api.AssetUpdate;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.persistence.Transactions;

/**
 * Assets, their elements and their change records in the database. Each public method is one transaction, and
 * each change writes its change record in the same transaction, so the history never misses one.
 */
public final class AssetRepository {
    private final Transactions tx;

    public AssetRepository(EntityManagerFactory emf) {
        this.tx = new Transactions(emf);
    }

    public Asset create(String tenant, String user, String id, AssetUpdate m, long now) {
        return tx.write(em -> {
            if (entity(em, tenant, id).isPresent()) {
                throw new InvalidInputException("ASSET_EXISTS", "Asset id '" + id + "' is taken", 409);
            }
            AssetEntity a = new AssetEntity();
            a.tenant = tenant;
            a.assetId = id;
            a.readiness = m.readiness().orElse(Readiness.PENDING).name();
            a.moderation = m.moderation().orElse(Moderation.PENDING).name();
            a.created = now;
            apply(a, m, now);
            em.persist(a);
            em.flush();
            record(em, a, "CREATED", user, now, "");
            return Rows.asset(a, List.of());
        });
    }

    public Optional<Asset> find(String tenant, String id) {
        return tx.read(em -> entity(em, tenant, id).map(a -> Rows.asset(a, elements(em, a.pk))));
    }

    public AssetPage list(AssetQuery q) {
        return tx.read(em -> {
            StringBuilder where = new StringBuilder("a.tenant = :tenant");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("tenant", q.tenant());
            q.text().ifPresent(t -> {
                where.append(" AND LOWER(a.title) LIKE :text");
                params.put("text", "%" + t.toLowerCase(java.util.Locale.ROOT) + "%");
            });
            q.tag().ifPresent(t -> {
                where.append(" AND a.tags LIKE :tag ESCAPE '\\'");
                params.put("tag", Codec.tagPattern(t));
            });
            q.readiness().ifPresent(r -> {
                where.append(" AND a.readiness = :readiness");
                params.put("readiness", r.name());
            });
            q.moderation().ifPresent(m -> {
                where.append(" AND a.moderation = :moderation");
                params.put("moderation", m.name());
            });
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AssetEntity a WHERE " + where, Long.class);
            TypedQuery<AssetEntity> page = em.createQuery("SELECT a FROM AssetEntity a WHERE " + where
                    + " ORDER BY a.created DESC, a.pk DESC", AssetEntity.class);
            params.forEach(count::setParameter);
            params.forEach(page::setParameter);
            page.setFirstResult(q.offset()).setMaxResults(q.limit());
            List<Asset> assets = new ArrayList<>();
            // EclipseLink reads setMaxResults(0) as "no limit": a page of none is answered without the query
            for (AssetEntity a : q.limit() == 0 ? List.<AssetEntity>of() : page.getResultList()) {
                assets.add(Rows.asset(a, elements(em, a.pk)));
            }
            return new AssetPage(count.getSingleResult(), assets);
        });
    }

    public Asset update(String tenant, String user, String id, AssetUpdate m, long now) {
        return tx.write(em -> {
            AssetEntity a = require(em, tenant, id);
            if (m.isEmpty()) {
                return Rows.asset(a, elements(em, a.pk));
            }
            apply(a, m, now);
            m.readiness().ifPresent(r -> a.readiness = r.name());
            m.moderation().ifPresent(r -> a.moderation = r.name());
            em.flush();
            if (m.readiness().isPresent()) {
                record(em, a, "READINESS", user, now, m.readiness().get().name());
            }
            if (m.moderation().isPresent()) {
                record(em, a, "MODERATION", user, now, m.moderation().get().name());
            }
            String changed = changedMetadata(m);
            if (!changed.isEmpty()) {
                record(em, a, "METADATA", user, now, changed);
            }
            return Rows.asset(a, elements(em, a.pk));
        });
    }

    /** Adds or replaces an element; returns the SHA-256 of the bytes it replaced, if any. */
    public Optional<String> putElement(String tenant, String user, String assetId, AssetElement e, long now) {
        return tx.write(em -> {
            AssetEntity a = require(em, tenant, assetId);
            Optional<ElementEntity> old = element(em, a.pk, e.id());
            ElementEntity row = old.orElseGet(ElementEntity::new);
            String replaced = old.map(o -> o.sha256).orElse(null);
            row.assetPk = a.pk;
            row.elementId = e.id();
            row.kind = e.kind().name();
            row.flavor = e.flavor();
            row.mimetype = e.mimetype();
            row.fileName = e.fileName();
            row.size = e.size();
            row.md5 = e.md5();
            row.sha256 = e.sha256();
            row.width = e.width();
            row.height = e.height();
            row.tags = Codec.tags(e.tags());
            row.created = now;
            if (old.isEmpty()) {
                em.persist(row);
            }
            a.modified = now;
            em.flush();
            record(em, a, old.isEmpty() ? "ELEMENT_ADDED" : "ELEMENT_REPLACED", user, now,
                    e.id() + " sha256=" + e.sha256() + " size=" + e.size());
            return Optional.ofNullable(replaced);
        });
    }

    /** Removes an element; returns the SHA-256 of its bytes. */
    public String removeElement(String tenant, String user, String assetId, String elementId, long now) {
        return tx.write(em -> {
            AssetEntity a = require(em, tenant, assetId);
            ElementEntity e = element(em, a.pk, elementId).orElseThrow(() -> new AssetNotFoundException(
                    "ELEMENT_NOT_FOUND", "No element '" + elementId + "' in asset '" + assetId + "'"));
            em.remove(e);
            a.modified = now;
            em.flush();
            record(em, a, "ELEMENT_REMOVED", user, now, elementId);
            return e.sha256;
        });
    }

    /** Deletes the asset and its elements and links; returns the removed elements. */
    public Deleted delete(String tenant, String user, String assetId, long now) {
        return tx.write(em -> {
            AssetEntity a = require(em, tenant, assetId);
            List<ElementEntity> elements = elements(em, a.pk);
            int links = em.createQuery("DELETE FROM LinkEntity l WHERE l.tenant = :t AND l.assetId = :a")
                    .setParameter("t", tenant).setParameter("a", assetId).executeUpdate();
            elements.forEach(em::remove);
            ChangeEntity c = change(a, "DELETED", user, now, elements.size() + " elements, " + links + " links");
            c.assetVersion = a.version + 1;
            em.persist(c);
            em.remove(a);
            return new Deleted(elements.stream().map(Rows::element).toList(), links);
        });
    }

    /** What {@link #delete} removed. */
    public record Deleted(List<AssetElement> elements, int links) {
    }

    /** Whether any element of any asset still has these bytes. */
    public boolean referenced(String sha256) {
        return tx.read(em -> em.createQuery("SELECT COUNT(e) FROM ElementEntity e WHERE e.sha256 = :s", Long.class)
                .setParameter("s", sha256).getSingleResult() > 0);
    }

    public List<AssetChange> changes(String tenant, String assetId) {
        return tx.read(em -> em.createQuery("SELECT c FROM ChangeEntity c WHERE c.tenant = :t AND c.assetId = :a"
                + " ORDER BY c.pk", ChangeEntity.class).setParameter("t", tenant).setParameter("a", assetId)
                .getResultList().stream().map(Rows::change).toList());
    }

    private static void apply(AssetEntity a, AssetUpdate m, long now) {
        m.title().ifPresent(t -> a.title = t.isEmpty() ? null : t);
        m.description().ifPresent(d -> a.description = d.isEmpty() ? null : d);
        m.tags().ifPresent(t -> a.tags = Codec.tags(t));
        m.fields().ifPresent(f -> {
            Map<String, String> merged = new LinkedHashMap<>(Codec.fields(a.fields));
            f.forEach((k, v) -> {
                if (v == null || v.isEmpty()) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
            a.fields = Codec.fields(merged);
        });
        a.modified = now;
    }

    private static String changedMetadata(AssetUpdate m) {
        List<String> names = new ArrayList<>();
        m.title().ifPresent(x -> names.add("title"));
        m.description().ifPresent(x -> names.add("description"));
        m.tags().ifPresent(x -> names.add("tags"));
        m.fields().ifPresent(f -> f.keySet().forEach(k -> names.add("fields." + k)));
        return String.join(",", names);
    }

    private static void record(EntityManager em, AssetEntity a, String kind, String user, long now, String detail) {
        em.persist(change(a, kind, user, now, detail));
    }

    private static ChangeEntity change(AssetEntity a, String kind, String user, long now, String detail) {
        ChangeEntity c = new ChangeEntity();
        c.tenant = a.tenant;
        c.assetId = a.assetId;
        c.assetVersion = a.version;
        c.kind = kind;
        c.user = user;
        c.at = now;
        c.detail = detail.length() > 2000 ? detail.substring(0, 1997) + "..." : detail;
        return c;
    }

    static Optional<AssetEntity> entity(EntityManager em, String tenant, String id) {
        return em.createQuery("SELECT a FROM AssetEntity a WHERE a.tenant = :t AND a.assetId = :id", AssetEntity.class)
                .setParameter("t", tenant).setParameter("id", id).getResultStream().findFirst();
    }

    static AssetEntity require(EntityManager em, String tenant, String id) {
        return entity(em, tenant, id).orElseThrow(() -> AssetNotFoundException.asset(id));
    }

    private static List<ElementEntity> elements(EntityManager em, long assetPk) {
        return em.createQuery("SELECT e FROM ElementEntity e WHERE e.assetPk = :a ORDER BY e.pk", ElementEntity.class)
                .setParameter("a", assetPk).getResultList();
    }

    private static Optional<ElementEntity> element(EntityManager em, long assetPk, String elementId) {
        return em.createQuery("SELECT e FROM ElementEntity e WHERE e.assetPk = :a AND e.elementId = :id",
                ElementEntity.class).setParameter("a", assetPk).setParameter("id", elementId).getResultStream().findFirst();
    }
}
