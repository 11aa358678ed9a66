import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fixtureUrl } from './site.ts';

test.skip(({ isMobile }) => isMobile, 'printing is a desktop affair');

async function pdfText(page: Page): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text.replace(/\s+/g, ' ');
}

test('the handout prints the questions without the answers', async ({ page }) => {
  await page.goto(fixtureUrl('handout/fixture-alpha/'));
  const text = await pdfText(page);
  expect(text).toContain('Which of these are container runtimes?');
  expect(text).toContain('Name:');
  expect(text).toContain('containerd');
  expect(text).not.toContain('implement the Container Runtime Interface');
  expect(text).not.toContain('(right)');
  expect(text).not.toContain('Sidecar Academy ·');
});

test('the answer key prints the answers and the explanations', async ({ page }) => {
  await page.goto(fixtureUrl('handout/fixture-alpha/answers/'));
  const text = await pdfText(page);
  expect(text).toContain('containerd and CRI-O implement the Container Runtime Interface.');
  expect(text).toContain('(right)');
  expect(text).toContain('Right order:');
});
