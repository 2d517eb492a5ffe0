import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll } from './helpers';

// Squads (issue 4) on the demo agency: `pegawai` (Silvia Sari) works in her home unit and in two
// squads, one of them ("Tim Satu Data") led by `penilai`. Runs on the phone and the desktop
// viewport against the same database (after skp.spec.ts, so her SKP may be approved and is
// revised first: a squad lead can only add RHK to a draft or returned SKP).

/** The signed-in employee's contribution map from the JSON API. */
async function contributions(page: Page) {
  const who = await me(page);
  const res = await page.request.get(`/api/v1/employees/${who.id}/contributions`);
  expect(res.ok()).toBeTruthy();
  return res.json();
}

test.describe.serial('Squads: Peta Kontribusi and the Matriks Peran Hasil', () => {
  test('pegawai sees her home RHK and both squad roles with progress on the home screen', async ({ page }) => {
    await login(page, 'pegawai');
    // the home page is the Peta Kontribusi: no extra taps
    const peta = page.getByRole('region', { name: 'Peta Kontribusi' });
    await expect(peta.getByRole('heading', { level: 2, name: 'Peta Kontribusi' })).toBeVisible();
    const map = await contributions(page);
    const home = map.items.find((i: any) => i.kind === 'unit');
    expect(home, 'a home-unit RHK').toBeTruthy();
    const squads = [...new Set(map.items.filter((i: any) => i.kind === 'tim').map((i: any) => i.tim_nama))];
    expect(squads.length).toBeGreaterThanOrEqual(2);
    const homeCard = peta.locator('article.kontribusi-unit').filter({ has: page.getByRole('heading', { name: home.judul, exact: true }) }).first();
    await expect(homeCard).toBeVisible();
    await expect(homeCard.getByRole('progressbar')).toBeVisible();
    await expect(homeCard.getByText('Unit kerja')).toBeVisible();
    for (const nama of squads) {
      const card = peta.locator('article.kontribusi-tim').filter({ hasText: nama as string }).first();
      await expect(card).toBeVisible();
      await expect(card.getByRole('progressbar')).toBeVisible();
      await expect(card.getByText('Porsi waktu')).toBeVisible();
    }
    await expect(peta.getByText(/Beban kerja \d+ %/)).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('the squad lead fills a cell of the matrix for pegawai, who then sees the new RHK', async ({ page }, info) => {
    const column = `Hasil tambahan ${info.project.name}`;
    const result = `Tersusunnya ringkasan data kependudukan (${info.project.name})`;

    // pegawai's SKP must take new RHK: open a revision when it is approved
    await login(page, 'pegawai');
    await page.goto('/skp');
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1, name: 'SKP saya' })).toBeVisible();
    const revise = page.getByRole('button', { name: 'Buat revisi' });
    if (await revise.isVisible()) {
      await revise.click();
      await page.getByRole('button', { name: 'Ya, buat revisi' }).click();
      await expect(page.getByText('Versi baru SKP dibuat sebagai draf.')).toBeVisible();
    }

    // penilai leads "Tim Satu Data": a new column, and a cell for pegawai in it
    await page.context().clearCookies();
    await login(page, 'penilai');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tim', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tim kerja' })).toBeVisible();
    await page.getByRole('link', { name: 'Tim Satu Data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tim Satu Data' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { name: 'Matriks Peran Hasil' })).toBeVisible();
    await page.getByRole('button', { name: 'Tambah kolom' }).click();
    const kolom = page.locator('.mph-form fieldset input[type=text]').last();
    await expect(kolom).toBeFocused();
    await kolom.fill(column);
    const cell = page.getByLabel(new RegExp(`Silvia Sari.*\\(Anggota\\):\\s*${column}`)).first();
    await cell.fill(result);
    await page.getByRole('button', { name: 'Simpan matriks' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Matriks tersimpan' })).toBeVisible();
    // the saved matrix is shown again with the cell filled
    await expect(page.getByLabel(new RegExp(`Silvia Sari.*\\(Anggota\\):\\s*${column}`)).first()).toHaveValue(result);
    await expectNoHorizontalScroll(page);
    // the lead's feedback and recommendation for her (her PPK sees it when rating)
    const feedback = `Analisis data selalu tepat waktu (${info.project.name})`;
    const rek = page.locator('form.rek-form').filter({ has: page.getByRole('heading', { name: /Silvia Sari/ }) });
    await rek.getByLabel('Rekomendasi penilaian').selectOption('DI_ATAS');
    await rek.getByLabel('Umpan balik').fill(feedback);
    await rek.getByRole('button', { name: /Simpan rekomendasi/ }).click();
    await expect(rek.getByRole('status')).toHaveText('Rekomendasi tersimpan.');

    // pegawai: the new RHK in Peta Kontribusi and in SKP saya, tagged with the squad
    await page.context().clearCookies();
    await login(page, 'pegawai');
    await page.goto('/kontribusi');
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1, name: 'Peta Kontribusi' })).toBeVisible();
    const card = page.locator('article.kontribusi-tim').filter({ has: page.getByRole('heading', { name: result }) });
    await expect(card).toBeVisible();
    await expect(card.getByText('Tim Satu Data')).toBeVisible();
    await expect(card.getByRole('progressbar')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Peta Kontribusi' }).getByText(feedback)).toBeVisible();
    await page.goto('/skp');
    await page.waitForLoadState('networkidle');
    const rhk = page.locator('article.rhk').filter({ has: page.getByRole('heading', { name: result }) });
    await expect(rhk).toBeVisible();
    await expect(rhk.getByRole('link', { name: /Tim: Tim Satu Data/ })).toBeVisible();
    // the squad RHK cannot be deleted from the SKP: the matrix owns it
    await rhk.getByRole('button', { name: 'Hapus', exact: true }).click();
    await rhk.getByRole('button', { name: /Ya, hapus/ }).click();
    await expect(rhk.getByRole('alert').filter({ hasText: 'ubah lewat Matriks Peran Hasil' })).toBeVisible();
  });
});

test('a leader forms a squad, adds a member from the search and removes the role again', async ({ page }, info) => {
  const nama = `Tim Uji Layanan ${info.project.name}`;
  await login(page, 'penilai');
  await page.goto('/tim');
  await page.waitForLoadState('networkidle');
  const form = page.getByRole('region', { name: 'Bentuk tim kerja' });
  // the name is required: an inline message in Indonesian, focus on the field
  await form.getByRole('button', { name: 'Bentuk tim' }).click();
  await expect(form.getByText('Nama tim wajib diisi')).toBeVisible();
  await expect(form.getByLabel('Nama tim')).toBeFocused();
  await form.getByLabel('Nama tim').fill(nama);
  await form.getByLabel('Tujuan tim').fill('Uji pembentukan tim dari antarmuka');
  await form.getByRole('button', { name: 'Bentuk tim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nama })).toBeVisible();
  await expect(page).toHaveURL(/\/tim\/.+/);

  // add pegawai with a named role; an allocation above 100 % is refused inline first
  await page.getByLabel('Cari pegawai (nama atau NIP) dari unit mana pun').fill('Silvia Sari');
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await page.getByRole('radio', { name: /Silvia Sari/ }).first().check();
  await page.locator('#tim-add-peran').selectOption('LAINNYA');
  await page.locator('#tim-add-nama').fill('penulis laporan');
  await page.locator('#tim-add-alokasi').fill('150');
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(page.getByText('Alokasi waktu harus 0–100 %')).toBeVisible();
  await page.locator('#tim-add-alokasi').fill('15');
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ditambahkan ke tim' })).toBeVisible();
  const row = page.locator('.anggota').filter({ hasText: 'penulis laporan' });
  await expect(row.getByText('Alokasi 15 %')).toBeVisible();

  // remove the role: asked first
  await row.getByRole('button', { name: 'Hapus' }).click();
  await row.getByRole('button', { name: 'Ya, hapus peran' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Peran dihapus dari tim.' })).toBeVisible();
  await expect(page.locator('.anggota-keluar').filter({ hasText: 'penulis laporan' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test.describe('accessibility of the squad pages (axe, WCAG 2.1 A/AA)', () => {
  for (const [user, path, ready] of [
    ['pegawai', '/kontribusi', 'Peta Kontribusi'],
    ['penilai', '/tim', 'Tim kerja'],
  ]) {
    test(`${path} as ${user}`, async ({ page }) => {
      await login(page, user);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
