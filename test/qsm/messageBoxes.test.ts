import { describe, expect, it, vi } from 'vitest';
import { fillMessageBox, findMessageBoxes } from '../../lib/qsm';
import { fixture, FIXTURES, parse } from './helpers';
import { readdirSync } from 'node:fs';

const fixtureFiles = () => readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.includes('1000'));

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

  it('reads the memo form’s order and item code as they are now, after QSM’s script refilled the form for the next order', () => {
    const doc = fixture('memo-form-zh.html');
    const field = (name: string) => doc.querySelector(`input[name=${name}]`) as HTMLInputElement;
    expect(findMessageBoxes(doc)[0]).toMatchObject({ orderNo: '1038452888', itemCode: '897969331' });
    field('contr_no').value = '1038655210';
    field('gd_no').value = '897969999';
    expect(findMessageBoxes(doc)[0]).toMatchObject({ orderNo: '1038655210', itemCode: '897969999' });
    // The attribute still says the first order; the page shows the second.
    expect(field('contr_no').getAttribute('value')).toBe('1038452888');
  });

  it('takes the memo form’s own order number, not a claim list’s search box above it holding the number searched for', () => {
    const doc = parse(`<table><tr><th>订购号码</th><td><input type="text" name="q" value="1038452888"></td><td><button>搜索</button></td></tr></table>
<div class="layer"><form><table class="frm">
  <tr><th>订购号码</th><td><input type="hidden" name="__x" value="0"><input type="text" name="contr_no" value="1038655210" readonly></td></tr>
  <tr><th>标题</th><td><input type="hidden" name="__t" value="0"><input type="text" name="title"></td></tr>
  <tr><td colspan="2"><textarea name="body"></textarea></td></tr>
</table></form></div>`);
    const [box] = findMessageBoxes(doc);
    expect(box).toMatchObject({ kind: 'buyer-memo', orderNo: '1038655210' });
    // The title the seller sees, not the hidden field ASP.NET put before it.
    expect(box!.title?.getAttribute('name')).toBe('title');
    fillMessageBox(box!, { subject: '撤回のお願い', body: '本文' });
    expect((doc.querySelector('input[name=__t]') as HTMLInputElement).value).toBe('0');
    expect((doc.querySelector('input[name=title]') as HTMLInputElement).value).toBe('撤回のお願い');
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

  it('keeps what the seller already wrote: the message goes in at the caret, and QSM’s scripts hear the whole text', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    const textarea = box!.textarea;
    textarea.value = 'お世話になっております。\n\nよろしくお願いいたします。';
    textarea.setSelectionRange(13, 13); // between the two line breaks
    const heard: string[] = [];
    for (const type of ['input', 'change', 'keyup']) textarea.addEventListener(type, (e) => heard.push(`${e.type}:${(e.target as HTMLTextAreaElement).value}`));
    expect(fillMessageBox(box!, { body: '撤回をご検討ください。\n' })).toBe(true);
    const whole = 'お世話になっております。\n撤回をご検討ください。\n\nよろしくお願いいたします。';
    expect(textarea.value).toBe(whole);
    expect(heard).toEqual([`input:${whole}`, `change:${whole}`, `keyup:${whole}`]);
  });

  it('puts the message after the text of a box the seller has not clicked into (its caret at the start)', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    box!.textarea.value = 'お世話になっております。';
    box!.textarea.setSelectionRange(0, 0);
    fillMessageBox(box!, { body: '撤回をご検討ください。' });
    expect(box!.textarea.value).toBe('お世話になっております。\n撤回をご検討ください。');
  });

  it('puts the message on lines of its own at the caret: after a greeting just typed, before a closing', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    const textarea = box!.textarea;
    textarea.value = 'お世話になっております。';
    textarea.setSelectionRange(12, 12); // the end, where typing left it
    fillMessageBox(box!, { body: '撤回をご検討ください。' });
    expect(textarea.value).toBe('お世話になっております。\n撤回をご検討ください。');
    textarea.value = 'お世話になっております。よろしくお願いいたします。';
    textarea.setSelectionRange(12, 12);
    fillMessageBox(box!, { body: '撤回をご検討ください。' });
    expect(textarea.value).toBe('お世話になっております。\n撤回をご検討ください。\nよろしくお願いいたします。');
  });

  it('replaces only the text the seller selected', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    box!.textarea.value = '前文【ここに本文】後文';
    box!.textarea.setSelectionRange(2, 9);
    fillMessageBox(box!, { body: '本文です' });
    expect(box!.textarea.value).toBe('前文本文です後文');
  });

  it('counts what the box already holds against its maxlength, and changes nothing when the whole would not fit', () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    box!.textarea.value = 'x'.repeat(1990);
    box!.textarea.setSelectionRange(1990, 1990);
    const listener = vi.fn();
    box!.textarea.addEventListener('input', listener);
    expect(fillMessageBox(box!, { body: 'y'.repeat(11) })).toBe(false);
    expect(box!.textarea.value).toBe('x'.repeat(1990));
    expect(listener).not.toHaveBeenCalled();
    // Replacing a selection frees its length.
    box!.textarea.setSelectionRange(0, 20);
    expect(fillMessageBox(box!, { body: 'y'.repeat(30) })).toBe(true);
    expect(box!.textarea.value).toHaveLength(2000);
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
  // A detail's scan is then cut from the page's scan instead of read again: it must be the same answer.
  it.each(fixtureFiles())('reads %s the same with scans shared as without', async (file) => {
    const { readOrderDetail, readOrderDetailPartial, findDetailRoots, findStatusAnchor, withSharedScans } = await import('../../lib/qsm');
    const doc = fixture(file);
    const all = [...doc.querySelectorAll('*')];
    const at = (el: Element | null | undefined) => (el ? all.indexOf(el) : -1); // the very element, not one alike
    const read = () => {
      const roots = findDetailRoots(doc);
      return {
        roots: roots.map(at),
        read: roots.map((r) => readOrderDetail(r)),
        partial: roots.map((r) => readOrderDetailPartial(r).facts),
        anchors: roots.map((r) => at(findStatusAnchor(r))),
        boxes: findMessageBoxes(doc).map((b) => at(b.textarea)),
      };
    };
    expect(withSharedScans(read)).toEqual(read());
  });
});
