import { describe, expect, it } from 'vitest';
import { expiredOrders, queryDigits, searchRecords, type ClaimRecord } from '../../lib/history';

const record = (orderNo: string, cartNo: string, lastSeenAt: number): ClaimRecord => ({
  v: 1, orderNo, cartNo, kind: 'return', stage: 'requested', events: [], lastSeenAt,
});
const records = [record('1038452888', '210340349', 3), record('1038452111', '210340888', 5), record('1099999999', '211111111', 9)];

describe('searchRecords', () => {
  it('finds by whole or partial order number, newest first', () => {
    expect(searchRecords(records, '1038452888').map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(searchRecords(records, '103845').map((r) => r.orderNo)).toEqual(['1038452111', '1038452888']);
  });

  it('finds by cart number', () => {
    expect(searchRecords(records, '210340888').map((r) => r.orderNo)).toEqual(['1038452111']);
  });

  it('takes digits pasted with spaces, hyphens or in full width', () => {
    expect(queryDigits(' １０３８ ４５２-８８８ ')).toBe('1038452888');
    expect(searchRecords(records, '１０３８４５２８８８').map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(searchRecords(records, '1038 452 888').map((r) => r.orderNo)).toEqual(['1038452888']);
  });

  it('finds every match, however many', () => {
    const many = Array.from({ length: 50 }, (_, i) => record(`10384${String(i).padStart(5, '0')}`, '', i));
    expect(searchRecords(many, '10384')).toHaveLength(50);
  });

  it('puts an exact match first and ignores queries too short to mean anything', () => {
    const more = [...records, record('2103403490', '1', 99)];
    expect(searchRecords(more, '210340349')[0]?.orderNo).toBe('1038452888');
    expect(searchRecords(records, '10')).toEqual([]);
    expect(searchRecords(records, 'abc')).toEqual([]);
  });
});

describe('expiredOrders', () => {
  const day = 86_400_000;
  it('forgets claims not seen for longer than the retention period', () => {
    const now = 100 * day;
    const rs = [record('1', '', now - 91 * day), record('2', '', now - 89 * day)];
    expect(expiredOrders(rs, now, 90)).toEqual(['1']);
    expect(expiredOrders(rs, now, 30)).toEqual(['1', '2']);
    expect(expiredOrders(rs, now, Number.NaN)).toEqual(['1']);
  });
});
