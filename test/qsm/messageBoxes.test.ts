import { describe, expect, it, vi } from 'vitest';
import { fillMessageBox, findMessageBoxes } from '../../lib/qsm';
import { fixture, parse } from './helpers';

describe('findMessageBoxes', () => {
  it('finds both 卖家留言 boxes of a detail: the claim block’s and the withdraw block’s', () => {
    const boxes = findMessageBoxes(fixture('detail-zh-return-not-sent.html'));
    expect(boxes.map((b) => [b.kind, b.textarea.getAttribute('name')])).toEqual([
      ['seller-message', 'txtSellerMemo'],
      ['seller-message', 'txtWithdrawMemo'],
    ]);
  });

  it('finds the seller message in Japanese and English details', () => {
    expect(findMessageBoxes(fixture('popup-ja-return-not-sent.html')).map((b) => b.kind)).toEqual(['seller-message']);
    expect(findMessageBoxes(fixture('detail-en-exchange-not-sent.html')).length).toBeGreaterThan(0);
  });

  it('finds the memo form’s body under its title row, with the title field and the order it names', () => {
    const [box, ...rest] = findMessageBoxes(fixture('memo-form-zh.html'));
    expect(rest).toEqual([]);
    expect(box).toMatchObject({ kind: 'buyer-memo', orderNo: '1038452888' });
    expect(box!.textarea.getAttribute('name')).toBe('body');
    expect(box!.title?.getAttribute('name')).toBe('title');
  });

  it('leaves read-only and disabled boxes alone, and pages without boxes', () => {
    const doc = parse('<table><tr><th>卖家留言</th><td><textarea readonly></textarea></td></tr><tr><th>Seller Message</th><td><textarea disabled></textarea></td></tr></table>');
    expect(findMessageBoxes(doc)).toEqual([]);
    expect(findMessageBoxes(fixture('grid-zh.html'))).toEqual([]);
  });
});

describe('fillMessageBox', () => {
  it('fills the box as typing would: the value, then input, change and keyup that QSM’s scripts hear', () => {
    const doc = fixture('memo-form-zh.html');
    const [box] = findMessageBoxes(doc);
    const heard: string[] = [];
    for (const type of ['input', 'change', 'keyup']) box!.textarea.addEventListener(type, (e) => heard.push(`${e.type}:${(e.target as HTMLTextAreaElement).value}`));
    expect(fillMessageBox(box!, { subject: '撤回のお願い', body: 'いつもご利用いただき…' })).toBe(true);
    expect(box!.textarea.value).toBe('いつもご利用いただき…');
    expect(box!.title!.value).toBe('撤回のお願い');
    expect(heard).toEqual(['input:いつもご利用いただき…', 'change:いつもご利用いただき…', 'keyup:いつもご利用いただき…']);
  });

  it('keeps a title the seller already wrote', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    box!.title!.value = '自分の件名';
    fillMessageBox(box!, { subject: '撤回のお願い', body: '本文' });
    expect(box!.title!.value).toBe('自分の件名');
  });

  it('refuses, changing nothing, a message longer than the box’s maxlength', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    box!.textarea.value = 'draft';
    const listener = vi.fn();
    box!.textarea.addEventListener('input', listener);
    expect(fillMessageBox(box!, { body: 'x'.repeat(2001) })).toBe(false);
    expect(box!.textarea.value).toBe('draft');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('withSharedScans', () => {
  it('reads a page the same with scans shared as without', async () => {
    const { readOrderDetail, findDetailRoots, withSharedScans } = await import('../../lib/qsm');
    for (const file of ['detail-zh-return-not-sent.html', 'layer-zh-cancel-on-grid.html', 'detail-ja-cancel-rerequested.html']) {
      const doc = fixture(file);
      const alone = { roots: findDetailRoots(doc).length, read: findDetailRoots(doc).map((r) => readOrderDetail(r)), boxes: findMessageBoxes(doc).length };
      const shared = withSharedScans(() => ({ roots: findDetailRoots(doc).length, read: findDetailRoots(doc).map((r) => readOrderDetail(r)), boxes: findMessageBoxes(doc).length }));
      expect(shared).toEqual(alone);
    }
  });
});
