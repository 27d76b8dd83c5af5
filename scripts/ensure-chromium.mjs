#!/usr/bin/env node
// The real-browser tests drive Debian's Chromium (no browser download works here). Install it when
// missing and we are root; otherwise say what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// CJK fonts only make the screenshots readable; the tests do not depend on them.
const FONTS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
if (existsSync(CHROMIUM) && (existsSync(FONTS) || process.getuid?.() !== 0)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
console.log('Installing Debian chromium and CJK fonts …');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk', { stdio: 'inherit' });
