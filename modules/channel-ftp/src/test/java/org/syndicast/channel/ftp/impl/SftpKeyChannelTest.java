package org.syndicast.channel.ftp.impl;

/** The channel contract over SFTP with public-key login (an encrypted OpenSSH key) and no password. */
class SftpKeyChannelTest extends SftpChannelTest {
    @Override
    FtpChannelConfig config(Object... more) throws Exception {
        String key = server.writeClientKey(temp.resolve("id_ecdsa"), "key-passphrase").toString();
        Object[] keyLogin = { "_password", "", "private_key_path", key, "_private_key_passphrase", "key-passphrase" };
        Object[] all = new Object[keyLogin.length + more.length];
        System.arraycopy(keyLogin, 0, all, 0, keyLogin.length);
        System.arraycopy(more, 0, all, keyLogin.length, more.length);
        return server.config(knownHosts, all);
    }

    @Override
    Object[] badCredentials() throws Exception {
        return new Object[] { "private_key_path", EmbeddedSftpServer.writeStrangerKey(temp.resolve("id_other")).toString(),
            "_private_key_passphrase", "" };
    }
}
