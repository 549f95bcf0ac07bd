package org.syndicast.system.health.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The few numbers the health checks and metrics read from the core's {@code SYN_JOB} table, in plain SQL on the
 * {@code syndicast} data source (the same on H2, PostgreSQL and MariaDB). The column names are the core's
 * (modules/distribution-core, {@code JobEntity}); a change there must be made here too.
 */
final class JobTable {
    /** Queued jobs, the creation time of the oldest one (epoch ms, null when none), overdue running ones. */
    record Queue(long queued, Long oldestQueued, long overdue) {
    }

    private JobTable() {
    }

    /** The queue now; a running job is overdue when its heartbeat is older than {@code heartbeatBefore} (epoch ms). */
    static Queue read(DataSource ds, long heartbeatBefore) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long queued;
            Long oldest;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*), MIN(DATE_CREATED) FROM SYN_JOB WHERE JOB_STATUS = 'QUEUED'");
                    ResultSet r = s.executeQuery()) {
                r.next();
                queued = r.getLong(1);
                long min = r.getLong(2);
                oldest = r.wasNull() ? null : min;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM SYN_JOB WHERE JOB_STATUS = 'RUNNING'"
                    + " AND (HEARTBEAT IS NULL OR HEARTBEAT < ?)")) {
                s.setLong(1, heartbeatBefore);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Queue(queued, oldest, r.getLong(1));
                }
            }
        }
    }
}
