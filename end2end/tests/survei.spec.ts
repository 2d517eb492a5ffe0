import { test, expect, Browser, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll } from './helpers';

// 360° feedback (issue 5, item 4), as on a phone: `penilai`, pegawai's PPK, creates a
// masyarakat link for her; a visitor with no session opens it, answers the seven BerAKHLAK
// values and sends; the same link is then refused. A second link is answered with JavaScript
// off (a plain form post).

const VALUES = ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'];

async function pegawaiId(browser: Browser) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await login(page, 'pegawai');
  const self = await me(page);
  await ctx.close();
  return self.id as string;
}

/** penilai opens pegawai's round (starting it if needed) and creates a link: its full URL. */
async function newLink(page: Page, id: string) {
  await page.goto(`/umpan-balik-360?pegawai=${id}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'Umpan balik 360°' })).toBeVisible();
  const start = page.getByRole('button', { name: 'Mulai survei 360°' });
  if (await start.isVisible()) {
    await start.click();
  }
  await page.getByRole('button', { name: 'Buat tautan masyarakat' }).click();
  const field = page.getByLabel(/^Tautan baru/);
  await expect(field).toHaveValue(/\/360\/.+\..+/);
  return field.inputValue();
}

async function answerAll(page: Page) {
  for (const [i, v] of VALUES.entries()) {
    await page.getByRole('group', { name: v }).getByRole('radio', { name: String((i % 5) + 1) }).check();
  }
  await page.getByLabel('Komentar (tidak wajib)').fill('Pelayanan ramah dan cepat');
  await page.getByRole('button', { name: 'Kirim umpan balik' }).click();
}

test('a masyarakat link is answered once without an account', async ({ page, browser }) => {
  const id = await pegawaiId(browser);
  await login(page, 'penilai');
  const url = await newLink(page, id);
  await expectNoHorizontalScroll(page);

  // a visitor without a session
  const visitor = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const v = await visitor.newPage();
  await v.goto(url, { waitUntil: 'networkidle' });
  await expect(v.getByRole('heading', { level: 1, name: 'Umpan balik perilaku kerja' })).toBeVisible();
  for (const name of VALUES) {
    await expect(v.getByRole('group', { name })).toBeVisible();
  }
  await expect(v.getByText('Membantu orang lain belajar')).toBeVisible();
  await expectNoHorizontalScroll(v);
  const axe = await new AxeBuilder({ page: v }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((x) => x.id)).toEqual([]);
  await answerAll(v);
  await expect(v.getByRole('heading', { name: 'Terima kasih' })).toBeVisible();

  // the same link again: refused, in the page and on the API
  await v.goto(url, { waitUntil: 'networkidle' });
  await expect(v.getByRole('heading', { name: 'Tautan tidak dapat dipakai' })).toBeVisible();
  await expect(v.getByText(/sudah digunakan/)).toBeVisible();
  const token = new URL(url).pathname.replace('/360/', '');
  const again = await v.request.post(`/api/v1/360/${token}`, {
    data: { scores: Object.fromEntries(['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'].map((k) => [k, 3])) },
  });
  expect(again.status()).toBe(410);
  await visitor.close();
});

test('a masyarakat link works with JavaScript off', async ({ page, browser }) => {
  const id = await pegawaiId(browser);
  await login(page, 'penilai');
  const url = await newLink(page, id);
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const v = await visitor.newPage();
  await v.goto(url);
  await answerAll(v);
  await expect(v.getByRole('heading', { name: 'Terima kasih' })).toBeVisible();
  await v.goto(url);
  await expect(v.getByText(/sudah digunakan/)).toBeVisible();
  await visitor.close();
});
