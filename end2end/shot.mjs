import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3200';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shots(user, pages, w) {
  const ctx = await b.newContext({ viewport: { width: w, height: 800 }, baseURL: base });
  await ctx.request.post('/api/v1/auth/login', { data: { username: user, password: 'rantai-demo' } });
  const p = await ctx.newPage();
  for (const [name, url] of pages) {
    await p.goto(url, { waitUntil: 'networkidle' });
    await p.screenshot({ path: `/tmp/shot-${name}-${w}.png`, fullPage: false });
  }
  await ctx.close();
}
const periods = await (await (await b.newContext({ baseURL: base })).request.get(base + '/api/v1/periods')).text();
await shots('kepala', [['talenta', '/tindak-lanjut'], ['talenta2', '/tindak-lanjut?period=' + process.argv[2]]], 360);
await shots('kepala', [['talenta2', '/tindak-lanjut?period=' + process.argv[2]]], 1280);
await shots('pegawai', [['ak', '/angka-kredit'], ['real', '/realisasi?iki=' + process.argv[3]]], 360);
await b.close();
