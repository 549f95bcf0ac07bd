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

/** An element row: one stored file of an asset, its bytes named by their SHA-256 in the content store. */
@Entity
@Table(name = "SYN_ASSET_ELEMENT", indexes = { @Index(name = "SYN_ASSET_ELEMENT_ASSET_IDX", columnList = "ASSET_PK"),
        @Index(name = "SYN_ASSET_ELEMENT_SHA_IDX", columnList = "SHA256") })
public class ElementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SYN_ASSET_ELEMENT_SEQ")
    @TableGenerator(name = "SYN_ASSET_ELEMENT_SEQ", table = "SYN_ASSET_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ELEMENT", allocationSize = 50)
    @Column(name = "PK")
    long pk;

    @Column(name = "ASSET_PK", nullable = false)
    long assetPk;

    @Column(name = "ELEMENT_ID", nullable = false, length = 128)
    String elementId;

    @Column(name = "KIND", nullable = false, length = 16)
    String kind;

    @Column(name = "FLAVOR", length = 255)
    String flavor;

    @Column(name = "MIMETYPE", length = 255)
    String mimetype;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    String fileName;

    @Column(name = "SIZE_BYTES", nullable = false)
    long size;

    @Column(name = "MD5", nullable = false, length = 32)
    String md5;

    @Column(name = "SHA256", nullable = false, length = 64)
    String sha256;

    @Column(name = "WIDTH")
    Integer width;

    @Column(name = "HEIGHT")
    Integer height;

    @Lob
    @Column(name = "TAGS")
    String tags;

    @Column(name = "CREATED", nullable = false)
    long created;
}
