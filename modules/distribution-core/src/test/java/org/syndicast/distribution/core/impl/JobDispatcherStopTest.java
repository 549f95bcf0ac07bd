package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.syndicast.distribution.core.impl.DispatcherRig.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;

/**
 * stop() racing the poller: the poller has picked a job and is claiming it (waiting for the job's row, held
 * here by another transaction) when the node stops. The job must not stay RUNNING on a node that will not
 * run it until a restart or the end of its lease hands it back.
 */
class JobDispatcherStopTest {
    @TempDir
    Path inbox;

    @Test
    void aJobClaimedWhileStoppingIsNotLeftRunning() throws Exception {
        try (DispatcherRig node = new DispatcherRig(inbox)) {
            node.channels.clear();
            long id = node.queue("download", "mp-1");
            node.start();
            Thread stopping = new Thread(node::stop, "stopping");
            try (Connection holder = node.db.connect(); Connection observer = node.db.connect()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("UPDATE SYN_JOB SET ATTEMPTS = ATTEMPTS WHERE ID = ?")) {
                    lock.setLong(1, id);
                    assertThat(lock.executeUpdate()).isEqualTo(1);
                }
                node.channels.put("download", node.download);
                node.dispatcher.wakeUp();
                await(() -> blockedSessions(observer) > 0, "the poller to wait for the job's row");

                stopping.start();
                await(() -> stopping.getState() == Thread.State.TIMED_WAITING, "stop() to wait for the poller");
                holder.commit();
            }
            stopping.join(15_000);

            Job job = node.job(id);
            assertThat(job.status() == JobStatus.RUNNING && DispatcherRig.HOST.equals(job.processingHost()))
                    .as("job %s is %s on %s after stop()", id, job.status(), job.processingHost()).isFalse();
        }
    }

    private static int blockedSessions(Connection observer) {
        try (Statement s = observer.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
