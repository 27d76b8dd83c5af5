import { existsSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readClaimList, readOrderDetail } from '../../lib/qsm';
import { FIXTURES, parse } from './helpers';
const ROUND = process.env.ROUND ?? '23';
const canon = (v: unknown): unknown => (Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v);
it('round diff', () => {
  const out: string[] = [];
  for (const lang of ['ja', 'zh', 'en', 'ko']) {
    const f = `/tmp/round${ROUND}/${lang}.json`;
    if (!existsSync(f)) continue;
    const spec = JSON.parse(readFileSync(f, 'utf8'));
    for (const e of spec.detail ?? []) {
      const r = readOrderDetail(parse(readFileSync(`${FIXTURES}independent/detail/${e.file}`, 'utf8')));
      const got = r.ok ? r : { ok: false, reason: r.reason };
      const same = JSON.stringify(canon(got)) === JSON.stringify(canon(e.expected));
      out.push(`${same ? 'OK  ' : 'DIFF'} ${e.file}` + (same ? '' : `\n  got ${JSON.stringify(canon(got))}${r.ok ? '' : ' ' + (r as { detail: string }).detail}\n  exp ${JSON.stringify(canon(e.expected))}`));
    }
    for (const e of spec.grid ?? []) {
      const r = readClaimList(parse(readFileSync(`${FIXTURES}independent/grid/${e.file}`, 'utf8')));
      const same = JSON.stringify(canon(r.rows)) === JSON.stringify(canon(e.expected.rows)) && r.problems.length === e.expected.problemCount;
      out.push(`${same ? 'OK  ' : 'DIFF'} ${e.file}`);
      if (!same) {
        out.push(`  problems ${r.problems.length} vs ${e.expected.problemCount}: ${JSON.stringify(r.problems)}`);
        const n = Math.max(r.rows.length, e.expected.rows.length);
        for (let i = 0; i < n; i++) {
          const [g, x] = [JSON.stringify(canon(r.rows[i])), JSON.stringify(canon(e.expected.rows[i]))];
          if (g !== x) out.push(`  row ${i}\n   got ${g}\n   exp ${x}`);
        }
      }
    }
  }
  console.log(out.join('\n'));
});
