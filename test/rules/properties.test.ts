// Invariants over generated claims (fast-check).
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAIM_KINDS, CLAIM_STAGES, evaluateWithdraw, type ClaimSnapshot } from '../../lib/rules';
import { addJstDays, daysBetween, endOfJstDay, jstDay, startOfJstDayInstant } from '../../lib/time';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybeDay = fc.option(day, { nil: undefined });
const junk = fc.oneof(fc.string(), fc.constant('2021-13-45'), fc.constant('2021/08/04'), fc.integer(), fc.constant('2021-02-29'));

const claim: fc.Arbitrary<ClaimSnapshot> = fc.record(
  {
    kind: fc.constantFrom(...CLAIM_KINDS),
    stage: fc.constantFrom(...CLAIM_STAGES),
    claimedOn: maybeDay,
    withdraw: fc.option(
      fc.record(
        {
          state: fc.constantFrom('none', 'requested', 'held', 'cancelled' as const),
          requestedOn: maybeDay,
          heldOn: maybeDay,
          cancelledOn: maybeDay,
          deadlineShown: fc.option(day.map((d) => d.replaceAll('-', '/')), { nil: undefined }),
        },
        { requiredKeys: ['state'] },
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['kind', 'stage'] },
);
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withObjectString: true });

describe('invariants', () => {
  const hostTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = hostTz;
  });

  it('canRequest is true exactly when the verdict is eligible', () => {
    fc.assert(fc.property(claim, instant, (c, now) => {
      const v = evaluateWithdraw(c, now);
      expect(v.canRequest).toBe(v.state === 'eligible');
    }));
  });

  it('a computed deadline is always the request day + 6, and auto-withdrawal the day after', () => {
    fc.assert(fc.property(day, instant, fc.constantFrom('cancel', 'return', 'exchange' as const), (requestedOn, now, kind) => {
      const v = evaluateWithdraw({ kind, stage: 'requested', withdraw: { state: 'requested', requestedOn } }, now);
      expect(v.state).toBe('pending');
      expect(daysBetween(requestedOn, v.responseDeadline!)).toBe(6);
      expect(v.autoWithdrawOn).toBe(addJstDays(v.responseDeadline!, 1));
      expect(v.reason).toBe(now < v.deadlineEndsAt! ? 'awaiting-buyer' : 'auto-withdraw-due');
    }));
  });

  it('a cooldown always ends 5 days after its event and is only reported while it runs', () => {
    fc.assert(fc.property(claim, instant, (c, now) => {
      const v = evaluateWithdraw(c, now);
      if (v.state !== 'cooldown') return;
      const event = v.reason === 'cooldown-after-refusal' ? c.withdraw!.heldOn! : c.withdraw!.cancelledOn!;
      expect(daysBetween(event, v.nextRequestOn!)).toBe(5);
    }));
  });

  it('no input throws, and junk is always unknown / invalid-input', () => {
    fc.assert(fc.property(anything, anything, (c, now) => {
      const v = evaluateWithdraw(c as ClaimSnapshot, now as Date);
      expect(typeof v.state).toBe('string');
    }));
    fc.assert(fc.property(claim, junk, (c, bad) => {
      const v = evaluateWithdraw({ ...c, claimedOn: bad as string }, new Date());
      expect(v).toMatchObject({ state: 'unknown', reason: 'invalid-input', canRequest: false });
    }));
  });

  // The content script shares one verdict among the badges with the same snapshot on the same JST day
  // (entrypoints/qsm.content/judge.ts), and re-judges live badges against it: the day must be all that counts.
  it('the verdict is the same at every instant of one JST day', () => {
    const near = (now: Date) => fc.integer({ min: -12, max: 2 }).map((k) => addJstDays(jstDay(now), k));
    const around = instant.chain((now) =>
      fc.tuple(
        fc.constant(now),
        fc.oneof(
          claim,
          fc.record({
            kind: fc.constantFrom('cancel', 'return', 'exchange' as const),
            stage: fc.constant('requested' as const),
            claimedOn: near(now),
            withdraw: fc.oneof(
              near(now).map((requestedOn) => ({ state: 'requested' as const, requestedOn })),
              near(now).map((heldOn) => ({ state: 'held' as const, heldOn })),
              near(now).map((cancelledOn) => ({ state: 'cancelled' as const, cancelledOn })),
            ),
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(around, ([now, c]) => {
        const first = startOfJstDayInstant(jstDay(now));
        const last = new Date(endOfJstDay(jstDay(now)).getTime() - 1);
        const v = evaluateWithdraw(c, now);
        expect(evaluateWithdraw(c, first)).toEqual(v);
        expect(evaluateWithdraw(c, last)).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('the verdict does not depend on the host time zone', () => {
    const zones = ['UTC', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    fc.assert(
      fc.property(claim, instant, (c, now) => {
        const verdicts = zones.map((tz) => {
          process.env.TZ = tz;
          return evaluateWithdraw(c, now);
        });
        for (const v of verdicts) expect(v).toEqual(verdicts[0]);
      }),
      { numRuns: 200 },
    );
  });
});
