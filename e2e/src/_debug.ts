import { launchChromium } from './browser.js';
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const admin = 'http://localhost:4402';
await page.goto(`${admin}/sign-in`);
await page.getByLabel('Email address').fill('manager@heard.example');
await page.getByLabel('Password').fill('heard-demo-password');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(/inbox$/);
await page.goto(`${admin}/a/WBC/records/comments/new`);
await page.getByLabel('Telephone').check();
await page.getByLabel('Parent or carer').check();
await page.getByLabel('What the comment is about').fill('Asks why family time moved to Saturdays.');
await page.getByRole('button', { name: 'Record comment' }).click();
await page.waitForTimeout(1500);
console.log(page.url());
await page.getByRole('button', { name: 'Record acknowledgement' }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/shots/comment-ack.png', fullPage: true });
try {
  await page.getByLabel('Team manager').fill('X', { timeout: 3000 });
} catch (e) { console.log(String(e).slice(0, 600)); }
await browser.close();
