package org.syndicast.distribution.core.impl.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.target.ChannelTargets;
import org.syndicast.persistence.Transactions;

/**
 * Jobs in the database. Every state change is a conditional update on the row (status and, while running,
 * the processing host), so that several nodes sharing one database run each attempt of a job exactly once.
 */
public final class JobStore {
    private static final String RUNNING = JobStatus.RUNNING.name();
    private static final String QUEUED = JobStatus.QUEUED.name();
    private static final int ANY_ATTEMPT = -1;

    private final Transactions tx;
    private final LongConsumer changed;

    public JobStore(EntityManagerFactory emf) {
        this(emf, id -> { });
    }

    /** {@code changed} hears the id of every job this store changed by id, after the change committed. */
    public JobStore(EntityManagerFactory emf, LongConsumer changed) {
        this.tx = new Transactions(emf);
        this.changed = changed;
    }

    /** Writes a new QUEUED job and returns it. */
    public Job create(NewJob n, long now) {
        return inTx(em -> {
            JobEntity e = new JobEntity();
            e.type = n.type();
            e.channel = n.channel();
            e.target = n.target();
            e.status = QUEUED;
            e.creator = n.creator();
            e.organization = n.organization();
            e.operation = n.operation();
            e.args = ArgsCodec.encode(n.args());
            e.createdHost = n.createdHost();
            e.mediaPackageId = n.mediaPackageId();
            e.dateCreated = now;
            e.notBefore = now;
            em.persist(e);
            em.flush();
            return toJob(e);
        });
    }

    public Optional<Job> find(long id) {
        return read(em -> Optional.ofNullable(em.find(JobEntity.class, id)).map(JobStore::toJob));
    }

    /**
     * The version and status of each of these jobs that exists, in one query per 500 ids: a cheap look at whether
     * jobs moved.
     */
    public Map<Long, JobState> states(Collection<Long> ids) {
        Map<Long, JobState> out = new LinkedHashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            read(em -> em.createQuery("SELECT j.id, j.version, j.status FROM JobEntity j WHERE j.id IN :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()).forEach(r ->
                    out.put((Long) r[0], new JobState((Long) r[1], JobStatus.valueOf((String) r[2]))));
        }
        return out;
    }

    public List<Job> list(JobQuery q) {
        if (q.limit() == 0) {
            return List.of(); // EclipseLink reads setMaxResults(0) as "no limit"
        }
        return read(em -> {
            TypedQuery<JobEntity> query = em.createQuery("SELECT j FROM JobEntity j WHERE " + where(q) + " ORDER BY j.id",
                    JobEntity.class);
            bind(query, q);
            query.setFirstResult(q.offset());
            query.setMaxResults(q.limit());
            return query.getResultList().stream().map(JobStore::toJob).toList();
        });
    }

    public long count(JobQuery q) {
        return read(em -> {
            TypedQuery<Long> query = em.createQuery("SELECT COUNT(j) FROM JobEntity j WHERE " + where(q), Long.class);
            bind(query, q);
            return query.getSingleResult();
        });
    }

    /** Ids of queued jobs whose time has come, for the default targets of the given channels, oldest first. */
    public List<Long> claimable(Collection<String> channels, long now, int max) {
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        channels.forEach(c -> targets.put(c, Set.of(ChannelTargets.DEFAULT_TARGET)));
        return claimable(targets, now, max);
    }

    /**
     * Ids of queued jobs whose time has come, for the given targets by channel, oldest first: a job of a target
     * that is not present waits in the queue, like a job of a channel that is not.
     */
    public List<Long> claimable(Map<String, Set<String>> targetsByChannel, long now, int max) {
        if (targetsByChannel.isEmpty() || max <= 0) {
            return List.of();
        }
        List<Map.Entry<String, Set<String>>> entries = List.copyOf(targetsByChannel.entrySet());
        StringBuilder which = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            which.append(i == 0 ? "" : " OR ").append("(j.channel = :c").append(i).append(" AND (j.target IN :t")
                    .append(i).append(entries.get(i).getValue().contains(ChannelTargets.DEFAULT_TARGET)
                            ? " OR j.target IS NULL))" : "))");
        }
        return read(em -> {
            TypedQuery<Long> query = em.createQuery("SELECT j.id FROM JobEntity j WHERE j.status = :queued"
                    + " AND j.notBefore <= :now AND (" + which + ") ORDER BY j.id", Long.class)
                    .setParameter("queued", QUEUED).setParameter("now", now);
            for (int i = 0; i < entries.size(); i++) {
                query.setParameter("c" + i, entries.get(i).getKey()).setParameter("t" + i,
                        List.copyOf(entries.get(i).getValue()));
            }
            return query.setMaxResults(max).getResultList();
        });
    }

    /** Takes a queued job for {@code host}; empty when another worker or node took it first. */
    public Optional<Job> claim(long id, String host, long now, long leaseUntil) {
        return inTx(em -> {
            int n = em.createQuery("UPDATE JobEntity j SET j.status = :running, j.processingHost = :host,"
                    + " j.leaseUntil = :lease, j.heartbeat = :now, j.attempts = j.attempts + 1, j.version = j.version + 1"
                    + " WHERE j.id = :id AND j.status = :queued")
                    .setParameter("running", RUNNING).setParameter("host", host).setParameter("lease", leaseUntil)
                    .setParameter("now", now)
                    .setParameter("id", id).setParameter("queued", QUEUED).executeUpdate();
            if (n != 1) {
                return Optional.<Job>empty();
            }
            em.createQuery("UPDATE JobEntity j SET j.dateStarted = :now WHERE j.id = :id AND j.dateStarted IS NULL")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            return Optional.ofNullable(em.find(JobEntity.class, id)).map(JobStore::toJob);
        }).map(job -> {
            changed.accept(id);
            return job;
        });
    }

    /** Marks a job this host runs as FINISHED with its payload. */
    public boolean finish(long id, String host, String payload, long now) {
        return finish(id, host, payload, now, ANY_ATTEMPT);
    }

    /** The same, only while the job is still in attempt {@code attempt}. */
    public boolean finish(long id, String host, String payload, long now, int attempt) {
        return complete(id, host, attempt, e -> {
            e.status = JobStatus.FINISHED.name();
            e.payload = payload;
            e.failure = null;
            e.dateCompleted = now;
        });
    }

    /** How {@link #finishDistribution} ended. */
    public enum Finish {
        /** FINISHED, and the publications recorded in the same transaction. */
        FINISHED,
        /** Its media package was retracted while it ran: nothing recorded, the job is still RUNNING. */
        WITHDRAWN,
        /** Not this host's attempt any more (its lease expired): nothing changed. */
        LOST
    }

    /**
     * Finishes a distribution job this host runs, in attempt {@code attempt}, and records its publications
     * ({@code record}) in the same transaction, under the job's row lock: {@link #withdraw} either comes first
     * (the job is then WITHDRAWN and records nothing) or finds the job FINISHED and its publications recorded.
     */
    public Finish finishDistribution(long id, String host, int attempt, String payload, long now,
            java.util.function.Consumer<EntityManager> record) {
        Finish f = inTx(em -> {
            JobEntity e = em.find(JobEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !RUNNING.equals(e.status) || !host.equals(e.processingHost)
                    || (attempt != ANY_ATTEMPT && e.attempts != attempt)) {
                return Finish.LOST;
            }
            if (e.withdrawn != null) {
                return Finish.WITHDRAWN;
            }
            record.accept(em);
            e.status = JobStatus.FINISHED.name();
            e.payload = payload;
            e.failure = null;
            e.dateCompleted = now;
            return Finish.FINISHED;
        });
        if (f == Finish.FINISHED) {
            changed.accept(id);
        }
        return f;
    }

    /**
     * The media package was retracted everywhere: its queued jobs of {@code operation} FAIL with {@code reason}
     * (they never run), its running ones are marked so that they take back what they placed instead of recording
     * it ({@link #finishDistribution}). Call it before reading the publications to retract.
     *
     * @return how many jobs were failed or marked
     */
    public int withdraw(String organization, String mediaPackageId, String operation, String reason, long now) {
        return inTx(em -> em.createQuery("UPDATE JobEntity j SET j.status = :failed, j.failure = :reason,"
                + " j.dateCompleted = :now, j.processingHost = NULL, j.leaseUntil = NULL, j.version = j.version + 1"
                + " WHERE j.organization = :org AND j.mediaPackageId = :mp AND j.operation = :op AND j.status = :queued")
                .setParameter("failed", JobStatus.FAILED.name()).setParameter("reason", clip(reason))
                .setParameter("now", now).setParameter("org", organization).setParameter("mp", mediaPackageId)
                .setParameter("op", operation).setParameter("queued", QUEUED).executeUpdate()
                + em.createQuery("UPDATE JobEntity j SET j.withdrawn = :now, j.version = j.version + 1"
                + " WHERE j.organization = :org AND j.mediaPackageId = :mp AND j.operation = :op AND j.status = :running")
                .setParameter("now", now).setParameter("org", organization).setParameter("mp", mediaPackageId)
                .setParameter("op", operation).setParameter("running", RUNNING).executeUpdate());
    }

    /** Marks a job this host runs as FAILED, saying why. */
    public boolean fail(long id, String host, String failure, long now) {
        return fail(id, host, failure, now, ANY_ATTEMPT);
    }

    /** The same, only while the job is still in attempt {@code attempt}. */
    public boolean fail(long id, String host, String failure, long now, int attempt) {
        return complete(id, host, attempt, e -> {
            e.status = JobStatus.FAILED.name();
            e.failure = clip(failure);
            e.dateCompleted = now;
        });
    }

    /** Puts a job this host ran back in the queue, to run again not before {@code notBefore}. */
    public boolean retryLater(long id, String host, String failure, long notBefore) {
        return retryLater(id, host, failure, notBefore, ANY_ATTEMPT);
    }

    /** The same, only while the job is still in attempt {@code attempt}. */
    public boolean retryLater(long id, String host, String failure, long notBefore, int attempt) {
        return complete(id, host, attempt, e -> {
            e.status = QUEUED;
            e.failure = clip(failure);
            e.notBefore = notBefore;
            e.processingHost = null;
            e.leaseUntil = null;
        });
    }

    /** Gives back a job this host claimed but could not start (its channel went away); the attempt does not count. */
    public boolean release(long id, String host) {
        return complete(id, host, ANY_ATTEMPT, e -> {
            e.status = QUEUED;
            e.attempts = Math.max(0, e.attempts - 1);
            e.processingHost = null;
            e.leaseUntil = null;
        });
    }

    /** Every job this host was running goes back to the queue. */
    public int recover(String host) {
        return recover(host, Long.MAX_VALUE);
    }

    /**
     * At start: the jobs this host was running when its previous JVM died go back to the queue. Jobs claimed
     * or renewed since {@code claimedBefore} (this JVM's start) are left alone: a restarted component of the
     * same JVM may still have them in its workers.
     */
    public int recover(String host, long claimedBefore) {
        return inTx(em -> em.createQuery("UPDATE JobEntity j SET j.status = :queued, j.processingHost = NULL,"
                + " j.leaseUntil = NULL, j.version = j.version + 1 WHERE j.status = :running AND j.processingHost = :host"
                + " AND (j.heartbeat IS NULL OR j.heartbeat < :before)")
                .setParameter("queued", QUEUED).setParameter("running", RUNNING).setParameter("host", host)
                .setParameter("before", claimedBefore).executeUpdate());
    }

    /** Jobs whose node stopped renewing their lease (it died) go back to the queue. */
    public int expireLeases(long now) {
        return inTx(em -> em.createQuery("UPDATE JobEntity j SET j.status = :queued, j.processingHost = NULL,"
                + " j.leaseUntil = NULL, j.version = j.version + 1 WHERE j.status = :running AND j.leaseUntil < :now")
                .setParameter("queued", QUEUED).setParameter("running", RUNNING).setParameter("now", now).executeUpdate());
    }

    /** Extends the leases of the jobs this host is running. */
    public int renewLeases(String host, Collection<Long> ids, long until) {
        return renewLeases(host, ids, System.currentTimeMillis(), until);
    }

    /** Extends the leases of the jobs this host is running, noting {@code now} as their heartbeat. */
    public int renewLeases(String host, Collection<Long> ids, long now, long until) {
        if (ids.isEmpty()) {
            return 0;
        }
        return inTx(em -> em.createQuery("UPDATE JobEntity j SET j.leaseUntil = :until, j.heartbeat = :now"
                + " WHERE j.status = :running AND j.processingHost = :host AND j.id IN :ids")
                .setParameter("until", until).setParameter("now", now).setParameter("running", RUNNING)
                .setParameter("host", host)
                .setParameter("ids", ids).executeUpdate());
    }

    /**
     * Changes a job this host runs, under a row lock: lease renewals and other nodes' lease expiry wait for it
     * instead of failing it, and a job requeued and claimed again meanwhile (another attempt) is left alone.
     */
    private boolean complete(long id, String host, int attempt, java.util.function.Consumer<JobEntity> change) {
        boolean done = inTx(em -> {
            JobEntity e = em.find(JobEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !RUNNING.equals(e.status) || !host.equals(e.processingHost)
                    || (attempt != ANY_ATTEMPT && e.attempts != attempt)) {
                return false;
            }
            change.accept(e);
            return true;
        });
        if (done) {
            changed.accept(id);
        }
        return done;
    }

    private static String where(JobQuery q) {
        StringBuilder w = new StringBuilder("j.organization = :org");
        q.type().ifPresent(t -> w.append(" AND j.type = :type"));
        q.status().ifPresent(s -> w.append(" AND j.status = :status"));
        return w.toString();
    }

    private static void bind(javax.persistence.Query query, JobQuery q) {
        query.setParameter("org", q.organization());
        q.type().ifPresent(t -> query.setParameter("type", t));
        q.status().ifPresent(s -> query.setParameter("status", s.name()));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    static Job toJob(JobEntity e) {
        Long queueTime = e.dateStarted == null ? null : e.dateStarted - e.dateCreated;
        Long runTime = e.dateStarted == null || e.dateCompleted == null ? null : e.dateCompleted - e.dateStarted;
        return new Job(e.id, e.version, e.type, JobStatus.valueOf(e.status), e.creator, e.organization, e.operation,
                ArgsCodec.decode(e.args), e.createdHost, e.processingHost, Instant.ofEpochMilli(e.dateCreated),
                instant(e.dateStarted), instant(e.dateCompleted), queueTime, runTime, e.payload, e.failure, e.attempts,
                e.target);
    }

    private static Instant instant(Long ms) {
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return tx.read(work);
    }

    private <T> T inTx(Function<EntityManager, T> work) {
        return tx.write(work);
    }
}
