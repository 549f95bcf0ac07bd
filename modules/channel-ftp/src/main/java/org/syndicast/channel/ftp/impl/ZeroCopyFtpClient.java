package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;

import javax.net.SocketFactory;

import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPCmd;

/**
 * A plain-FTP client whose sockets have channels, so that a local file can go to the data connection with
 * {@code FileChannel.transferTo} (sendfile: no copy through the JVM heap). FTPS sockets are TLS sockets and
 * cannot; they keep the stream copy.
 */
final class ZeroCopyFtpClient extends FTPClient {

    ZeroCopyFtpClient() {
        setSocketFactory(new ChannelSocketFactory());
    }

    /** Opens the data connection of {@code STOR path}; null when the server refused (see the reply code). */
    Socket openStore(String path) throws IOException {
        return _openDataConnection_(FTPCmd.STOR, path);
    }

    /** Unconnected sockets backed by {@link SocketChannel}s; commons-net connects them with its timeouts. */
    private static final class ChannelSocketFactory extends SocketFactory {
        @Override
        public Socket createSocket() throws IOException {
            return SocketChannel.open().socket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new java.net.InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new java.net.InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new java.net.InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(new java.net.InetSocketAddress(address, port));
        }

        private static Socket connected(java.net.InetSocketAddress address) throws IOException {
            Socket socket = SocketChannel.open().socket();
            socket.connect(address);
            return socket;
        }
    }
}
