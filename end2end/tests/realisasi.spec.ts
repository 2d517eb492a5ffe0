import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll } from './helpers';

// Realisasi with evidence (issue 5), as on a phone: `pegawai` opens an IKI from her SKP, types a
// value, reloads (the local draft comes back), records it with a PDF; `penilai`, her PPK,
// verifies it and gives feedback on the RHK from there; `pegawai` sees the notification on
// her bell and opens it. Each run records one new entry (the phone and desktop projects share a
// database), and the check is that exactly one was added.

async function getJson(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBeTruthy();
  return res.json();
}

/** A tiny but real PDF (the server checks the content, not the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
  'trailer<</Root 1 0 R>>\n%%EOF\n',
);

test('pegawai records a realisasi with a PDF and penilai verifies it', async ({ page, browser }) => {
  await login(page, 'pegawai');
  const self = await me(page);
  const skp = await getJson(page, `/api/v1/employees/${self.id}/skp`);
  const rhk = skp.rhk.find((r: any) => r.iki.length > 0);
  expect(rhk, 'an RHK with an IKI').toBeTruthy();
  const iki = rhk.iki[0];
  const before = await getJson(page, `/api/v1/indicators/${iki.id}/realisasi?limit=200`);

  // from the SKP page: the IKI's realisasi cell links to its page
  await page.goto('/skp', { waitUntil: 'networkidle' });
  await page.locator(`a[href="/realisasi?iki=${iki.id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/realisasi\\?iki=${iki.id}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Realisasi dan bukti dukung' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Catat realisasi' })).toBeVisible();
  await expectNoHorizontalScroll(page);

  // nothing typed is lost: the draft survives a reload
  await page.getByLabel(/^Nilai realisasi/).fill('1');
  await page.getByLabel('Uraian (tidak wajib)').fill('Laporan bulan ini selesai');
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByText('Draf yang belum terkirim dipulihkan')).toBeVisible();
  await expect(page.getByLabel(/^Nilai realisasi/)).toHaveValue('1');
  await expect(page.getByLabel('Uraian (tidak wajib)')).toHaveValue('Laporan bulan ini selesai');

  // a wrong link is refused inline by the server
  await page.getByLabel('Tautan bukti (tidak wajib)').fill('ftp://contoh');
  await page.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Tautan bukti (tidak wajib)').fill('https://contoh.go.id/laporan');

  await page.getByLabel('Berkas bukti dukung (tidak wajib)').setInputFiles({ name: 'laporan.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'realisasi tersimpan.' })).toBeVisible();
  const entry = page.locator('ul.realisasi-list > li').first();
  await expect(entry).toContainText('laporan.pdf');
  await expect(entry).toContainText('Menunggu verifikasi');
  // the draft is gone once the server has the entry
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByLabel(/^Nilai realisasi/)).toHaveValue('');
  const after = await getJson(page, `/api/v1/indicators/${iki.id}/realisasi?limit=200`);
  expect(after.items.length).toBe(before.items.length + 1);
  const mine = after.items[0];
  expect(mine.narrative).toBe('Laporan bulan ini selesai');
  expect(mine.evidence.map((b: any) => b.kind).sort()).toEqual(['FILE', 'LINK']);
  const file = mine.evidence.find((b: any) => b.kind === 'FILE');
  expect(file.mime).toBe('application/pdf');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // her PPK verifies it
  const ctx = await browser.newContext({ viewport: page.viewportSize()! });
  const ppk = await ctx.newPage();
  await login(ppk, 'penilai');
  await ppk.goto(`/realisasi?iki=${iki.id}`, { waitUntil: 'networkidle' });
  await expect(ppk.getByRole('heading', { name: 'Catat realisasi' })).toHaveCount(0);
  const card = ppk.locator('ul.realisasi-list > li').first();
  await card.getByLabel(/^Komentar verifikasi/).fill('Sesuai bukti');
  await card.getByRole('button', { name: 'Tandai valid' }).click();
  await expect(ppk.getByRole('status').filter({ hasText: 'Valid' })).toBeVisible();
  await expect(ppk.locator('ul.realisasi-list > li').first()).toContainText('Sesuai bukti');
  const verified = await getJson(ppk, `/api/v1/indicators/${iki.id}/realisasi?limit=1`);
  expect(verified.items[0].status).toBe('VALID');
  // the evidence file is served to the PPK
  const pdf = await ppk.request.get(file.url);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');

  // and gives feedback on the RHK from there (the RHK comes pre-selected)
  await ppk.locator('main').getByRole('link', { name: 'Umpan balik', exact: true }).click();
  await expect(ppk.getByRole('heading', { level: 1, name: 'Umpan balik' })).toBeVisible();
  await expect(ppk.locator('#ub-topik')).toHaveValue(`rhk:${rhk.id}`);
  const saran = `Bukti lengkap, pertahankan (${Date.now()})`;
  await ppk.locator('#ub-isi').fill(saran);
  await ppk.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(ppk.getByRole('status').filter({ hasText: 'Umpan balik terkirim.' })).toBeVisible();
  await expect(ppk.getByText(saran)).toBeVisible();
  await ctx.close();

  // pegawai sees it on her bell, opens the notification and lands on the feedback
  await page.goto('/', { waitUntil: 'networkidle' });
  const bell = page.getByRole('link', { name: /^Notifikasi/ });
  await expect(bell).toHaveAccessibleName(/belum dibaca/);
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  const note = page.locator('.notif-list li').first();
  await expect(note).toContainText('memberi umpan balik tentang');
  await note.getByRole('link').click();
  await expect(page).toHaveURL(/\/umpan-balik\?pegawai=/);
  await expect(page.getByText(saran)).toBeVisible();
  await expectNoHorizontalScroll(page);
});
