package org.syndicast.distribution.core.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/**
 * A job row. Times are epoch milliseconds, so that the mapping is the same on H2, PostgreSQL and MariaDB.
 * Never leaves this package: {@link JobStore} turns it into an API {@code Job}.
 */
@Entity
@Table(name = "SYN_JOB", indexes = {
        @Index(name = "SYN_JOB_STATUS_IDX", columnList = "JOB_STATUS,NOT_BEFORE"),
        @Index(name = "SYN_JOB_ORG_IDX", columnList = "ORGANIZATION,JOB_TYPE"),
        @Index(name = "SYN_JOB_MP_IDX", columnList = "ORGANIZATION,MEDIA_PACKAGE") })
public class JobEntity {

    /** Ids come from a table sequence in ranges of 500: at hundreds of submissions a second, a smaller range makes
     *  every request queue behind the range refills (seen in the JFR profile of the 2,000-job benchmark). */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SYN_JOB_SEQ")
    @TableGenerator(name = "SYN_JOB_SEQ", table = "SYN_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "JOB", allocationSize = 500)
    @Column(name = "ID")
    long id;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "JOB_TYPE", nullable = false, length = 128)
    String type;

    @Column(name = "CHANNEL", nullable = false, length = 64)
    String channel;

    /** The channel target; null (rows written before targets existed) and {@code default} are the default one. */
    @Column(name = "TARGET", length = 64)
    String target;

    @Column(name = "JOB_STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "CREATOR", length = 255)
    String creator;

    @Column(name = "ORGANIZATION", nullable = false, length = 255)
    String organization;

    @Column(name = "OPERATION", nullable = false, length = 32)
    String operation;

    @Lob
    @Column(name = "ARGS")
    String args;

    @Column(name = "CREATED_HOST", length = 255)
    String createdHost;

    @Column(name = "PROCESSING_HOST", length = 255)
    String processingHost;

    @Column(name = "DATE_CREATED", nullable = false)
    long dateCreated;

    @Column(name = "DATE_STARTED")
    Long dateStarted;

    @Column(name = "DATE_COMPLETED")
    Long dateCompleted;

    @Column(name = "NOT_BEFORE", nullable = false)
    long notBefore;

    @Column(name = "LEASE_UNTIL")
    Long leaseUntil;

    /** When the running node last claimed or renewed the job: tells a dead JVM's jobs from a live one's. */
    @Column(name = "HEARTBEAT")
    Long heartbeat;

    /** The media package the job works on; null in rows written before it was noted. */
    @Column(name = "MEDIA_PACKAGE", length = 255)
    String mediaPackageId;

    /** When the job's media package was retracted everywhere while the job ran: it must not publish (epoch ms). */
    @Column(name = "WITHDRAWN")
    Long withdrawn;

    @Column(name = "ATTEMPTS", nullable = false)
    int attempts;

    @Lob
    @Column(name = "PAYLOAD")
    String payload;

    @Column(name = "FAILURE", length = 2000)
    String failure;
}
