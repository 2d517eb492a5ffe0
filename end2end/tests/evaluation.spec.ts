import { test, expect, Page } from '@playwright/test';
import { login, me, expectNoHorizontalScroll } from './helpers';

// Evaluation (issue 6) on the demo agency's year in progress: `penilai` rates two of his staff,
// `kepala` calibrates a seksi that breaks the Baik curve (a move with a reason, finalisation with
// a justification), `pegawai` files a keberatan; it reaches her atasan PPK (`atasan`) and, up
// the line, `kepala`, who decides it.
// The phone and the desktop project share one database, so every step reads the state first:
// the first run rates `pegawai` and her colleague for the year (which completes their seksi), the
// second rates two staff for the last quarter; the first run calibrates `penilai`'s seksi (so
// `pegawai`'s result becomes final), the second its sibling; the appeal is filed and decided once,
// and the second run checks the decision.

const SEKSI = ['Dinas Kependudukan dan Pencatatan Sipil', 'Bidang Pelayanan Pendaftaran Penduduk'];
const SEKSI_NAMES = ['Seksi Identitas Penduduk', 'Seksi Pindah Datang Penduduk'];

async function getJson(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBeTruthy();
  return res.json();
}

/** This year's annual period (with its sub-periods). */
async function thisYear(page: Page) {
  const periods = await getJson(page, '/api/v1/periods');
  const year = periods.items.find((p: any) => p.status !== 'DITUTUP');
  expect(year, 'an open year').toBeTruthy();
  return year;
}

/** A unit by the names on its path below the root. */
async function unitByPath(page: Page, names: string[]) {
  let parent = (await getJson(page, '/api/v1/units')).items[0];
  for (const name of names) {
    const children = await getJson(page, `/api/v1/units?parent=${parent.id}&limit=100`);
    parent = children.items.find((u: any) => u.nama === name);
    expect(parent, name).toBeTruthy();
  }
  return parent;
}

async function gotoSettled(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
}

test.describe.serial('Evaluation: penilaian, kalibrasi, keberatan', () => {
  test('penilai rates two of his staff, with reasons, and sees the predikat', async ({ page }) => {
    await login(page, 'penilai');
    const self = await me(page);
    const year = await thisYear(page);
    // the year while two of his staff are unrated, else the quarters from the last
    let period = '';
    let unrated: any[] = [];
    for (const p of [year, ...[...year.sub_periods].reverse()]) {
      const list = await getJson(page, `/api/v1/evaluations?period=${p.id}&limit=200`);
      unrated = list.items.filter((i: any) => i.status === null && i.pegawai_id !== self.id && i.ppk_name === self.name);
      if (unrated.length >= 2) {
        period = p.id;
        break;
      }
    }
    expect(period, 'a period with two unrated staff').not.toBe('');

    await gotoSettled(page, `/penilaian?period=${period}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Penilaian' })).toBeVisible();
    const staf = page.getByRole('region', { name: 'Pegawai yang Anda nilai' });
    await expect(staf.getByText('Belum dinilai').first()).toBeVisible();
    await expectNoHorizontalScroll(page);

    for (const [n, person] of unrated.slice(0, 2).entries()) {
      await staf.getByRole('link', { name: person.name, exact: true }).click();
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 2, name: person.name, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'RHK, realisasi dan capaian' })).toBeVisible();
      await page.getByRole('group', { name: 'Rating Hasil Kerja' }).getByLabel('Sesuai Ekspektasi').check();
      await page.getByRole('group', { name: 'Rating Perilaku Kerja' }).getByLabel(n === 0 ? 'Sesuai Ekspektasi' : 'Di Atas Ekspektasi').check();
      await expect(page.getByText('Predikat menurut matriks: Baik')).toBeVisible();
      // no reasons: the server's message, inline and in Indonesian
      await page.getByRole('button', { name: 'Simpan penilaian' }).click();
      await expect(page.getByRole('alert').filter({ hasText: /Alasan/ })).toBeVisible();
      await page.getByLabel('Alasan rating Hasil Kerja').fill('Realisasi RHK utama sesuai target triwulan dan didukung bukti');
      await page.getByLabel('Alasan rating Perilaku Kerja').fill('Menunjukkan nilai BerAKHLAK, terutama kolaboratif');
      await page.getByRole('button', { name: 'Simpan penilaian' }).click();
      await expect(page.getByRole('status').filter({ hasText: `${person.name}: Penilaian tersimpan. Predikat: Baik` })).toBeVisible();
      await expect(staf.getByRole('listitem').filter({ hasText: person.name }).getByText('Dinilai', { exact: true })).toBeVisible();
    }
    await expectNoHorizontalScroll(page);
  });

  test('kepala moves one person of a seksi that breaks the curve and finalises with a justification', async ({ page }) => {
    await login(page, 'kepala');
    const year = await thisYear(page);
    const bidang = await unitByPath(page, SEKSI);
    const children = await getJson(page, `/api/v1/units?parent=${bidang.id}&limit=100`);
    // the first seksi that is complete, open and off the curve
    let target: any = null;
    for (const name of SEKSI_NAMES) {
      const u = children.items.find((c: any) => c.nama === name);
      const k = await getJson(page, `/api/v1/calibration?unit=${u.id}&period=${year.id}&limit=200`);
      if (k.status === 'TERBUKA' && k.belum_dinilai === 0 && k.violations.length > 0) {
        target = k;
        break;
      }
    }
    expect(target, 'a seksi ready to calibrate').toBeTruthy();

    await gotoSettled(page, `/kalibrasi?unit=${target.unit_id}&period=${year.id}`);
    await expect(page.getByRole('heading', { level: 2, name: target.unit_name })).toBeVisible();
    await expect(page.getByRole('img', { name: /Sebaran predikat/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Jumlah pegawai per predikat' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pelanggaran kurva' })).toBeVisible();
    await expectNoHorizontalScroll(page);

    // on a desktop a card can be dragged onto another predikat's column: the same form opens,
    // that predikat chosen and the reason to write focused
    const person = target.people.find((p: any) => p.predikat === 'BAIK');
    if (test.info().project.name === 'desktop') {
      const other = target.people.find((p: any) => p.predikat === 'BAIK' && p.evaluasi_id !== person.evaluasi_id);
      const dragged = page.locator('li.peserta').filter({ hasText: other.name });
      const column = page.locator('section.kal-col').filter({ has: page.getByRole('heading', { level: 3, name: /^Sangat Baik/ }) });
      await dragged.dragTo(column);
      await expect(dragged.getByLabel('Predikat baru')).toHaveValue('SANGAT_BAIK');
      await expect(dragged.getByLabel('Alasan pemindahan')).toBeFocused();
      await dragged.getByRole('button', { name: /Pindahkan/ }).click();
      await expect(dragged.getByLabel('Predikat baru')).toHaveCount(0);
    }

    // one Baik to Butuh Perbaikan: a reason is required
    const card = page.locator('li.peserta').filter({ hasText: person.name });
    await card.getByRole('button', { name: /Pindahkan/ }).click();
    await card.getByLabel('Predikat baru').selectOption({ label: 'Butuh Perbaikan' });
    await card.getByRole('button', { name: 'Simpan pemindahan' }).click();
    await expect(card.getByRole('alert')).toContainText('Alasan pemindahan');
    await card.getByLabel('Alasan pemindahan').fill('Dua RHK utama terlambat dari jadwal triwulan III');
    await card.getByRole('button', { name: 'Simpan pemindahan' }).click();
    const moves = page.getByRole('region', { name: 'Riwayat pemindahan' });
    await expect(moves.getByRole('listitem').filter({ hasText: person.name })).toContainText('Baik → Butuh Perbaikan');

    // still off the curve: finalising without a justification is refused, with the reason
    const final = page.getByRole('region', { name: 'Finalisasi' });
    await final.getByRole('button', { name: 'Finalisasi', exact: true }).click();
    await final.getByRole('button', { name: 'Ya, finalisasi' }).click();
    await expect(final.getByRole('alert').filter({ hasText: 'Distribusi belum sesuai pola' })).toBeVisible();
    const fields = final.getByLabel(/^Justifikasi:/);
    const n = await fields.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await fields.nth(i).fill('Seksi layanan dengan capaian merata; disetujui rapat kalibrasi');
    }
    await final.getByRole('button', { name: 'Finalisasi', exact: true }).click();
    await final.getByRole('button', { name: 'Ya, finalisasi' }).click();
    await expect(page.getByText(/Kalibrasi ini sudah final/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Pindahkan/ })).toHaveCount(0);
    const after = await getJson(page, `/api/v1/calibration?unit=${target.unit_id}&period=${year.id}`);
    expect(after.status).toBe('FINAL');
  });

  test('pegawai files a keberatan against her final result and kepala decides it', async ({ page }) => {
    await login(page, 'pegawai');
    const self = await me(page);
    const year = await thisYear(page);
    const e = await getJson(page, `/api/v1/employees/${self.id}/evaluation?period=${year.id}`);
    expect(e?.status, 'her result is final (her seksi was calibrated)').toBe('FINAL');
    let appeal = (await getJson(page, '/api/v1/appeals')).find((a: any) => a.evaluasi_id === e.id);

    await gotoSettled(page, `/evaluasi-saya?period=${year.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hasil evaluasi saya' })).toBeVisible();
    await expect(page.getByText('Rating Hasil Kerja').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    if (!appeal) {
      const terima = page.getByRole('button', { name: 'Terima hasil' });
      if (await terima.isVisible()) {
        await terima.click();
        await expect(terima).toBeHidden();
      }
      await expect(page.getByText(/Batas pengajuan keberatan: \d{2}-\d{2}-\d{4}/)).toBeVisible();
      await page.getByRole('button', { name: 'Ajukan keberatan' }).click();
      await expect(page.getByRole('alert').filter({ hasText: /Alasan/ })).toBeVisible();
      await page.getByLabel('Alasan keberatan').fill('Realisasi layanan KTP-el 104 % belum dipertimbangkan');
      await page.getByLabel('Tautan bukti dukung (opsional)').fill('https://drive.example.go.id/bukti/ktp-el.pdf');
      await page.getByRole('button', { name: 'Ajukan keberatan' }).click();
      await expect(page.getByText('Diajukan', { exact: true })).toBeVisible();
      appeal = (await getJson(page, '/api/v1/appeals')).find((a: any) => a.evaluasi_id === e.id);
    }
    expect(appeal).toBeTruthy();

    // her atasan PPK has it in his list; the head of the agency, above him, decides it here
    await page.context().clearCookies();
    await login(page, 'atasan');
    await gotoSettled(page, '/keberatan');
    await expect(page.getByRole('heading', { level: 1, name: 'Keberatan' })).toBeVisible();
    await expect(page.getByRole('link', { name: appeal.pegawai_name }).first()).toBeVisible();
    await page.context().clearCookies();
    await login(page, 'kepala');
    const kepala = await me(page);
    await gotoSettled(page, '/keberatan');
    await expect(page.getByRole('link', { name: appeal.pegawai_name }).first()).toBeVisible();
    await gotoSettled(page, `/keberatan?id=${appeal.id}`);
    await expect(page.getByRole('heading', { name: /Penilaian PPK/ })).toBeVisible();
    await expect(page.getByText(appeal.alasan)).toBeVisible();
    await expectNoHorizontalScroll(page);
    if (appeal.status === 'DIAJUKAN') {
      await page.getByLabel('Keterangan PPK').fill('Penilaian mengikuti realisasi sampai triwulan III');
      await page.getByLabel('Keterangan pegawai').fill('Lonjakan layanan triwulan IV belum tercatat');
      await page.getByLabel('Predikat putusan').selectOption({ label: 'Baik' });
      await page.getByLabel('Alasan putusan').fill('Bukti realisasi triwulan IV mendukung predikat Baik');
      await page.getByRole('button', { name: 'Putuskan', exact: true }).click();
      await page.getByRole('button', { name: 'Ya, putuskan' }).click();
      await expect(page.getByText('Putusan tersimpan. Predikat: Baik')).toBeVisible();
    }
    await expect(page.getByText('Diputus', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Diputus oleh')).toBeVisible();
    await expect(page.getByText(kepala.name, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Putuskan', exact: true })).toHaveCount(0);
  });
});
