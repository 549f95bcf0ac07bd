package org.syndicast.kaltura.distribution.impl.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.Pager;
import org.syndicast.kaltura.distribution.profile.ProfileFilter;
import org.syndicast.persistence.Transactions;

/**
 * Profile rows, always within one partner: a row of another partner is never found, listed, changed or removed.
 * Each public method is one transaction.
 */
public final class ProfileRepository {
    private final Transactions tx;

    public ProfileRepository(EntityManagerFactory emf) {
        this.tx = new Transactions(emf);
    }

    /** One transaction over {@code work}; the work may find, persist and remove rows. */
    public <T> T write(Function<EntityManager, T> work) {
        return tx.write(work);
    }

    public Optional<ProfileEntity> find(String partnerId, long id) {
        return tx.read(em -> find(em, partnerId, id));
    }

    /** The partner's row {@code id}, or {@code DISTRIBUTION_PROFILE_NOT_FOUND}. */
    public static ProfileEntity require(EntityManager em, String partnerId, long id) {
        return find(em, partnerId, id).orElseThrow(() -> DistributionErrors.profileNotFound(id));
    }

    private static Optional<ProfileEntity> find(EntityManager em, String partnerId, long id) {
        ProfileEntity e = em.find(ProfileEntity.class, id);
        return e != null && e.partnerId.equals(partnerId) ? Optional.of(e) : Optional.empty();
    }

    /** A page of the partner's rows, and the number of all that match. */
    public Page list(String partnerId, ProfileFilter f, Pager pager) {
        return tx.read(em -> {
            StringBuilder where = new StringBuilder("p.partnerId = :partner");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("partner", partnerId);
            condition(where, params, "p.id = :idEqual", "idEqual", f.idEqual());
            condition(where, params, "p.id IN :idIn", "idIn", f.idIn());
            condition(where, params, "p.createdAt >= :cGte", "cGte", f.createdAtGreaterThanOrEqual());
            condition(where, params, "p.createdAt <= :cLte", "cLte", f.createdAtLessThanOrEqual());
            condition(where, params, "p.updatedAt >= :uGte", "uGte", f.updatedAtGreaterThanOrEqual());
            condition(where, params, "p.updatedAt <= :uLte", "uLte", f.updatedAtLessThanOrEqual());
            condition(where, params, "p.status = :statusEqual", "statusEqual", f.statusEqual());
            condition(where, params, "p.status IN :statusIn", "statusIn", f.statusIn());
            condition(where, params, "p.providerType = :providerType", "providerType", f.providerTypeEqual());
            boolean none = (f.idIn() != null && f.idIn().isEmpty()) || (f.statusIn() != null && f.statusIn().isEmpty());
            if (none) {
                return new Page(0, List.of());
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ProfileEntity p WHERE " + where, Long.class);
            TypedQuery<ProfileEntity> page = em.createQuery("SELECT p FROM ProfileEntity p WHERE " + where
                    + " ORDER BY " + order(f.orderBy()), ProfileEntity.class);
            params.forEach(count::setParameter);
            params.forEach(page::setParameter);
            long total = count.getSingleResult();
            if (pager.offset() >= total) {
                return new Page(total, List.of());
            }
            page.setFirstResult((int) pager.offset()).setMaxResults(pager.pageSize());
            return new Page(total, page.getResultList());
        });
    }

    /** One page of rows and the number of all matches. */
    public record Page(long total, List<ProfileEntity> rows) {
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value == null || (value instanceof List<?> l && l.isEmpty())) {
            return;
        }
        where.append(" AND ").append(clause);
        params.put(name, value);
    }

    /**
     * The JPQL order of a Kaltura {@code orderBy}: {@code +createdAt} (or {@code createdAt}), {@code -createdAt},
     * likewise {@code updatedAt} and {@code id}; ties by id. Anything else is {@code PROPERTY_VALIDATION_WRONG_FORMAT}.
     */
    static String order(String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            return "p.id ASC";
        }
        String o = orderBy.trim();
        boolean desc = o.startsWith("-");
        String field = o.startsWith("-") || o.startsWith("+") ? o.substring(1) : o;
        String column = switch (field) {
            case "createdAt" -> "p.createdAt";
            case "updatedAt" -> "p.updatedAt";
            case "id" -> "p.id";
            default -> throw DistributionErrors.wrongFormat("orderBy", "one of +createdAt, -createdAt, +updatedAt,"
                    + " -updatedAt, +id, -id");
        };
        String direction = desc ? " DESC" : " ASC";
        return column + direction + ("p.id".equals(column) ? "" : ", p.id" + direction);
    }
}
