/** The fixture pages and what each should show (test/fixtures/qsm/index.json), served with dates shifted to today. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from './browser';
import { shiftPageDates } from './dates';

const DIR = 'test/fixtures/qsm';

export interface FixtureEntry {
  file: string;
  url: string;
  page: 'detail' | 'grid' | 'grid+detail' | 'unrecognized' | 'not-claim' | 'login';
  detail: { ok: boolean; orderNo?: string; kind?: string; reason?: string };
  /** The detail's data-qwa-state; 'unreadable' = the muted marker; null = no detail badge. */
  badge: string | null;
  grid: { rows: number; problems: number; states: Record<string, number> } | null;
}

export interface FixtureIndex {
  now: string;
  fixtures: FixtureEntry[];
}

export const fixtureIndex: FixtureIndex = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
export const detailFixtures = fixtureIndex.fixtures.filter((f) => f.page !== 'grid');
export const gridFixtures = fixtureIndex.fixtures.filter((f) => f.grid);

export const pathOf = (entry: FixtureEntry) => {
  const url = new URL(entry.url);
  return url.pathname + url.search;
};

export function fixtureHtml(entry: FixtureEntry): string {
  return shiftPageDates(readFileSync(join(DIR, entry.file), 'utf8'), new Date(fixtureIndex.now));
}

/**
 * A script statement with which QSM's script writes a fixture into a document it opened empty (a layer's
 * frame, a popup window): `doc` names that document in the script.
 */
export const writeFixtureInto = (doc: string, entry: FixtureEntry) =>
  `${doc}.open(); ${doc}.write(${JSON.stringify(fixtureHtml(entry)).replace(/<\//g, '<\\/')}); ${doc}.close();`;

/** Serves every fixture at its QSM address. */
export function serveFixtures(browser: ExtensionBrowser): void {
  for (const entry of fixtureIndex.fixtures) browser.pages.set(pathOf(entry), fixtureHtml(entry));
}
