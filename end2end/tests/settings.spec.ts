import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, expectNoHorizontalScroll } from './helpers';

// The admin's evaluation settings (issue 6): the appeal decision deadline is configurable; bad
// input gets the field's message; the page passes axe. The deadline is put back to 14 days, so
// the other specs (and the second project run) see the defaults.

test('admin changes the appeal decision deadline and puts it back', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/pengaturan', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan evaluasi' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  const days = page.getByLabel('Batas waktu putusan keberatan (hari)');
  await days.fill('0');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 sampai 90 hari' })).toBeVisible();
  await days.fill('21');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan disimpan.')).toBeVisible();
  let s = await (await page.request.get('/api/v1/settings/curve')).json();
  expect(s.appeal_decision_days).toBe(21);

  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel('Batas waktu putusan keberatan (hari)').fill('14');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan disimpan.')).toBeVisible();
  s = await (await page.request.get('/api/v1/settings/curve')).json();
  expect(s.appeal_decision_days).toBe(14);
});

test('the settings are for admins only', async ({ page }) => {
  await login(page, 'penilai');
  await page.goto('/pengaturan', { waitUntil: 'networkidle' });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan pengaturan' })).toHaveCount(0);
});
