package app.kneetriage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Raw connections that send a POST's headers at once and then its body one byte at a
 * time, as slowly as told: what the fault run of issue 23 used to hold the server's
 * threads and memory. Each connection notes whether the server has hung up on it. Closing
 * this stops the bytes and closes every connection.
 */
public final class SlowClients implements AutoCloseable {

    private final ScheduledExecutorService dribbler = Executors.newScheduledThreadPool(2);

    /** One reader a connection, to see the server's answer and its hang-up. */
    private final ExecutorService readers = Executors.newCachedThreadPool();

    private final List<Connection> connections = new CopyOnWriteArrayList<>();

    private final int port;

    public SlowClients(int port) {
        this.port = port;
    }

    /**
     * Opens a connection that declares a body of {@code contentLength} bytes, sends its
     * first byte at once and one more every {@code everyByte}.
     */
    public Connection open(String path, String contentType, int contentLength, Duration everyByte) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            Connection connection = new Connection(socket);
            connection.send(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + contentLength + "\r\nAccept: text/html\r\n\r\n ")
                .getBytes(StandardCharsets.US_ASCII));
            connections.add(connection);
            readers.execute(connection::readUntilClosed);
            dribbler.scheduleAtFixedRate(() -> connection.send(new byte[] { ' ' }), everyByte.toMillis(),
                    everyByte.toMillis(), TimeUnit.MILLISECONDS);
            return connection;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public List<Connection> connections() {
        return connections;
    }

    /** Whether the server has hung up on every connection opened. */
    public boolean allClosedByServer() {
        return connections.stream().allMatch(Connection::closedByServer);
    }

    @Override
    public void close() {
        dribbler.shutdownNow();
        connections.forEach(Connection::close);
        readers.shutdownNow();
    }

    /** One slow connection. */
    public static final class Connection {

        private final Socket socket;

        private final OutputStream out;

        private final StringBuilder answer = new StringBuilder();

        private volatile boolean closedByServer;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        /** What the server answered before hanging up, if anything. */
        public synchronized String answer() {
            return answer.toString();
        }

        /** The answer's status line, or nothing. */
        public String statusLine() {
            String all = answer();
            return all.contains("\r\n") ? all.substring(0, all.indexOf("\r\n")) : all;
        }

        public boolean closedByServer() {
            return closedByServer;
        }

        private void send(byte[] bytes) {
            try {
                out.write(bytes);
                out.flush();
            }
            catch (IOException hungUp) {
                // Noticed by the reader; a closed connection takes no more bytes.
            }
        }

        private void readUntilClosed() {
            byte[] buffer = new byte[1024];
            try (InputStream in = socket.getInputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    synchronized (this) {
                        answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                    }
                }
                closedByServer = true;
            }
            catch (IOException reset) {
                closedByServer = !socket.isClosed();
            }
        }

        private void close() {
            try {
                socket.close();
            }
            catch (IOException ignored) {
                // Closing is all that is wanted.
            }
        }

    }

}
