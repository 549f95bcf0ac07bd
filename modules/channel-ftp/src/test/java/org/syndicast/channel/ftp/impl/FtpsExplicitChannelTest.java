package org.syndicast.channel.ftp.impl;

import java.nio.file.Path;

/** The channel contract over FTPS with AUTH TLS, the server's certificate in the channel's trust store. */
class FtpsExplicitChannelTest extends FtpChannelTest {
    @Override
    Protocol protocol() {
        return Protocol.FTPS_EXPLICIT;
    }

    @Override
    Path keystore() throws Exception {
        return TestTls.keystore();
    }
}
