#!/usr/bin/env node
// The Firefox real-browser tests drive Debian's firefox-esr (no browser download works here). Install it
// when missing and we are root; otherwise say what to do. Installs nothing else.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (existsSync(FIREFOX)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Firefox not found at ${FIREFOX}. Install it: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  process.exit(1);
}
console.log('Installing Debian firefox-esr (~300 MB) …');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr', { stdio: 'inherit' });
