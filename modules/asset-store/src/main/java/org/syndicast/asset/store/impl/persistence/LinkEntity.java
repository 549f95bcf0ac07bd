package org.syndicast.asset.store.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A public link (EnterMediaDB distribution). Its id is global: the public URL carries no tenant. */
@Entity
@Table(name = "SYN_ASSET_LINK", indexes = @Index(name = "SYN_ASSET_LINK_ASSET_IDX", columnList = "TENANT,ASSET_ID"))
public class LinkEntity {

    @Id
    @Column(name = "LINK_ID", length = 128)
    String linkId;

    @Column(name = "TENANT", nullable = false, length = 255)
    String tenant;

    @Column(name = "ASSET_ID", nullable = false, length = 128)
    String assetId;

    @Column(name = "CREATOR", length = 255)
    String creator;

    @Column(name = "CREATED", nullable = false)
    long created;

    @Column(name = "EXPIRES")
    Long expires;
}
