// The exports of a history holding one damaged record, read from storage as the options page reads it:
// one unreadable event, or a last sighting that is no time, left the seller with no file at all.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deadlinesIcs, historyCsv } from '../../lib/export';
import { loadAllRecords } from '../../lib/history';
import { DAMAGED_ORDER, NOW, SOUND, awaitingBuyer, damaged, nullEvent, storeAsIs } from '../history/damaged';

beforeEach(() => fakeBrowser.reset());
const orderColumn = (csv: string) => csv.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]).sort();

describe('the exports beside a damaged record', () => {
  it('writes every order into the CSV, the damaged one with the verdict its sound press gives', async () => {
    await storeAsIs([...SOUND, nullEvent]);
    const csv = historyCsv(await loadAllRecords(), 'en', NOW);
    expect(orderColumn(csv)).toEqual([...SOUND.map((r) => r.orderNo), DAMAGED_ORDER].sort());
    // Sent 11/20: the buyer answers through today, QSM withdraws the claim tomorrow.
    expect(csv).toContain(`${DAMAGED_ORDER},219999999,Return,Return requested,,waiting for the buyer,2026-11-20,,,Waiting for buyer,2026-11-26,2026-11-27,`);
  });

  it('writes the other orders when one record’s last sighting is no time', async () => {
    await storeAsIs([...SOUND, damaged({ lastSeenAt: 1e20 })]);
    const csv = historyCsv(await loadAllRecords(), 'en', NOW);
    expect(orderColumn(csv)).toEqual(SOUND.map((r) => r.orderNo));
  });

  it('leaves a withdraw day that is no day blank in the CSV, and the verdict unknown, rather than print it raw', async () => {
    await storeAsIs([...SOUND, damaged({ withdraw: { state: 'held', requestedOn: '2026-11-15', heldOn: {} } })]);
    const csv = historyCsv(await loadAllRecords(), 'en', NOW);
    const line = csv.split('\r\n').find((l) => l.startsWith(DAMAGED_ORDER))!;
    expect(line).not.toContain('[object Object]');
    expect(line).toContain(',2026-11-15,,,Unknown,');
  });

  it.each([
    // The request's day is taken from the seller's own press of 11/20: the buyer answers through 11/26.
    ['requestedOn', 'requested', ',Waiting for buyer,2026-11-26,'],
    ['heldOn', 'held', ',Unknown,'],
    ['cancelledOn', 'cancelled', ',Unknown,'],
  ])('writes both files when a withdraw %s is stored as an object no check can read ({"toString":1})', async (field, state, verdict) => {
    await storeAsIs([...SOUND, damaged({ withdraw: { state, [field]: { toString: 1 } } })]);
    const records = await loadAllRecords();
    const line = historyCsv(records, 'en', NOW).split('\r\n').find((l) => l.startsWith(DAMAGED_ORDER))!;
    expect(line).toContain(verdict);
    expect(deadlinesIcs(records, 'en', NOW)).toContain(`:${awaitingBuyer.orderNo}@qsm-withdraw-assistant`);
  });

  it('puts every order’s days in the calendar', async () => {
    await storeAsIs([...SOUND, nullEvent]);
    const ics = deadlinesIcs(await loadAllRecords(), 'en', NOW);
    for (const orderNo of [...SOUND.map((r) => r.orderNo), DAMAGED_ORDER]) expect(ics).toContain(`:${orderNo}@qsm-withdraw-assistant`);
  });
});
