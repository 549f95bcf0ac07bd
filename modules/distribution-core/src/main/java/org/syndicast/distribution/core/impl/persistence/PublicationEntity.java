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
import javax.persistence.UniqueConstraint;

/**
 * One element published on one channel target now. Never leaves this package. {@code TARGET} is null in rows
 * written before targets existed: those are the default target's.
 */
@Entity
@Table(name = "SYN_PUBLICATION",
        uniqueConstraints = @UniqueConstraint(name = "SYN_PUBLICATION_UQ",
                columnNames = { "ORGANIZATION", "CHANNEL", "TARGET", "CHANNEL_ID", "MEDIAPACKAGE_ID", "ELEMENT_ID" }),
        indexes = @Index(name = "SYN_PUBLICATION_MP_IDX", columnList = "ORGANIZATION,MEDIAPACKAGE_ID"))
public class PublicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SYN_PUBLICATION_SEQ")
    @TableGenerator(name = "SYN_PUBLICATION_SEQ", table = "SYN_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PUBLICATION", allocationSize = 50)
    @Column(name = "ID")
    long id;

    @Column(name = "ORGANIZATION", nullable = false, length = 255)
    String organization;

    @Column(name = "CHANNEL", nullable = false, length = 64)
    String channel;

    @Column(name = "TARGET", length = 64)
    String target;

    @Column(name = "CHANNEL_ID", nullable = false, length = 255)
    String channelId;

    @Column(name = "MEDIAPACKAGE_ID", nullable = false, length = 255)
    String mediaPackageId;

    @Column(name = "ELEMENT_ID", nullable = false, length = 255)
    String elementId;

    /** The published element as its XML document, URL included. */
    @Lob
    @Column(name = "ELEMENT_XML", nullable = false)
    String elementXml;

    @Column(name = "PUBLISHED", nullable = false)
    long published;
}
