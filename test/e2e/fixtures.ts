/** The fixture pages and what each should show (test/fixtures/qsm/index.json), served with dates shifted to today. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from './browser';
import { shiftPageDates } from './dates';

const DIR = 'test/fixtures/qsm';

export interface FixtureEntry {
  file: string;
  url: string;
  expected: Record<string, unknown> & { badge?: string | null; rows?: number; orderNo?: string; ok?: boolean };
}

export interface FixtureIndex {
  now: string;
  details: FixtureEntry[];
  grids: FixtureEntry[];
}

export const fixtureIndex: FixtureIndex = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));

export const pathOf = (entry: FixtureEntry) => {
  const url = new URL(entry.url);
  return url.pathname + url.search;
};

export function fixtureHtml(entry: FixtureEntry): string {
  return shiftPageDates(readFileSync(join(DIR, entry.file), 'utf8'), new Date(fixtureIndex.now));
}

/** Serves every fixture at its QSM address. */
export function serveFixtures(browser: ExtensionBrowser): void {
  for (const entry of [...fixtureIndex.details, ...fixtureIndex.grids]) browser.pages.set(pathOf(entry), fixtureHtml(entry));
}
