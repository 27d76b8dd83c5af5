#!/usr/bin/env node
// Runs every test: type check, the unit and component suites under several machine time zones (the
// verdicts must not move with the seller's clock), then the real-browser tests against the built
// extension. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const ZONES = ['Asia/Tokyo', 'UTC', 'Asia/Shanghai', 'America/Los_Angeles'];
const results = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed (exit ${r.status ?? r.signal})`);
    broken = true;
  }
  return r.status === 0;
}

function vitest(label, config, env, report) {
  mkdirSync('test-results', { recursive: true });
  run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  if (!existsSync(report)) return;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
}

run('ensure Debian Chromium for the real-browser tests', 'node', ['scripts/ensure-chromium.mjs']);
run('ensure Debian Firefox ESR for the real-browser tests', 'node', ['scripts/firefox/ensure-firefox.mjs']);
run('type check', 'npx', ['tsc', '--noEmit']);
for (const tz of ZONES) {
  vitest(`unit and component tests, TZ=${tz}`, 'vitest.config.ts', { TZ: tz }, `test-results/unit-${tz.replace('/', '_')}.json`);
}
if (run('build the extension (Chrome, Firefox)', 'npm', ['run', 'build', '--silent'])) {
  vitest('real-browser tests (Chromium + built extension)', 'vitest.e2e.config.ts', {}, 'test-results/e2e.json');
  vitest('real-browser tests (Firefox ESR + built add-on)', 'vitest.firefox.config.ts', {}, 'test-results/e2e-firefox.json');
  run('web-ext lint (Firefox package)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2']);
}

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(broken || results.failed ? 1 : 0);
