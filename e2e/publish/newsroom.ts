import type { Browser, Page } from '@playwright/test';
import { routeUrl } from '../../main/services/publishing/wordpress/routes';
import { openApp, type OpenedApp } from '../fixtures';
import { Desk } from '../ui/desk';
import type { Credentials, WordPressSite } from '../wordpress/site';

// The newsroom's laptops, played in one browser: each Copydesk has its own profile folder, its own
// real services behind its own bridge, and its own browser context, so nothing is shared between
// them but the WordPress site.

export interface Laptop extends OpenedApp {
  desk: Desk;
}

export async function openLaptop(browser: Browser, who: string): Promise<Laptop> {
  const context = await browser.newContext();
  const app = await openApp(context, await context.newPage(), who);
  return { ...app, desk: new Desk(app.page) };
}

/** The open draft's id, as the window knows it (the newest in its list). */
export async function openDraftId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const list = await window.copydesk.listDrafts({});
    if (!list.ok) throw new Error(list.error.message);
    return list.value[0]!.id;
  });
}

/** The site's REST API as one of its users (or anonymously), as anyone could call it without Copydesk. */
export function restAs(site: WordPressSite, login: Credentials | null) {
  return async (method: 'GET' | 'POST', route: string, query: Record<string, string> = {}, body?: unknown) => {
    const headers = new Headers();
    if (login) headers.set('Authorization', `Basic ${Buffer.from(`${login.username}:${login.appPassword}`).toString('base64')}`);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await fetch(routeUrl(site.rest, route, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
}
