import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, me, expectNoHorizontalScroll, PASSWORD } from './helpers';

test('a signed-out visitor is sent to the login page', async ({ page }) => {
  await page.goto('/profil');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Masuk ke Rantai' })).toBeVisible();
});

test('a wrong password shows an inline message, then the right one signs in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill('pegawai');
  await page.getByLabel('Kata sandi').fill('bukan-sandinya');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toContainText('Nama pengguna atau kata sandi salah');
  await login(page, 'pegawai');
  const user = await me(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(user.name);
  await expectNoHorizontalScroll(page);
});

test('the profile shows the employee record, PPK and a working logout', async ({ page }) => {
  await login(page, 'pegawai');
  const user = await me(page);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil saya' })).toBeVisible();
  const nip: string = user.nip;
  const printed = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
  await expect(page.getByText(printed)).toBeVisible();
  await expect(page.getByText('Pejabat Penilai Kinerja (PPK)')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login/);
  const res = await page.request.get('/api/v1/me');
  expect(res.status()).toBe(401);
});

test('the language switches to English and back, and survives a reload', async ({ page }) => {
  await login(page, 'pegawai');
  await page.goto('/profil');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  // official terms stay Indonesian
  await expect(page.getByText('NIP', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil saya' })).toBeVisible();
});

test('a leader browses the unit tree and finds an employee by NIP', async ({ page, browser }) => {
  // the NIP of `pegawai`, read with its own session
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await login(p2, 'pegawai');
  const pegawai = await me(p2);
  await other.close();

  await login(page, 'kepala');
  await page.goto('/organisasi');
  const tree = page.getByRole('tree');
  await expect(tree).toBeVisible();
  const root = tree.getByRole('treeitem').first();
  await expect(root).toContainText('Pemerintah Kota Sukamaju');
  await page.getByLabel('Cari nama atau NIP').fill(pegawai.nip);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page.getByText(pegawai.name).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('an employee cannot find their PPK in the organisation search', async ({ page }) => {
  await login(page, 'pegawai');
  const user = await me(page);
  const self = await (await page.request.get(`/api/v1/employees/${user.id}`)).json();
  expect(self.ppk_name).toBeTruthy();
  await page.goto('/organisasi');
  await page.getByLabel('Cari nama atau NIP').fill(self.ppk_name.split(',')[0]);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page.getByText('Tidak ada pegawai yang cocok dengan pencarian')).toBeVisible();
});

test('the login page has no axe violations (WCAG 2.1 A/AA)', async ({ page }) => {
  await page.goto('/login');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the login form posts and signs in', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Nama pengguna').fill('penilai');
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Selamat datang/ })).toBeVisible();
  });
});
