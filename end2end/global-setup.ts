// cargo-leptos starts the server and Playwright at once: wait until the server answers
// (the first start migrates and seeds the demo agency).
export default async function globalSetup() {
  const base = process.env.BASE_URL || 'http://127.0.0.1:3000';
  const deadline = Date.now() + 180_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${base} did not become healthy: ${last}`);
}
