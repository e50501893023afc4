package app.kneetriage.system;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Stops waiting for a request body that comes in too slowly (issue 23: connections that
 * sent one byte every few seconds held every Tomcat thread for as long as they stayed
 * open). Tomcat only times out a read that gets no byte at all for a while; a thread
 * reading a body is held for as long as bytes keep trickling in.
 * <p>
 * Every read of the body, including Tomcat's own parsing of forms and uploads, goes
 * through here: from the first read on, the body has {@code grace} plus one second for
 * every {@code bytesPerSecond} bytes received. Past that the next read fails as a timeout
 * ({@code 408}) and Tomcat drops the connection. A body that the app answered without
 * reading (a 404, a refusal) is not waited for afterwards either, unless it has already
 * arrived: then the connection is kept, otherwise the answer says
 * {@code Connection: close} and the connection is closed after it.
 */
final class SlowBodyValve extends ValveBase {

    private final long graceNanos;

    private final long bytesPerSecond;

    SlowBodyValve(Duration grace, long bytesPerSecond) {
        super(true);
        this.graceNanos = grace.toNanos();
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        InputBuffer body = request.getCoyoteRequest().getInputBuffer();
        request.getCoyoteRequest().setInputBuffer(new PacedBody(body, request.getCoyoteRequest()::isFinished));
        try {
            getNext().invoke(request, response);
        }
        finally {
            request.getCoyoteRequest().setInputBuffer(body);
            if (!request.isAsync() && !request.getCoyoteRequest().isFinished() && !response.isCommitted()
                    && !restHasArrived(request)) {
                // Say so in the answer: a client would otherwise send its next request on
                // a
                // connection the server is about to close. An answer already on its way
                // cannot say it, so then the rest is read as Tomcat always does (bounded
                // by the upload timeout and the swallow size).
                response.setHeader("Connection", "close");
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }

    /** Whether the unread rest of the body is already in Tomcat's buffer. */
    private static boolean restHasArrived(Request request) {
        long length = request.getCoyoteRequest().getContentLengthLong();
        if (length < 0) {
            return false;
        }
        request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE);
        return request.getCoyoteRequest().getAvailable() >= length - request.getCoyoteRequest().getBytesRead();
    }

    /** The body as Tomcat reads it, refused once it falls behind the pace. */
    private final class PacedBody implements InputBuffer {

        private final InputBuffer body;

        private final BooleanSupplier finished;

        private boolean started;

        private long firstRead;

        private long received;

        PacedBody(InputBuffer body, BooleanSupplier finished) {
            this.body = body;
            this.finished = finished;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            long now = System.nanoTime();
            if (!started) {
                started = true;
                firstRead = now;
            }
            else if (now - firstRead > graceNanos + received * 1_000_000_000 / bytesPerSecond
                    && !finished.getAsBoolean()) {
                throw new SocketTimeoutException("Request body slower than " + bytesPerSecond + " bytes a second");
            }
            int read = body.doRead(handler);
            if (read > 0) {
                received += read;
            }
            return read;
        }

        @Override
        public int available() {
            return body.available();
        }

    }

}
