// The options page's language choice, as a screen reader meets it.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { LanguageSetting } from '../../components/LanguageSetting';

afterEach(cleanup);

it('names each language in itself, marked with that language, inside a page in another', () => {
  render(<LanguageSetting lang="en" value="auto" onChange={() => {}} />);
  const select = screen.getByRole('combobox', { name: 'Language of the assistant' });
  const lang = (name: string) => within(select).getByRole('option', { name }).getAttribute('lang');
  expect([lang('日本語'), lang('简体中文'), lang('한국어'), lang('English')]).toEqual(['ja', 'zh-CN', 'ko', 'en']);
});
