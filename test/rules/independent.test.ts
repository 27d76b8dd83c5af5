/**
 * Cases written from domain.md and issue #2's interface by someone who had not seen lib/rules or these
 * tests (test/fixtures/rules/independent.json): the engine must follow the written policy, not only
 * our own reading of it. Each case asserts only the verdict fields its author found settled by the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw, type ClaimSnapshot, type WithdrawVerdict } from '../../lib/rules';

interface Case {
  name: string;
  why: string;
  claim: ClaimSnapshot;
  now: string;
  expected: Partial<Record<keyof WithdrawVerdict, unknown>>;
}
const { cases } = JSON.parse(readFileSync('test/fixtures/rules/independent.json', 'utf8')) as { cases: Case[] };

describe('cases written from the policy alone', () => {
  it('are all here', () => {
    expect(cases).toHaveLength(89);
  });
  for (const { name, claim, now, expected } of cases) {
    it(`${name} (${now})`, () => {
      const verdict = evaluateWithdraw(claim, new Date(now));
      const got = { ...verdict, deadlineEndsAt: verdict.deadlineEndsAt?.toISOString() };
      expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof typeof got]]))).toEqual(expected);
    });
  }
});
