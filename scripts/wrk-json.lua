-- wrk reporter: one JSON line with throughput, latency percentiles (ms) and errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"rps":%.0f,"p50_ms":%.2f,"p99_ms":%.2f,"requests":%d,"errors":%d,"non_2xx":%d}\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    e.connect + e.read + e.write + e.timeout, e.status))
end
