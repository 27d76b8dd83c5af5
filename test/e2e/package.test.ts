// What the stores see (issue #6 §2): the built manifests ask only for what is used, and the packages
// carry no remote code.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../lib/i18n/bundled';
import { readByBadge, readByContentScript } from '../../lib/i18n/contentCatalog';

// The overlay, the views and one catalog per language (entrypoints/qsm.content/files.ts), named here in full.
const MODULES = [
  'content-scripts/qsm-overlay.js',
  'content-scripts/qsm-panels.js',
  ...['ja', 'zh_CN', 'en', 'ko'].map((lang) => `content-scripts/messages/${lang}.js`),
  ...['ja', 'zh_CN', 'en', 'ko'].map((lang) => `content-scripts/messages/views-${lang}.js`),
];
const manifest = (dir: string) => JSON.parse(readFileSync(join('.output', dir, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('the Chrome package', () => {
  const m = manifest('chrome-mv3');
  it('asks for storage, alarms, notifications, scripting and QSM only', () => {
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications', 'unlimitedStorage', 'scripting']);
    expect(m.host_permissions).toEqual(['https://qsm.qoo10.jp/*']);
    expect(m.content_scripts).toEqual([expect.objectContaining({ matches: ['https://qsm.qoo10.jp/*'], all_frames: true })]);
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    // The content script's own modules alone, to QSM's pages alone.
    expect(m.web_accessible_resources).toEqual([{ resources: MODULES, matches: ['https://qsm.qoo10.jp/*'] }]);
  });

  it('is named in four languages', () => {
    expect(m.name).toBe('__MSG_extName__');
    for (const locale of ['en', 'ja', 'zh_CN', 'ko']) {
      const messages = JSON.parse(readFileSync(join('.output/chrome-mv3/_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message.length).toBeGreaterThan(3);
    }
  });
});

describe('the Firefox package', () => {
  const m = manifest('firefox-mv2');
  it('has a stable id, declares that it collects nothing, and asks for no more than Chrome’s', () => {
    expect(m.browser_specific_settings.gecko.id).toBe('qsm-withdraw-assistant@qwa.example');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect([...m.permissions].sort()).toEqual(['alarms', 'https://qsm.qoo10.jp/*', 'notifications', 'storage']);
    expect(m.web_accessible_resources).toEqual(MODULES);
  });
});

describe('both packages', () => {
  it('load no remote code: no script or import from the network anywhere', () => {
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
        expect(text, file).not.toMatch(/import\(\s*["']https?:/);
        expect(text, file).not.toMatch(/importScripts\(\s*["']https?:/);
      }
    }
  });

  it('set no HTML from a string anywhere: not even Preact can (scripts/preact-text-only.mjs)', () => {
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write\(/);
      }
    }
  });
});

describe('the content script’s messages', () => {
  // The overlay and the views read their words from the catalog module of the seller's language, which
  // leaves out what only the pages show: each message they name in full, or by a prefix
  // (`memo.situation.${…}`), must be in each language's module.
  const script = ['qsm-overlay.js', 'qsm-panels.js'].map((f) => readFileSync(`.output/chrome-mv3/content-scripts/${f}`, 'utf8')).join('\n');
  const keys = Object.keys(MESSAGES.en);
  // Each catalog key the built code quotes whole, whatever its shape (askQoo10.path, badge.pending.long).
  const named = keys.filter((key) => ['"', "'", '`'].some((q) => script.includes(`${q}${key}${q}`)));
  const prefixes = [...script.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);
  const catalog = (dir: string, file: string) =>
    JSON.parse(readFileSync(`.output/${dir}/content-scripts/messages/${file}.js`, 'utf8').replace(/^export default /, '').replace(/;\s*$/, ''));
  // The overlay alone (loaded on every QSM page) reads only the badge's words, which its catalog holds.
  const overlay = readFileSync('.output/chrome-mv3/content-scripts/qsm-overlay.js', 'utf8');
  const overlayNamed = keys.filter((key) => ['"', "'", '`'].some((q) => overlay.includes(`${q}${key}${q}`)));
  const overlayPrefixes = [...overlay.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);

  it('are all in each language’s catalog modules, by name and by prefix, and nothing only the pages show', () => {
    expect(named.length).toBeGreaterThan(20);
    expect(named).toContain('askQoo10.path');
    expect(named.filter((key) => !readByContentScript(key))).toEqual([]);
    for (const prefix of prefixes) {
      expect(keys.filter((key) => key.startsWith(prefix) && !readByContentScript(key)), prefix).toEqual([]);
    }
    expect(overlayNamed).toContain('badge.panelFailed');
    expect(overlayNamed.filter((key) => !readByBadge(key))).toEqual([]);
    for (const prefix of overlayPrefixes) expect(keys.filter((key) => key.startsWith(prefix) && !readByBadge(key)), prefix).toEqual([]);
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      for (const lang of ['ja', 'zh_CN', 'en', 'ko'] as const) {
        const [badge, views] = [catalog(dir, lang), catalog(dir, `views-${lang}`)];
        expect(Object.keys(badge).sort(), `${dir} ${lang}`).toEqual(keys.filter((key) => readByContentScript(key) && readByBadge(key)).sort());
        expect(Object.keys({ ...badge, ...views }).sort(), `${dir} ${lang}`).toEqual(keys.filter(readByContentScript).sort());
        expect(badge['badge.eligible'], lang).toEqual(MESSAGES[lang]['badge.eligible']);
        expect(views['askQoo10.path'], lang).toEqual(MESSAGES[lang]['askQoo10.path']);
        expect({ ...badge, ...views }, lang).not.toHaveProperty('options.title');
      }
    }
  });
});
