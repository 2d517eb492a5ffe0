import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll } from './helpers';

// Continuous feedback (issue 5): `pegawai` asks her PPK for feedback on a BerAKHLAK value from
// her SKP page; `penilai` gets the notification on the bell, answers the request from it; the
// answer shows on pegawai's page. Each run makes its own request (the phone and desktop
// projects share a database).

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('pegawai asks for feedback and penilai answers it from the notification', async ({ page, browser }) => {
  await login(page, 'pegawai');
  const self = await me(page);
  await page.goto('/skp', { waitUntil: 'networkidle' });
  await page.locator('main').getByRole('link', { name: 'Umpan balik', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Umpan balik' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Minta umpan balik' })).toBeVisible();
  // she cannot give feedback to herself
  await expect(page.getByRole('heading', { name: 'Beri umpan balik' })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  // choosing no topic is refused inline
  await page.getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Pilih RHK atau nilai BerAKHLAK');
  const pesan = `Bagaimana kerja sama saya dengan tim? (${Date.now()})`;
  await page.getByLabel('Tentang').selectOption({ label: 'Kolaboratif' });
  await page.getByLabel('Pesan (tidak wajib)').fill(pesan);
  await page.getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Permintaan terkirim.' })).toBeVisible();
  const mine = page.locator('li.ub-request').filter({ hasText: pesan });
  await expect(mine).toContainText('Menunggu jawaban');
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // her PPK sees it on the bell
  const ctx = await browser.newContext({ viewport: page.viewportSize()! });
  const ppk = await ctx.newPage();
  await login(ppk, 'penilai');
  const bell = ppk.getByRole('link', { name: /^Notifikasi/ });
  await expect(bell).toHaveAccessibleName(/belum dibaca/);
  await bell.click();
  await expect(ppk.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeVisible();
  const axe2 = await new AxeBuilder({ page: ppk }).withTags(axeTags).analyze();
  expect(axe2.violations.map((v) => v.id)).toEqual([]);
  await ppk.locator('.notif-list li').filter({ hasText: `${self.name} meminta umpan balik tentang Kolaboratif` })
    .first().getByRole('link').click();
  await expect(ppk).toHaveURL(new RegExp(`/umpan-balik\\?pegawai=${self.id}`));

  // answers the request: its topic is taken over
  const request = ppk.locator('li.ub-request').filter({ hasText: pesan });
  await request.getByRole('button', { name: 'Jawab' }).click();
  await expect(ppk.locator('#ub-topik')).toHaveValue('nilai:KOLABORATIF');
  await expect(ppk.locator('#ub-isi')).toBeFocused();
  // an empty text is refused inline
  await ppk.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(ppk.getByRole('alert')).toContainText('Tulis umpan baliknya.');
  const jawaban = `Aktif mengajak bidang lain; libatkan juga kelurahan (${Date.now()})`;
  await ppk.locator('#ub-isi').fill(jawaban);
  await ppk.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(ppk.getByRole('status').filter({ hasText: 'Umpan balik terkirim.' })).toBeVisible();
  await expect(ppk.locator('li.ub-request').filter({ hasText: pesan })).toContainText('Dijawab');
  await expectNoHorizontalScroll(ppk);
  await ctx.close();

  // the answer is on her page, under Kolaboratif
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.locator('li.ub-request').filter({ hasText: pesan })).toContainText('Dijawab');
  await expect(page.locator('#ub-nilai-KOLABORATIF')).toContainText(jawaban);
});

test('pegawai schedules a dialog kinerja and keeps its follow-up', async ({ page }) => {
  await login(page, 'pegawai');
  await page.goto('/skp', { waitUntil: 'networkidle' });
  await page.locator('main').getByRole('link', { name: 'Dialog kinerja', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialog kinerja' })).toBeVisible();
  // the demo's review has a follow-up past its due date
  await expect(page.getByText('Melewati tenggat').first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  // a title is required, inline
  await page.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Isi judul dialog.');
  const judul = `Klarifikasi target triwulan (${Date.now()})`;
  await page.getByLabel('Jenis dialog').selectOption('KLARIFIKASI');
  await page.getByLabel('Judul', { exact: true }).fill(judul);
  await page.getByLabel('Tanggal dan jam').fill('2026-12-20T09:30');
  await page.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dialog dijadwalkan.' })).toBeVisible();
  const card = page.locator('li.dialog-card').filter({ hasText: judul });
  await expect(card).toContainText('20-12-2026 09:30');
  await expect(card).toContainText('Dijadwalkan');

  // an agreed follow-up for herself, then done
  await card.getByLabel('Tindak lanjut yang disepakati').fill('Siapkan data capaian');
  await card.getByLabel('Tenggat').fill('2026-12-19');
  await card.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  await expect(card.locator('.tl-item')).toContainText('Siapkan data capaian');
  await card.getByRole('button', { name: 'Tandai selesai' }).click();
  await expect(card.locator('.tl-item.tl-done')).toContainText('Siapkan data capaian');
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
