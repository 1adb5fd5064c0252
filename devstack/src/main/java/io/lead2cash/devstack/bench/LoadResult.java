package io.lead2cash.devstack.bench;

/**
 * What one load run measured: successful calls (or transactions) per second, latency percentiles in milliseconds,
 * and how many calls failed (non-2xx answers, time-outs, socket errors).
 */
record LoadResult(String label, int connections, double perSecond, long succeeded, long failed, double p50, double p90,
        double p95, double p99, double max) {

    /** Reads the RESULT line that the benchmark's wrk scripts print (latencies in microseconds). */
    static LoadResult fromWrk(String label, int connections, String output) {
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no RESULT line:\n" + output));
        java.util.Map<String, Long> values = new java.util.HashMap<>();
        for (String pair : line.substring(7).trim().split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        long failed = values.get("non2xx") + values.get("connect") + values.get("read") + values.get("write")
                + values.get("timeout");
        long succeeded = Math.max(0, values.get("requests") - values.get("non2xx"));
        double seconds = values.get("duration_us") / 1e6;
        return new LoadResult(label, connections, succeeded / seconds, succeeded, failed, values.get("p50") / 1e3,
                values.get("p90") / 1e3, values.get("p95") / 1e3, values.get("p99") / 1e3, values.get("max") / 1e3);
    }

    /** A run from a latency sample (milliseconds) over a duration. */
    static LoadResult fromLatencies(String label, int connections, double[] millis, long failed, double seconds) {
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return new LoadResult(label, connections, sorted.length / seconds, sorted.length, failed, percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of sorted values (0 when there are none). */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
