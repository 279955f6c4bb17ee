package io.github.govaudit.bench;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The speed a crawler could reach at best: OkHttp fetching a fixed list of URLs with a number of
 * threads, reading each body (up to {@value #MAX_BODY_BYTES} bytes, govaudit's default page limit)
 * and throwing it away. No parsing, no storing, no redirects followed.
 */
final class BareFetchLoop {

    /** Bodies are read up to this size, then the response is closed. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    /** What the loop did: requests sent, seconds, and requests that failed without an answer. */
    record Fetched(int requests, double seconds, int failures) {
    }

    private BareFetchLoop() {
    }

    /** Fetches every URL once with threads threads, giving up on the rest after limitSeconds. */
    static Fetched run(List<String> urls, int threads, long limitSeconds) throws InterruptedException {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(threads);
        dispatcher.setMaxRequestsPerHost(threads);
        OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false)
                .retryOnConnectionFailure(false).dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(threads * 2, 5, TimeUnit.MINUTES))
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                byte[] buffer = new byte[64 * 1024];
                for (int i = next.getAndIncrement(); i < urls.size() && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    sent.incrementAndGet();
                    if (!fetch(client, urls.get(i), buffer)) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(limitSeconds + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        return new Fetched(sent.get(), seconds, failures.get());
    }

    private static boolean fetch(OkHttpClient client, String url, byte[] buffer) {
        Request request = new Request.Builder().url(url).header("User-Agent", "bare-fetch-loop").build();
        try (Response response = client.newCall(request).execute(); InputStream body = response.body().byteStream()) {
            long read = 0;
            for (int n = body.read(buffer); n >= 0 && read < MAX_BODY_BYTES; n = body.read(buffer)) {
                read += n;
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
