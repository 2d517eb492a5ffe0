import { test, expect, Page, APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll, PASSWORD } from './helpers';

// The leader dashboard (phone and desktop, one shared database): `kepala` opens /dasbor from
// the main navigation, sees the city's figures and its sub-units, drills down into one and
// back up by the breadcrumb; `pegawai` is refused. Then two browser contexts: `kepala` keeps
// the dashboard of `pegawai`'s section open while `pegawai` records a realisasi through the
// API, and the page's mean progress changes within 2 s without a reload. Each run moves a
// percentage IKI by 30 points from its current level, so reruns and both projects change it.

async function getJson(req: APIRequestContext, url: string) {
  const res = await req.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBeTruthy();
  return res.json();
}

async function expectAxeClean(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const progres = (page: Page) => page.locator('[data-figure="progres"] .figure-n');
const live = (page: Page) => page.locator('.live-status');

test('kepala drills down the dashboard and back; pegawai is refused', async ({ page, browser }) => {
  await login(page, 'kepala');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Dasbor' }).click();
  await expect(page).toHaveURL(/\/dasbor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor pimpinan' })).toBeVisible();
  const self = await me(page);
  const root = await getJson(page.request, `/api/v1/dashboard?unit=${self.unit_id}`);
  await expect(page.locator('h2.dasbor-unit')).toHaveText(root.total.nama);
  await expect(page.locator('[data-figure="pegawai"] .figure-n')).toHaveText(String(root.total.pegawai));
  await expect(progres(page)).toHaveText(/^\d+(,\d)? %$/);
  await expect(live(page)).toHaveText('Diperbarui langsung');
  // both charts are images with a text alternative, their numbers in a table
  await expect(page.getByRole('img', { name: /Status SKP/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Rata-rata progres RHK per unit/ })).toBeVisible();
  await expect(page.locator('a.csv-link').first()).toHaveAttribute('href', /\/api\/v1\/dashboard\.csv\?.*table=sub_units/);
  await expectNoHorizontalScroll(page);
  await expectAxeClean(page);

  // drill down into the first sub-unit and back up by the breadcrumb
  const sub = root.sub_units[0];
  const table = page.getByRole('table', { name: /Sub-unit langsung/ });
  await table.getByRole('link', { name: sub.nama, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/dasbor\\?unit=${sub.unit_id}`));
  await expect(page.locator('h2.dasbor-unit')).toHaveText(sub.nama);
  await expect(page.locator('[data-figure="pegawai"] .figure-n')).toHaveText(String(sub.pegawai));
  const crumbs = page.getByRole('navigation', { name: 'Jalur unit' });
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(sub.nama);
  await crumbs.getByRole('link', { name: root.total.nama }).click();
  await expect(page.locator('h2.dasbor-unit')).toHaveText(root.total.nama);
  await expect(page.getByRole('table', { name: /Sub-unit langsung/ }).getByRole('link', { name: sub.nama, exact: true })).toBeVisible();

  // the CSV behind the sub-unit table
  const csv = await page.request.get(`/api/v1/dashboard.csv?unit=${self.unit_id}&table=sub_units`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await csv.text()).split('\n')[0]).toContain('tingkat,unit_id,kode,nama,pegawai');

  // staff have no dashboard: no entry in the navigation, the API's message on the page
  const ctx = await browser.newContext({ viewport: page.viewportSize()! });
  const staff = await ctx.newPage();
  await login(staff, 'pegawai');
  await expect(staff.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Dasbor' })).toHaveCount(0);
  await staff.goto('/dasbor');
  await expect(staff.getByRole('alert')).toContainText('hanya untuk pimpinan unit');
  await ctx.close();
});

/** The number of the current sub-period (the latest one that has started). */
async function currentSubPeriod(req: APIRequestContext): Promise<number> {
  const periods = await getJson(req, '/api/v1/periods');
  const list = periods.items ?? periods;
  const today = new Date().toISOString().slice(0, 10);
  const year = list.find((p: any) => p.mulai <= today && today <= p.selesai) ?? list[0];
  const started = year.sub_periods.filter((s: any) => s.mulai <= today);
  return started.length;
}

test('the dashboard follows a realisasi recorded in another browser without a reload', async ({ page, browser }) => {
  // context B: pegawai, through the API only
  const ctxB = await browser.newContext();
  const b = ctxB.request;
  const signIn = await b.post('/api/v1/auth/login', { data: { username: 'pegawai', password: PASSWORD } });
  expect(signIn.ok()).toBeTruthy();
  const pegawai = await getJson(b, '/api/v1/me');
  const skp = await getJson(b, `/api/v1/employees/${pegawai.id}/skp`);
  // a percentage IKI: its realisasi is the latest sub-period's level, so this sub-period's entry
  // moves it by 30 points (down from 60 and above, else up) whatever earlier runs recorded
  const iki = skp.rhk.flatMap((r: any) => r.iki).find((i: any) => /^\s*%\s*$/.test(i.satuan ?? ''));
  expect(iki, 'a percentage IKI of pegawai').toBeTruthy();
  const current = Number(iki.realisasi ?? 0);
  const value = current >= 60 ? current - 30 : current + 30;
  const nomor = await currentSubPeriod(b);

  // context A: kepala with the dashboard of pegawai's section open
  await login(page, 'kepala');
  await page.goto(`/dasbor?unit=${pegawai.unit_id}`);
  await expect(page.locator('h2.dasbor-unit')).toBeVisible();
  await expect(live(page)).toHaveText('Diperbarui langsung');
  const before = (await progres(page).textContent())!.trim();
  const eventsBefore = Number(await live(page).getAttribute('data-updated'));
  await page.evaluate(() => { (window as any).__notReloaded = true; });

  const rec = await b.post(`/api/v1/indicators/${iki.id}/realisasi`, {
    data: { sub_period: nomor, value, narrative: `Dasbor langsung ${Date.now()}` },
    headers: { 'Idempotency-Key': `dasbor-${Date.now()}-${Math.random()}` },
  });
  expect(rec.status(), await rec.text()).toBe(201);

  await expect(progres(page)).not.toHaveText(before, { timeout: 2_000 });
  expect(Number(await live(page).getAttribute('data-updated'))).toBeGreaterThan(eventsBefore);
  expect(await page.evaluate(() => (window as any).__notReloaded)).toBe(true);
  await ctxB.close();
});
