package org.syndicast.kaltura.distribution.impl.persistence;

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
 * A distribution profile row. No secret is ever a column: passwords and keys go to the profile's channel target.
 * Thumb dimensions are kept as {@code 640x360,120x90}; times are unix seconds. Mutable, and only ever used inside
 * one transaction of {@link ProfileRepository}.
 */
@Entity
@Table(name = "SYN_KALTURA_PROFILE", indexes = @Index(name = "SYN_KALTURA_PROFILE_PARTNER_IDX", columnList = "PARTNER_ID"))
public class ProfileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SYN_KALTURA_SEQ")
    @TableGenerator(name = "SYN_KALTURA_SEQ", table = "SYN_KALTURA_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PROFILE", allocationSize = 10)
    @Column(name = "ID")
    public long id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "PARTNER_ID", nullable = false, length = 255)
    public String partnerId;

    @Column(name = "OBJECT_TYPE", nullable = false, length = 64)
    public String objectType;

    @Column(name = "PROVIDER_TYPE", nullable = false, length = 64)
    public String providerType;

    @Column(name = "NAME", nullable = false, length = 1024)
    public String name;

    @Column(name = "STATUS", nullable = false)
    public int status;

    @Column(name = "SUBMIT_ENABLED", nullable = false)
    public int submitEnabled;

    @Column(name = "UPDATE_ENABLED", nullable = false)
    public int updateEnabled;

    @Column(name = "DELETE_ENABLED", nullable = false)
    public int deleteEnabled;

    @Column(name = "REPORT_ENABLED", nullable = false)
    public int reportEnabled;

    @Column(name = "AUTO_CREATE_FLAVORS", length = 1024)
    public String autoCreateFlavors;

    @Column(name = "AUTO_CREATE_THUMB", length = 1024)
    public String autoCreateThumb;

    @Column(name = "OPTIONAL_FLAVORS", length = 1024)
    public String optionalFlavorParamsIds;

    @Column(name = "REQUIRED_FLAVORS", length = 1024)
    public String requiredFlavorParamsIds;

    @Column(name = "OPTIONAL_THUMBS", length = 1024)
    public String optionalThumbDimensions;

    @Column(name = "REQUIRED_THUMBS", length = 1024)
    public String requiredThumbDimensions;

    @Lob
    @Column(name = "OPTIONAL_ASSET_RULES")
    public String optionalAssetDistributionRules;

    @Lob
    @Column(name = "REQUIRED_ASSET_RULES")
    public String requiredAssetDistributionRules;

    @Column(name = "SUNRISE_OFFSET")
    public Integer sunriseDefaultOffset;

    @Column(name = "SUNSET_OFFSET")
    public Integer sunsetDefaultOffset;

    @Column(name = "REC_STORAGE_PROFILE")
    public Integer recommendedStorageProfileForDownload;

    @Column(name = "REC_DC_DOWNLOAD")
    public Integer recommendedDcForDownload;

    @Column(name = "REC_DC_EXECUTE")
    public Integer recommendedDcForExecute;

    @Column(name = "DISTRIBUTE_TRIGGER", nullable = false)
    public int distributeTrigger;

    @Column(name = "CHANNEL", nullable = false, length = 32)
    public String channel;

    @Column(name = "PROTOCOL", nullable = false)
    public int protocol;

    @Column(name = "SERVER_URL", length = 2048)
    public String serverUrl;

    @Column(name = "SERVER_PATH", length = 2048)
    public String serverPath;

    @Column(name = "USERNAME", length = 1024)
    public String username;

    @Column(name = "PASSIVE", nullable = false)
    public boolean ftpPassiveMode;

    @Column(name = "HTTP_FIELD_NAME", length = 1024)
    public String httpFieldName;

    @Column(name = "HTTP_FILE_NAME", length = 1024)
    public String httpFileName;

    @Lob
    @Column(name = "SFTP_PUBLIC_KEY")
    public String sftpPublicKey;

    @Lob
    @Column(name = "UPDATE_ENTRY_FIELDS")
    public String updateRequiredEntryFields;

    @Lob
    @Column(name = "UPDATE_METADATA_XPATHS")
    public String updateRequiredMetadataXPaths;

    @Lob
    @Column(name = "METADATA_XSLT")
    public String metadataXslt;

    @Lob
    @Column(name = "FLAVOR_FILENAME_XSLT")
    public String flavorAssetFilenameXslt;

    @Lob
    @Column(name = "THUMB_FILENAME_XSLT")
    public String thumbnailAssetFilenameXslt;

    @Column(name = "DISABLE_METADATA", nullable = false)
    public boolean disableMetadata;

    @Column(name = "METADATA_AFTER_ASSETS", nullable = false)
    public boolean sendMetadataAfterAssets;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public long updatedAt;
}
