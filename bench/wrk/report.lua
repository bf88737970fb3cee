-- wrk script for bench/run: keeps wrk's default request (method, path and the -H
-- headers) and adds one machine-readable line to wrk's own report. Latencies are in
-- microseconds, as wrk records them.
done = function(summary, latency, requests)
    local e = summary.errors
    local seconds = summary.duration / 1000000
    io.write(string.format(
        "BENCH requests=%d seconds=%.3f rps=%.2f p50_us=%d p90_us=%d p99_us=%d max_us=%d "
            .. "bytes=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
        summary.bytes, e.status, e.connect, e.read, e.write, e.timeout))
end
