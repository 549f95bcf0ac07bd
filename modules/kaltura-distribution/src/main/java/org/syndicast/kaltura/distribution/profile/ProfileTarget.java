package org.syndicast.kaltura.distribution.profile;

/**
 * Where a profile delivers: its {@code submitAction} (all four generic actions are answered alike) or, for a
 * {@code KalturaFtpDistributionProfile}, its protocol, host, port and base path. Never holds a secret.
 *
 * @param protocol      {@code KalturaDistributionProtocol}: 1 FTP, 3 SFTP (ftp channel); 4 HTTP, 5 HTTPS (s3, download)
 * @param serverUrl     ftp: {@code host} or {@code host:port}; s3: the endpoint (empty for AWS); download: the
 *                      public base URL of the profile's directory (set by the server)
 * @param serverPath    ftp: the base path; s3: {@code bucket} or {@code bucket/prefix}; download: the directory
 *                      (set by the server)
 * @param username      ftp: the login; s3: the access key; may be null
 * @param ftpPassiveMode ftp: passive mode
 * @param httpFieldName stored and answered; unused by the channels
 * @param httpFileName  stored and answered; unused by the channels
 * @param sftpPublicKey stored and answered (a public key is no secret)
 */
public record ProfileTarget(int protocol, String serverUrl, String serverPath, String username,
        boolean ftpPassiveMode, String httpFieldName, String httpFileName, String sftpPublicKey) {
}
