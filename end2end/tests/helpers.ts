import { expect, Page } from '@playwright/test';

export const PASSWORD = 'rantai-demo';

/** Signs in through the login form and waits for the home page. */
export async function login(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Selamat datang/ })).toBeVisible();
}

/** The signed-in user, from the JSON API with the browser's own session cookie. */
export async function me(page: Page) {
  const res = await page.request.get('/api/v1/me');
  expect(res.ok()).toBeTruthy();
  return res.json();
}

/** Nothing is wider than the viewport (no horizontal scrolling on a 360 px phone). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
