import { test, expect } from '@playwright/test';
import { login, expectNoHorizontalScroll } from './helpers';

// The rest of the SKP of issue 3 on the demo agency: a risk on an RHK, the PPK's BerAKHLAK
// expectations, the PDF of the SKP, and the desktop diagram of the cascade.

test('pegawai records a high risk on an RHK and downloads the SKP as PDF', async ({ page }, info) => {
  await login(page, 'pegawai');
  await page.goto('/skp', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'SKP saya' })).toBeVisible();
  const add = page.getByRole('button', { name: 'Tambah risiko' }).first();
  await add.click();
  const desc = `Server layanan padam (${info.project.name})`;
  await page.getByLabel('Uraian risiko').first().fill(desc);
  await page.getByLabel('Kemungkinan', { exact: true }).first().selectOption('4');
  await page.getByLabel('Dampak', { exact: true }).first().selectOption('4');
  await page.getByLabel('Mitigasi').first().fill('Cadangan harian');
  await page.getByRole('button', { name: 'Tambah risiko' }).first().click();
  await expect(page.getByText('Risiko ditambahkan.')).toBeVisible();
  await expect(page.getByText(desc)).toBeVisible();
  await expect(page.getByText('Risiko tinggi').first()).toBeVisible();
  // the PDF link serves the SKP as a PDF to its owner
  const href = await page.getByRole('link', { name: 'Unduh PDF' }).first().getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoHorizontalScroll(page);
});

test('penilai sets an expectation per BerAKHLAK value', async ({ page }, info) => {
  await login(page, 'penilai');
  await page.goto('/skp/bawahan', { waitUntil: 'networkidle' });
  // a subordinate whose SKP is not approved yet (the demo's states follow the year)
  const list = await (await page.request.get('/api/v1/skp/review')).json();
  const open = list.find((s: any) => s.skp_id && s.status !== 'DISETUJUI');
  expect(open, 'a subordinate with an SKP still open').toBeTruthy();
  await page.getByRole('link', { name: open.pegawai.name }).click();
  const text = `Laporan kegiatan diserahkan tepat waktu (${info.project.name})`;
  await page.getByLabel('Akuntabel').fill(text);
  await page.getByRole('button', { name: 'Simpan ekspektasi' }).click();
  await expect(page.getByText('Ekspektasi khusus pimpinan tersimpan.')).toBeVisible();
  const url = new URL(page.url());
  const skp = await (await page.request.get(`/api/v1/skp/${url.searchParams.get('skp')}`)).json();
  expect(skp.perilaku.find((p: any) => p.nilai === 'AKUNTABEL').ekspektasi).toBe(text);
});

test('kepala switches the cascade to the diagram on a desktop', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'the diagram is a desktop view; phones get the tree');
  await login(page, 'kepala');
  await page.goto('/cascade', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Diagram' }).click();
  const diagram = page.getByRole('img', { name: /Diagram cascading/ });
  await expect(diagram).toBeVisible();
  await expect(page.getByRole('button', { name: 'Perbesar' })).toBeVisible();
  await page.getByRole('button', { name: 'Pas layar' }).click();
  await page.getByRole('button', { name: 'Pohon' }).click();
  await expect(page.getByRole('tree')).toBeVisible();
});
