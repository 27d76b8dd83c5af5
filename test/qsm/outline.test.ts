/** diagnosticOutline: labels and structure only — not one value from the page. */
import { describe, expect, it } from 'vitest';
import { diagnosticOutline, FIELD_LABELS, markOf } from '../../lib/qsm';
import { fixture, fixtureIndex } from './helpers';

const knownWords = new Set(Object.values(FIELD_LABELS).flatMap((langs) => Object.values(langs).flat()));

/** Every text a cell of the page shows that is not one of the reader's own label or button words. */
function pageValues(doc: Document): string[] {
  const values = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('td, th, span, a, div, option, label, b, strong, em, p'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 3 && !knownWords.has(text) && !markOf(text)) values.add(text);
  }
  for (const input of Array.from(doc.querySelectorAll('input[value]'))) values.add(input.getAttribute('value')!);
  return [...values].filter((v) => v.length >= 3);
}

describe.each(fixtureIndex.fixtures.map((f) => f.file))('%s', (file) => {
  const doc = fixture(file);
  const outline = diagnosticOutline(doc);

  it('holds no value from the page', () => {
    for (const value of pageValues(doc)) expect(outline, value).not.toContain(value);
  });

  it('tells the structure: known labels found and missing, tables, controls', () => {
    expect(outline).toMatch(/^QSM page outline v1/);
    expect(outline).toContain('labels found:');
    expect(outline).toContain('labels missing:');
    expect(outline).toContain('controls: select');
  });
});

it('names the fields and nesting of a detail, and leaves out its personal data', () => {
  const doc = fixture('detail-zh-return-pending.html');
  const outline = diagnosticOutline(doc);
  for (const personal of ['1038517342', '210877451', '佐藤 健一', '4820-1193-5576', '大阪府大阪市北区梅田2-5-10', '退货:处理要求', '2026/11/19']) {
    expect(outline).not.toContain(personal);
  }
  expect(outline).toContain('th:orderNo(zh) td(link)');
  expect(outline).toContain('td(select(2 options))');
  expect(outline).toContain('status: recognised (kind:stage form)');
  expect(outline).toContain('marks: cancel, withdraw-heading');
});

it('summarises a grid by its known columns and row count, not its rows', () => {
  const outline = diagnosticOutline(fixture('grid-ja-1000.html'));
  expect(outline).toContain('claim grid: found (parts: 1; columns known: status, reason, claimedOn, orderDate, shippedOn, orderNo, cartNo, itemCode; unknown headers: 4; data rows: 1000)');
  expect(outline).not.toContain('1038000000');
  expect(outline.length).toBeLessThan(2000);
});
