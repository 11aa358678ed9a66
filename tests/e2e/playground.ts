/** Helpers the playground's end-to-end tests share. */
import { expect, type Page } from '@playwright/test';
import { encodeShare } from '../../src/lib/playground/share.ts';

/** The playground's path under the base. */
export const PLAYGROUND = 'playground/';

/** A Deployment with one error: no selector (SA3001 at 6:1). */
export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        - name: orders
          image: ghcr.io/example/orders:1.4.2
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet: { path: /ready, port: http }
          livenessProbe:
            httpGet: { path: /live, port: http }
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { memory: 128Mi }
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
`;

/** Waits until the worker has answered for the text as it is now. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('manifest-playground')).toHaveAttribute('data-updated', /\d+/);
  await expect(page.locator('manifest-playground')).not.toHaveAttribute('data-busy');
}

/** Opens the playground with these tabs, through a shared link. */
export async function open(page: Page, tabs: { name: string; text: string }[]): Promise<void> {
  await page.goto(`${PLAYGROUND}${encodeShare(tabs)}`);
  await settled(page);
}

/** The editor's content. */
export const editor = (page: Page) => page.locator('.pg-editor .cm-content');

/** Replaces the current tab's text as a person would (select all, delete, type) and waits for the findings. */
export async function replaceText(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await settled(page);
}

/** Every finding in the problems panel. */
export const problems = (page: Page) => page.locator('.pg-problems-list .pg-problem');
