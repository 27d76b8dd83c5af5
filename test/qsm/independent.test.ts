/**
 * Pages written from domain.md by someone who had not seen the readers or the other fixtures
 * (test/fixtures/qsm/independent/): the readers must follow the page model, not only our own pages.
 * Each page's notes say what it exercises and which readings its author was unsure of.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClaimList, readOrderDetail, type DetailRead } from '../../lib/qsm';
import { FIXTURES, parse } from './helpers';

const DIR = `${FIXTURES}independent/`;
interface Page<T> {
  file: string;
  notes: string;
  expected: T;
}
const pagesOf = <T>(kind: string): Page<T>[] => JSON.parse(readFileSync(`${DIR}${kind}/expected.json`, 'utf8')).pages;
const page = (kind: string, file: string) => parse(readFileSync(`${DIR}${kind}/${file}`, 'utf8'));

describe('detail pages written from the page model alone', () => {
  const pages = pagesOf<DetailRead>('detail');
  it('are all here (four languages, every stage and withdraw state, pages that only talk about claims, unreadable ones)', () => {
    expect(pages).toHaveLength(207);
  });
  for (const { file, expected } of pages) {
    it(file, () => {
      const read = readOrderDetail(page('detail', file));
      // A page that is not read says why in `detail` (for the diagnostic); the pages' authors only name the reason.
      expect(read.ok ? read : { ok: false, reason: read.reason }).toEqual(expected);
    });
  }
});

describe('claim grids written from the page model alone', () => {
  const pages = pagesOf<{ rows: unknown[]; problemCount: number }>('grid');
  for (const { file, expected } of pages) {
    it(`${file}: every readable row, in order, and one problem per row it cannot read`, () => {
      const { rows, problems } = readClaimList(page('grid', file));
      expect(rows).toEqual(expected.rows);
      expect(problems).toHaveLength(expected.problemCount);
    });
  }
});
