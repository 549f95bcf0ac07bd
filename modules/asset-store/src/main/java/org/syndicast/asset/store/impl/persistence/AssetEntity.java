package org.syndicast.asset.store.impl.persistence;

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
import javax.persistence.Version;

/**
 * An asset row. The key is a surrogate, so that two tenants may each have an asset "101". Tags and fields are
 * kept as small encoded texts (see {@link Codec}); times are epoch milliseconds. Never leaves this package.
 */
@Entity
@Table(name = "SYN_ASSET", uniqueConstraints = @UniqueConstraint(name = "SYN_ASSET_ID_UQ", columnNames = { "TENANT",
        "ASSET_ID" }), indexes = @Index(name = "SYN_ASSET_CREATED_IDX", columnList = "TENANT,CREATED"))
public class AssetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SYN_ASSET_SEQ")
    @TableGenerator(name = "SYN_ASSET_SEQ", table = "SYN_ASSET_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ASSET", allocationSize = 50)
    @Column(name = "PK")
    long pk;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "TENANT", nullable = false, length = 255)
    String tenant;

    @Column(name = "ASSET_ID", nullable = false, length = 128)
    String assetId;

    @Column(name = "TITLE", length = 1024)
    String title;

    @Lob
    @Column(name = "DESCRIPTION")
    String description;

    @Lob
    @Column(name = "TAGS")
    String tags;

    @Lob
    @Column(name = "FIELDS")
    String fields;

    @Column(name = "READINESS", nullable = false, length = 16)
    String readiness;

    @Column(name = "MODERATION", nullable = false, length = 16)
    String moderation;

    @Column(name = "CREATED", nullable = false)
    long created;

    @Column(name = "MODIFIED", nullable = false)
    long modified;
}
