import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login, expectNoHorizontalScroll } from './helpers';

// The planning flow of issue 3 on the demo agency: pegawai drafts and submits an SKP linked to
// a leader RHK, penilai (the PPK) approves it, kepala finds it in the cascade tree and follows
// its breadcrumb up to the strategic goal. Runs on the phone and the desktop viewport against
// the same database, so the second run starts from an approved SKP and opens a new version.
test.describe.serial('SKP planning and the cascade', () => {
  test('pegawai drafts and submits an SKP linked to a leader RHK', async ({ page }, info) => {
    const title = `Terlayaninya permohonan KTP elektronik (${info.project.name})`;
    await login(page, 'pegawai');
    await page.goto('/skp', { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1, name: 'SKP saya' })).toBeVisible();
    const revise = page.getByRole('button', { name: 'Buat revisi' });
    if (await revise.isVisible()) {
      await revise.click();
      await page.getByRole('button', { name: 'Ya, buat revisi' }).click();
      await expect(page.getByText('Versi baru SKP dibuat sebagai draf.')).toBeVisible();
    }
    await page.getByRole('button', { name: 'Tambah RHK' }).click();
    const form = page.locator('form.rhk-form');
    await form.getByLabel('Rencana hasil kerja').fill(title);
    // saving without targets is refused inline, with the fields marked
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(form.getByText('Periksa kembali isian yang ditandai.')).toBeVisible();
    await form.getByLabel('RHK atasan yang diintervensi').selectOption({ index: 1 });
    const iki = [
      ['Jumlah permohonan terlayani', '120', 'Permohonan'],
      ['Persentase dokumen sesuai standar', '100', '%'],
      ['Waktu penyelesaian', '12', 'Bulan'],
    ];
    for (const [i, [nama, target, satuan]] of iki.entries()) {
      await form.getByLabel('Indikator', { exact: true }).nth(i).fill(nama);
      await form.getByLabel('Target', { exact: true }).nth(i).fill(target);
      await form.getByLabel('Satuan', { exact: true }).nth(i).fill(satuan);
    }
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('RHK tersimpan.')).toBeVisible();
    await expect(page.getByRole('heading', { name: title }).last()).toBeVisible();
    await page.getByRole('button', { name: 'Ajukan ke PPK' }).click();
    await expect(page.getByText('SKP sedang diajukan dan menunggu persetujuan PPK.')).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('penilai approves it', async ({ page }) => {
    await login(page, 'penilai');
    await page.goto('/skp/bawahan', { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: /Silvia Sari/ }).click();
    await expect(page).toHaveURL(/skp=/);
    await page.getByRole('button', { name: 'Setujui SKP' }).click();
    await expect(page.getByText('SKP disetujui.')).toBeVisible();
    const api = await page.request.get('/api/v1/skp/review');
    const silvia = (await api.json()).find((s: any) => s.pegawai.name.startsWith('Silvia Sari'));
    expect(silvia.status).toBe('DISETUJUI');
    await expectNoHorizontalScroll(page);
  });

  test('kepala searches the cascade and follows the breadcrumb to the strategic goal', async ({ page }, info) => {
    await login(page, 'kepala');
    await page.goto('/cascade', { waitUntil: 'networkidle' });
    await expect(page.getByRole('tree')).toBeVisible();
    await page.getByLabel('Cari nama, NIP, atau teks RHK').fill(`KTP elektronik (${info.project.name})`);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const title = `Terlayaninya permohonan KTP elektronik (${info.project.name})`;
    const hit = page.locator('button.hit').filter({ hasText: title }).first();
    await hit.click();
    // the path is opened and the hit is the focused tree item
    await expect(page.locator('[role=treeitem]:focus')).toContainText(title);
    const chain = page.getByRole('navigation', { name: 'Rantai hasil RHK terpilih' });
    await expect(chain.getByRole('listitem').first()).toContainText('SS1');
    await expect(chain.getByRole('listitem').last()).toContainText(title);
    expect(await chain.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('accessibility of the planning pages (axe, WCAG 2.1 A/AA)', () => {
  for (const [user, path, ready] of [
    ['pegawai', '/skp', 'SKP saya'],
    ['penilai', '/skp/bawahan', 'SKP bawahan'],
    ['kepala', '/cascade', 'Cascading kinerja'],
  ]) {
    test(`${path} as ${user}`, async ({ page }) => {
      await login(page, user);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
