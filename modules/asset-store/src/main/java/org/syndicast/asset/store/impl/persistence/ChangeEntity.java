package org.syndicast.asset.store.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A recorded change of an asset; kept after the asset is deleted, so that the deletion itself is on record. */
@Entity
@Table(name = "SYN_ASSET_CHANGE", indexes = @Index(name = "SYN_ASSET_CHANGE_ASSET_IDX", columnList = "TENANT,ASSET_ID"))
public class ChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SYN_ASSET_CHANGE_SEQ")
    @TableGenerator(name = "SYN_ASSET_CHANGE_SEQ", table = "SYN_ASSET_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CHANGE", allocationSize = 50)
    @Column(name = "PK")
    long pk;

    @Column(name = "TENANT", nullable = false, length = 255)
    String tenant;

    @Column(name = "ASSET_ID", nullable = false, length = 128)
    String assetId;

    @Column(name = "ASSET_VERSION", nullable = false)
    long assetVersion;

    @Column(name = "KIND", nullable = false, length = 32)
    String kind;

    @Column(name = "USER_NAME", length = 255)
    String user;

    @Column(name = "AT", nullable = false)
    long at;

    @Column(name = "DETAIL", length = 2000)
    String detail;
}
