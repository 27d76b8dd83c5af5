import type { ClaimSnapshot, WithdrawInfo } from '../../lib/rules';

/** An instant given as a JST wall-clock time: jst('2021-08-04 23:59:59'). */
export function jst(wallClock: string): Date {
  const [day, time = '12:00:00'] = wallClock.split(' ');
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+09:00`);
}

export function claim(over: Partial<ClaimSnapshot> = {}, withdraw?: WithdrawInfo): ClaimSnapshot {
  return { kind: 'return', stage: 'requested', ...over, ...(withdraw ? { withdraw } : {}) };
}
