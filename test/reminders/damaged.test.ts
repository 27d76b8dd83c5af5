// The background's reminder run with one damaged record in storage: it read every record in one go, and
// one unreadable event stopped every order's reminder, the toolbar count and the next alarm.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REMINDER_ALARM, runReminders } from '../../lib/reminders/scheduler';
import { DAMAGED_ORDER, NOW, SOUND, damaged, nullEvent, sentOn1120, storeAsIs } from '../history/damaged';

beforeEach(() => fakeBrowser.reset());

describe('runReminders beside a damaged record', () => {
  it('still fires the other 3 orders’ reminders, and the damaged order’s own deadline from its sound press', async () => {
    await storeAsIs([...SOUND, nullEvent]);
    const fired = await runReminders(NOW, ['en']);
    expect(fired.map((r) => r.id).sort()).toEqual([
      'cooldownEnd:1038000002:2026-11-26',
      'deadline:1038000001:2026-11-26',
      `deadline:${DAMAGED_ORDER}:2026-11-26`,
      'delayed:1038000003:2026-11-26',
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
  });

  it('fires no deadline for a request whose only press is unreadable, and still the others’', async () => {
    // Its request day is then unknown: no deadline is made up, and its verdict is "unknown".
    await storeAsIs([...SOUND, damaged({ events: [null, { ...sentOn1120, on: 'garbage' }] })]);
    const fired = await runReminders(NOW, ['en']);
    expect(fired.map((r) => r.orderNo).sort()).toEqual(SOUND.map((r) => r.orderNo));
  });
});
