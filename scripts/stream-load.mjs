// Load test of the live dashboard (`GET /api/v1/dashboard/stream`): opens N Server-Sent Event
// streams as one leader, then records realisasi as an employee and measures, for every stream,
// the time from the write's answer to the stream's next `dashboard` event. Prints one JSON line.
//
//   node scripts/stream-load.mjs [base-url] [clients] [rounds]
//
// Defaults: http://127.0.0.1:3000, 1000 clients, 5 rounds. Needs a server with the demo agency
// (`rantai serve --seed-demo`, accounts `kepala` and `pegawai`, password `rantai-demo`).
import http from "node:http";

const base = new URL(process.argv[2] ?? "http://127.0.0.1:3000");
const clients = Number(process.argv[3] ?? 1000);
const rounds = Number(process.argv[4] ?? 5);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(method, path, { cookie, body } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      new URL(path, base),
      {
        method,
        agent,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(data ? { "content-type": "application/json", "content-length": Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    if (data) req.write(data);
    req.end();
  });
}

async function login(username) {
  const r = await request("POST", "/api/v1/auth/login", { body: { username, password: "rantai-demo" } });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
  return r.headers["set-cookie"].map((c) => c.split(";")[0]).join("; ");
}

// One stream: resolves `opened` on the first event; calls onEvent(time) for each later one.
function stream(cookie, onEvent) {
  return new Promise((opened, failed) => {
    const req = http.get(new URL("/api/v1/dashboard/stream", base), { agent, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return failed(new Error(`stream: ${res.statusCode}`));
      let buf = "";
      let first = true;
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buf += chunk;
        let end;
        while ((end = buf.indexOf("\n\n")) >= 0) {
          const event = buf.slice(0, end);
          buf = buf.slice(end + 2);
          if (!event.includes("event: dashboard")) continue;
          if (first) {
            first = false;
            opened(res);
          } else {
            onEvent(performance.now());
          }
        }
      });
    });
    req.on("error", failed);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const leader = await login("kepala");
const staff = await login("pegawai");
let waiting = null;
const latencies = [];
let errors = 0;
const started = performance.now();
const opened = [];
for (let i = 0; i < clients; i++) {
  opened.push(
    stream(leader, (t) => {
      if (waiting) {
        latencies.push(t - waiting.at);
        waiting.left -= 1;
        if (waiting.left === 0) waiting.done();
      }
    }).catch(() => {
      errors += 1;
    }),
  );
}
const responses = await Promise.all(opened);
const connectMs = performance.now() - started;
const live = responses.filter(Boolean).length;

// a percentage IKI of the employee: its level is the latest value, so every round's new value
// moves the figures (a count could already be at its target, where nothing moves)
const me = JSON.parse((await request("GET", "/api/v1/me", { cookie: staff })).text);
const skp = JSON.parse((await request("GET", `/api/v1/employees/${me.id}/skp`, { cookie: staff })).text);
const all = skp.rhk.flatMap((r) => r.iki);
const iki = all.find((i) => i.satuan.trim() === "%") ?? all[0];
const offset = Math.floor(Date.now() / 1000);
let missed = 0;
for (let round = 0; round < rounds; round++) {
  const before = latencies.length;
  const done = new Promise((resolve) => {
    waiting = { at: 0, left: live, done: resolve };
  });
  const w = await request("POST", `/api/v1/indicators/${iki.id}/realisasi`, {
    cookie: staff,
    body: { sub_period: 4, value: 20 + ((offset + round) % 60), narrative: `beban ${round}`, links: ["https://drive.example.go.id/beban"] },
  });
  if (w.status !== 201) throw new Error(`realisasi: ${w.status} ${w.text}`);
  waiting.at = performance.now();
  await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
  missed += live - (latencies.length - before);
  waiting = null;
}
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    scenario: "dashboard_stream",
    clients,
    connected: live,
    connect_errors: errors,
    connect_ms: Math.round(connectMs),
    rounds,
    events: latencies.length,
    missed,
    p50_ms: Math.round(pct(latencies, 50)),
    p99_ms: Math.round(pct(latencies, 99)),
    max_ms: Math.round(latencies[latencies.length - 1]),
  }),
);
process.exit(0);
