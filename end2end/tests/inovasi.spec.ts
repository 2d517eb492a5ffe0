import { test, expect, Browser } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll } from './helpers';

// Issue 5, items 3 and 7 (and issue 6's evaluation screen): `pegawai` rates a held mentoring
// session with the nine-statement form and records an innovation; `penilai` sees it, her
// feedback and her 360° results beside the rating form; `kepala` sees the unit's counts.
// Both projects share one database, so the second run finds the session already rated.

async function axe(page: import('@playwright/test').Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(r.violations.map((x) => x.id)).toEqual([]);
}

async function pegawaiId(browser: Browser) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await login(page, 'pegawai');
  const self = await me(page);
  await ctx.close();
  return self.id as string;
}

test('pegawai rates a held mentoring session once', async ({ page }) => {
  await login(page, 'pegawai');
  await page.goto('/dialog', { waitUntil: 'networkidle' });
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mentoring penyusunan bukti dukung' }) });
  await expect(card).toBeVisible();
  const form = card.locator('form.coaching-form');
  if (await form.isVisible()) {
    await form.getByRole('button', { name: 'Kirim penilaian' }).click();
    await expect(form.getByText('Beri nilai untuk kesembilan pernyataan.')).toBeVisible();
    await axe(page);
    const groups = form.getByRole('group');
    await expect(groups).toHaveCount(9);
    for (let i = 0; i < 9; i++) {
      await groups.nth(i).getByRole('radio', { name: String(i % 2 === 0 ? 5 : 4) }).check();
    }
    await form.getByLabel('Komentar (tidak wajib)').fill('Contohnya jelas dan langsung bisa dipakai');
    await form.getByRole('button', { name: 'Kirim penilaian' }).click();
  }
  // 5 × 5 + 4 × 4 = 41 / 9 = 4,56
  await expect(card.getByText(/Penilaian pegawai atas sesi: 4,56 \/ 5/)).toBeVisible();
  await expect(card.locator('form.coaching-form')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});

test('pegawai records an innovation; penilai weighs it in the evaluation; kepala counts it', async ({ page, browser }, info) => {
  const run = `${info.project.name} ${Date.now()}`;
  const title = `Loket keliling (${run})`;
  const impact = `212 warga lanjut usia terlayani dalam tiga bulan (${run})`;
  await login(page, 'pegawai');
  await page.goto('/inovasi', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'Catatan inovasi' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Antrean layanan KTP-el lewat WhatsApp/ })).toBeVisible();
  const form = page.getByRole('region', { name: 'Catat inovasi baru' });
  await form.getByLabel('Judul inovasi').fill(title);
  await form.getByLabel('Masalah').fill('Warga lanjut usia sulit datang ke kantor');
  await form.getByLabel('Solusi').fill('Petugas membawa perekaman KTP-el ke kelurahan sekali sebulan');
  await form.getByLabel('Status').selectOption('DITERAPKAN');
  await form.getByRole('button', { name: 'Catat inovasi' }).click();
  await expect(form.getByText('Inovasi yang sudah diterapkan wajib menyebut dampak terukurnya.')).toBeVisible();
  await form.getByLabel(/^Dampak terukur/).fill(impact);
  await form.getByLabel(/^Tautan/).fill('https://drive.example.go.id/loket-keliling.pdf');
  await form.getByRole('button', { name: 'Catat inovasi' }).click();
  await expect(page.getByText('Catatan inovasi tersimpan.')).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(title.replace(/[()]/g, '\\$&')) })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await axe(page);

  const id = await pegawaiId(browser);
  const ppk = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  const p = await ppk.newPage();
  await login(p, 'penilai');
  // the PPK picks whose dialogues to open
  await p.goto('/dialog', { waitUntil: 'networkidle' });
  const picker = p.locator('form').filter({ has: p.getByLabel('Pegawai', { exact: true }) });
  await picker.getByLabel('Pegawai', { exact: true }).selectOption(id);
  await picker.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(p).toHaveURL(new RegExp(`pegawai=${id}`));
  await expect(p.getByRole('heading', { name: 'Mentoring penyusunan bukti dukung' })).toBeVisible();
  await p.goto(`/penilaian?pegawai=${id}`, { waitUntil: 'networkidle' });
  await expect(p.getByRole('heading', { name: 'Umpan balik berkelanjutan tahun ini' })).toBeVisible();
  await expect(p.getByRole('heading', { name: 'Umpan balik 360° (anonim)' })).toBeVisible();
  const ino = p.getByRole('region', { name: 'Catatan inovasi' });
  await expect(ino.getByRole('heading', { name: new RegExp(title.replace(/[()]/g, '\\$&')) })).toBeVisible();
  await expect(ino.getByText(impact)).toBeVisible();
  await expectNoHorizontalScroll(p);
  await ppk.close();

  const head = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  const k = await head.newPage();
  await login(k, 'kepala');
  await k.goto('/inovasi', { waitUntil: 'networkidle' });
  await k.getByRole('link', { name: 'Inovasi di unit saya' }).click();
  const table = k.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Jumlah' })).toBeVisible();
  await expect(k.getByRole('heading', { name: new RegExp(title.replace(/[()]/g, '\\$&')) })).toBeVisible();
  await expectNoHorizontalScroll(k);
  await axe(k);
  await head.close();
});
