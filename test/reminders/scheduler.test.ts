// The background's reminder run against WXT's fake browser (storage, alarms, notifications, action).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveRecords, FIRED_REMINDERS_KEY, type ClaimRecord } from '../../lib/history';
import { REMINDER_ALARM, orderNoOfNotification, runReminders } from '../../lib/reminders/scheduler';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const pending: ClaimRecord = {
  v: 1, orderNo: '1038000001', kind: 'return', stage: 'requested', events: [], lastSeenAt: at('2026-11-22T09:00:00'),
  withdraw: { state: 'requested', requestedOn: '2026-11-20' },
};

describe('runReminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets an alarm for the next reminder and fires nothing early', async () => {
    await saveRecords([pending]);
    const now = at('2026-11-25T20:00:00');
    expect(await runReminders(now, ['en'])).toEqual([]);
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(Math.min(at('2026-11-26T00:00:00'), now + 30 * 60_000));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('fires a due reminder once, in the seller’s language, and shows the count on the toolbar', async () => {
    await saveRecords([pending]);
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ja' } });
    const now = at('2026-11-26T10:00:00');
    const fired = await runReminders(now, ['en']);
    expect(fired.map((r) => r.id)).toEqual(['deadline:1038000001:2026-11-26']);
    const shown = await fakeBrowser.notifications.getAll();
    const [id, note] = Object.entries(shown)[0]!;
    expect(orderNoOfNotification(id)).toBe('1038000001');
    expect((note as { title: string }).title).toMatch(/回答期限/);
    // Which day, in Japan's time, and how long is left: the lead time may be days.
    expect((note as { message: string }).message).toMatch(/2026年11月26日（木）（日本時間）の終わりまでです（残り14時間.*）/);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    expect(await runReminders(now + 60_000, ['en'])).toEqual([]);
    expect((await fakeBrowser.storage.local.get(FIRED_REMINDERS_KEY))[FIRED_REMINDERS_KEY]).toEqual(['deadline:1038000001:2026-11-26']);
  });

  it('goes on when the browser refuses a notification: the count, the next alarm, and another try next run', async () => {
    await saveRecords([pending, { ...pending, orderNo: '1038000002' }]);
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    let refuse = true;
    fakeBrowser.notifications.create = ((id: string, options: unknown) =>
      refuse && id.includes('1038000001') ? Promise.reject(new Error('notifications blocked')) : create(id, options as never)) as typeof create;
    try {
      const now = at('2026-11-26T10:00:00');
      expect((await runReminders(now, ['en'])).map((r) => r.orderNo)).toEqual(['1038000002']);
      expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
      expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
      refuse = false;
      expect((await runReminders(now + 60_000, ['en'])).map((r) => r.orderNo)).toEqual(['1038000001']);
    } finally {
      fakeBrowser.notifications.create = create;
    }
  });

  it('fires a due reminder once when a second run starts before the first has finished', async () => {
    // The background runs again on every history change (500 ms after the last one); a run held up by
    // a slow notification (or by a long write queue) must not let the next one read "not fired yet".
    await saveRecords([pending]);
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    const created: string[] = [];
    fakeBrowser.notifications.create = ((id: string, options: unknown) => {
      created.push(id);
      return new Promise((resolve) => setTimeout(resolve, 20)).then(() => create(id, options as never));
    }) as typeof create;
    try {
      const now = at('2026-11-26T10:00:00');
      const runs = await Promise.all([runReminders(now, ['en']), runReminders(now + 1000, ['en'])]);
      expect(runs.flat().map((r) => r.id)).toEqual(['deadline:1038000001:2026-11-26']);
      expect(created).toEqual(['qwa:deadline:1038000001:2026-11-26']);
    } finally {
      fakeBrowser.notifications.create = create;
    }
  });

  it('goes on with the next run after one that failed', async () => {
    await saveRecords([pending]);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage unavailable'));
    try {
      const now = at('2026-11-26T10:00:00');
      const [first, second] = await Promise.allSettled([runReminders(now, ['en']), runReminders(now + 1000, ['en'])]);
      expect(first.status).toBe('rejected');
      expect(second.status === 'fulfilled' && second.value.map((r) => r.orderNo)).toEqual(['1038000001']);
    } finally {
      spy.mockRestore();
    }
  });

  it('is rebuilt from storage alone (after a restart the same reminder does not fire again)', async () => {
    await saveRecords([pending]);
    await runReminders(at('2026-11-26T10:00:00'), ['en']);
    await fakeBrowser.alarms.clearAll(); // a restart may lose alarms
    expect(await runReminders(at('2026-11-26T11:00:00'), ['en'])).toEqual([]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
  });

  it('forgets claims past the retention period and notifies nothing when reminders are off, yet still counts', async () => {
    const january = { ...pending, lastSeenAt: at('2026-01-01T00:00:00'), withdraw: { state: 'requested' as const, requestedOn: '2025-12-30' } };
    await saveRecords([january, { ...pending, orderNo: '1038000009' }]);
    await fakeBrowser.storage.local.set({ settings: { reminders: { deadline: false } } });
    expect(await runReminders(at('2026-11-26T10:00:00'), ['en'])).toEqual([]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys).toContain('claim:1038000009');
    expect(keys).not.toContain('claim:1038000001');
    // The toolbar counts the order whose buyer's last day it is, as the popup's "due soon" lists it.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('wakes to count an order when it turns due, and to take it off when its deadline ends, notifications off', async () => {
    await saveRecords([pending]);
    await fakeBrowser.storage.local.set({ settings: { reminders: { deadline: false, cooldownEnd: false, delayed: false } } });
    await runReminders(at('2026-11-25T20:00:00'), ['en']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    // 24 hours before the end of 11/26 (JST), as the lead time says.
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(at('2026-11-25T20:30:00'));
    await runReminders(at('2026-11-26T00:00:00'), ['en']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(at('2026-11-26T00:30:00'));
    await runReminders(at('2026-11-27T00:00:00'), ['en']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('keeps a claim past a short retention period while its cooldown runs, and says when it ends', async () => {
    // The seller cancelled its request on 11/21 and has not opened the order since; QSM never shows the
    // cancel, so this record alone knows that no new request is allowed before 11/26.
    const cancelled: ClaimRecord = {
      ...pending, orderNo: '1038000007', lastSeenAt: at('2026-11-21T10:00:00'), withdraw: { state: 'requested', requestedOn: '2026-11-19' },
      events: [{ action: 'send', on: '2026-11-19', at: at('2026-11-19T10:00:00') }, { action: 'cancel', on: '2026-11-21', at: at('2026-11-21T10:00:00') }],
    };
    const forgotten = { ...pending, orderNo: '1038000008', stage: 'completed' as const, lastSeenAt: at('2026-11-21T10:00:00') };
    await saveRecords([cancelled, forgotten]);
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 1 } });
    expect(await runReminders(at('2026-11-24T10:00:00'), ['en'])).toEqual([]);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys).toContain('claim:1038000007');
    expect(keys).not.toContain('claim:1038000008');
    expect((await runReminders(at('2026-11-26T08:00:00'), ['en'])).map((r) => r.id)).toEqual(['cooldownEnd:1038000007:2026-11-26']);
    await runReminders(at('2026-11-27T08:00:00'), ['en']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('claim:1038000007');
  });

  it('tells the seller on the day a cooldown ends that a new request can be sent', async () => {
    // Refused 11/21: a new request is allowed from 11/26; the alarm came at 08:00 JST that day.
    await saveRecords([{ ...pending, orderNo: '1038000002', kind: 'cancel', withdraw: { state: 'held', heldOn: '2026-11-21' } }]);
    const fired = await runReminders(at('2026-11-26T08:00:00'), ['en']);
    expect(fired.map((r) => r.id)).toEqual(['cooldownEnd:1038000002:2026-11-26']);
    const [note] = Object.values(await fakeBrowser.notifications.getAll());
    expect((note as { title: string }).title).toBe('You can ask again');
    // From which day, in Japan's time: the notification may be read on another clock, or a day later.
    expect((note as { message: string }).message).toBe('Order 1038000002: the waiting period is over. You can send a new withdraw request in QSM from Thu, Nov 26, 2026 (JST).');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('does not notify again when the seller switches a kind of reminder off and back on', async () => {
    await saveRecords([pending]);
    const now = at('2026-11-26T10:00:00');
    expect(await runReminders(now, ['en'])).toHaveLength(1);
    await fakeBrowser.notifications.clear('qwa:deadline:1038000001:2026-11-26');
    await fakeBrowser.storage.local.set({ settings: { reminders: { deadline: false } } });
    await runReminders(now + 60_000, ['en']);
    await fakeBrowser.storage.local.set({ settings: { reminders: { deadline: true } } });
    expect(await runReminders(now + 120_000, ['en'])).toEqual([]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('forgets what fired once it could no longer fire', async () => {
    await saveRecords([pending]);
    await runReminders(at('2026-11-26T10:00:00'), ['en']);
    await runReminders(at('2026-11-28T00:00:00'), ['en']); // the deadline day ended, and a day more
    expect((await fakeBrowser.storage.local.get(FIRED_REMINDERS_KEY))[FIRED_REMINDERS_KEY]).toEqual([]);
  });

  it('takes the count off the toolbar when the deadline ends', async () => {
    await saveRecords([pending]);
    await runReminders(at('2026-11-26T23:50:00'), ['en']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(at('2026-11-27T00:00:00'));
    await runReminders(alarm!.scheduledTime, ['en']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
