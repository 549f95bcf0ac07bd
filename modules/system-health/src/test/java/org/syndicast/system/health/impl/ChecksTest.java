package org.syndicast.system.health.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks' judgement, and their SQL on a real (in-memory H2) SYN_JOB table. */
class ChecksTest {
    @TempDir
    Path dir;

    private static JdbcDataSource h2(String name) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE SYN_JOB (ID BIGINT PRIMARY KEY, JOB_STATUS VARCHAR(16), DATE_CREATED BIGINT,"
                    + " HEARTBEAT BIGINT)");
            s.execute("INSERT INTO SYN_JOB VALUES (1, 'QUEUED', 5000, NULL), (2, 'QUEUED', 3000, NULL),"
                    + " (3, 'RUNNING', 1000, 9000), (4, 'RUNNING', 1000, 1000), (5, 'FINISHED', 1, NULL)");
        }
        return ds;
    }

    private static List<String> messages(Result r) {
        List<String> out = new ArrayList<>();
        for (ResultLog.Entry e : r) {
            out.add(e.getStatus() + " " + e.getMessage());
        }
        return out;
    }

    @Test
    void theQueueIsReadInPlainSql() throws SQLException {
        JobTable.Queue q = JobTable.read(h2("queue"), 5000);
        assertThat(q.queued()).isEqualTo(2);
        assertThat(q.oldestQueued()).isEqualTo(3000L);
        assertThat(q.overdue()).isEqualTo(1); // job 4's heartbeat is older than 5000
    }

    @Test
    void aShortQueueIsOkAndALongOrOldOneWarns() {
        TestSystemConfig c = new TestSystemConfig();
        assertThat(JobQueueCheck.judge(new JobTable.Queue(3, 10_000L, 0), 20_000, c).getStatus()).isEqualTo(Result.Status.OK);
        assertThat(JobQueueCheck.judge(new JobTable.Queue(1001, 10_000L, 0), 20_000, c).getStatus()).isEqualTo(Result.Status.WARN);
        Result old = JobQueueCheck.judge(new JobTable.Queue(1, 0L, 0), 601_000, c);
        assertThat(old.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(old)).anyMatch(m -> m.contains("the oldest for 601 s"));
        Result overdue = JobQueueCheck.judge(new JobTable.Queue(0, null, 2), 1000, c);
        assertThat(overdue.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(overdue)).anyMatch(m -> m.startsWith("WARN 2 running job(s)"));
    }

    @Test
    void aReachableDatabaseIsOkAndAnUnreachableOneCritical() throws SQLException {
        assertThat(DatabaseCheck.check(h2("db"), 2).getStatus()).isEqualTo(Result.Status.OK);
        JdbcDataSource gone = new JdbcDataSource();
        gone.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-here");
        Result r = DatabaseCheck.check(gone, 2);
        assertThat(r.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(messages(r)).first().asString().contains("not reachable");
        assertThat(DatabaseCheck.check(null, 2).getStatus()).isEqualTo(Result.Status.CRITICAL);
    }

    @Test
    void aDownloadDirectoryMustBeWritableOrMakeable() throws Exception {
        FormattingResultLog ok = new FormattingResultLog();
        DownloadTargetsCheck.judgeDirectory(ok, "default", dir);
        DownloadTargetsCheck.judgeDirectory(ok, "later", dir.resolve("not/yet"));
        assertThat(new Result(ok).getStatus()).isEqualTo(Result.Status.OK);

        FormattingResultLog file = new FormattingResultLog();
        DownloadTargetsCheck.judgeDirectory(file, "file", Files.writeString(dir.resolve("f"), "x"));
        assertThat(new Result(file).getStatus()).isEqualTo(Result.Status.CRITICAL);

        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false);
        FormattingResultLog ro = new FormattingResultLog();
        DownloadTargetsCheck.judgeDirectory(ro, "ro", locked);
        if (!Files.isWritable(locked)) { // root writes anywhere: then there is nothing to see
            assertThat(new Result(ro).getStatus()).isEqualTo(Result.Status.CRITICAL);
        }
        locked.toFile().setWritable(true);
    }
}
