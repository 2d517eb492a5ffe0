import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll } from './helpers';

// Tindak lanjut (issue 6) on the demo agency's finished last year: `kepala` reads the 9-box of
// the agency, sets one person's potensi (the grid's counts follow), pages through the people,
// downloads the predikat export (CSV and XLSX), opens a functional employee's angka kredit
// ledger and evaluation document; `pegawai` is refused the 9-box and reads her own result's PDF.
// The phone and the desktop project share one database: the potensi is set to Tinggi both times
// (the second run names the version the first one left).

async function getJson(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBeTruthy();
  return res.json();
}

/** Last year's annual period (closed, calibrated in the demo). */
async function lastYear(page: Page) {
  const periods = await getJson(page, '/api/v1/periods');
  const year = periods.items.find((p: any) => p.status === 'DITUTUP');
  expect(year, 'a closed year').toBeTruthy();
  return year;
}

async function expectAxeClean(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('kepala reads the 9-box, sets a potensi, exports and opens a ledger', async ({ page }) => {
  await login(page, 'kepala');
  const year = await lastYear(page);
  const before = await getJson(page, `/api/v1/talent?period=${year.id}&limit=200`);

  await page.goto(`/tindak-lanjut?period=${year.id}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'Tindak lanjut: 9-box talenta' })).toBeVisible();
  const grid = page.getByRole('table');
  await expect(grid).toBeVisible();
  for (const b of before.boxes) {
    await expect(grid.locator(`td.kotak-${b.kotak} .kotak-n`)).toHaveText(String(b.jumlah));
  }
  await expect(page.getByText(/pegawai belum masuk 9-box/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAxeClean(page);

  // one person with a final predikat gets potensi Tinggi
  const target = before.items.slice(0, 50).find((p: any) => p.predikat && p.boleh_potensi);
  expect(target, 'someone kepala may judge').toBeTruthy();
  const card = page.locator('li.peserta').filter({ hasText: target.nip });
  await card.getByRole('button', { name: `Isi potensi ${target.name}` }).click();
  await card.getByLabel('Tinggi').check();
  await card.getByLabel('Alasan (tidak wajib)').fill('Memimpin perbaikan layanan sepanjang tahun');
  await card.getByRole('button', { name: 'Simpan potensi' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${target.name}: potensi disimpan.` })).toBeVisible();
  const after = await getJson(page, `/api/v1/talent?period=${year.id}&limit=200`);
  const saved = after.items.find((p: any) => p.pegawai_id === target.pegawai_id);
  expect(saved.potensi).toBe('TINGGI');
  expect(saved.potensi_version).toBeGreaterThan(target.potensi_version);
  // the grid shows the new counts without a reload
  for (const b of after.boxes) {
    await expect(grid.locator(`td.kotak-${b.kotak} .kotak-n`)).toHaveText(String(b.jumlah));
  }
  await expect(page.locator('li.peserta').filter({ hasText: target.nip })).toContainText(`Kotak ${saved.kotak}`);

  // the people come 50 at a time
  const cards = page.locator('ul.peserta-list > li.peserta');
  await expect(cards).toHaveCount(50);
  await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
  await expect(cards).toHaveCount(100);

  // the predikat export, read with the same session
  const csvHref = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\n')[0]).toMatch(/^nip,nama,/);
  const xlsx = await page.request.get((await page.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href'))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

  // a functional employee with a final result: the ledger and the evaluation document
  const fungsional = after.items.find((p: any) => p.jenjang && p.evaluasi_id);
  expect(fungsional, 'a functional employee among the first 200').toBeTruthy();
  const pdf = await page.request.get(`/api/v1/evaluations/${fungsional.evaluasi_id}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const ledger = await getJson(page, `/api/v1/employees/${fungsional.pegawai_id}/angka-kredit`);
  expect(ledger.entries.length).toBeGreaterThan(0);

  await page.goto(`/angka-kredit?pegawai=${fungsional.pegawai_id}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 2, name: fungsional.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Riwayat perolehan' })).toBeVisible();
  const entry = ledger.entries[0];
  await expect(page.getByText(`${entry.bulan}/12 ×`).first()).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAxeClean(page);
});

test('pegawai is refused the 9-box and downloads her own evaluation document', async ({ page }) => {
  await login(page, 'pegawai');
  const year = await lastYear(page);
  await page.goto(`/tindak-lanjut?period=${year.id}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.goto(`/evaluasi-saya?period=${year.id}`, { waitUntil: 'networkidle' });
  const link = page.getByRole('link', { name: 'Dokumen Evaluasi (PDF)' });
  await expect(link).toBeVisible();
  const pdf = await page.request.get((await link.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');

  // her own ledger: entries when her position is functional, else the explanation
  const self = await me(page);
  const ledger = await getJson(page, `/api/v1/employees/${self.id}/angka-kredit`);
  await page.goto('/angka-kredit', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'Angka kredit' })).toBeVisible();
  if (ledger.jenjang) {
    await expect(page.getByRole('heading', { name: 'Riwayat perolehan' })).toBeVisible();
  } else {
    await expect(page.getByText('bukan jabatan fungsional')).toBeVisible();
  }
  await expectNoHorizontalScroll(page);
});
