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

describe('searchRecords with a pasted line', () => {
  it('finds the order in a line that also holds a quantity, a date or the cart number, without joining their digits', () => {
    expect(searchRecords(records, '注文番号：1038452888 数量：2').map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(searchRecords(records, '2026/11/20 注文番号 1038452888').map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(searchRecords(records, '2026-11-20 1038-452-888').map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(searchRecords(records, '1038 452 888 2').map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(queryDigits('Order No. 1038452999 / Cart No. 210340888')).toBe('1038452999, 210340888');
    expect(searchRecords(records, 'Order No. 1038452999 / Cart No. 210340888').map((r) => r.orderNo)).toEqual(['1038452111']);
  });

  it('reads a 9-digit number in a pasted line as a cart number only, not a part of an order number', () => {
    const more = [...records, record('2210340888', '200000000', 99)];
    expect(searchRecords(more, 'カート番号 210340888 数量 1').map((r) => r.orderNo)).toEqual(['1038452111']);
  });

  it('still joins one number written in groups with any space or dash, and searches a lone part as a part', () => {
    expect(queryDigits('１０３８ー４５２‐８８８')).toBe('1038452888');
    expect(queryDigits('1038\u3000452\u2212888')).toBe('1038452888');
    expect(queryDigits('1038.452.888')).toBe('1038452888'); // grouped by dots, as before pasted lines were read apart
    expect(queryDigits('2026.11.20 1038452888')).toBe('1038452888'); // a dotted date beside it is no order
    // A count beside a whole cart number is not joined into a made-up order number.
    expect(queryDigits('数量 2 123456789')).toBe('123456789');
    expect(searchRecords(records, 'No. 452').map((r) => r.orderNo)).toEqual(['1038452111', '1038452888']);
  });

  it('finds nothing in a line whose numbers are none of them whole', () => {
    expect(searchRecords(records, '2026/11/20 数量 452')).toEqual([]);
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
