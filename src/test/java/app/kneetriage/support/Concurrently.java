package app.kneetriage.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the same request from several threads at once. Each thread first gets ready on its
 * own (logs in, fetches a form); then all of them wait at one gate and send the contested
 * request together, so the requests really overlap.
 */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /**
     * @param count how many threads
     * @param prepare what each thread does before the gate, e.g. log in
     * @param contested the request all threads send together, given what {@code prepare}
     * made
     * @return each thread's answer
     */
    public static <P, T> List<T> race(int count, Callable<P> prepare, Function<P, T> contested) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    P prepared;
                    try {
                        prepared = prepare.call();
                    }
                    finally {
                        ready.countDown();
                    }
                    if (!gate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the gate never opened");
                    }
                    return contested.apply(prepared);
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every thread got ready");
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }

}
