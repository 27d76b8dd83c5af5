// What a seller sees on QSM's pages: the built extension in Debian's Chromium, fixtures served under
// QSM's real address (issue #3, "Real-browser tests").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { detailFixtures, fixtureHtml, gridFixtures, pathOf, serveFixtures } from './fixtures';

const SHOTS = 'test-results/screenshots';
let b: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  b = await launchWithExtension();
  serveFixtures(b);
});
afterAll(async () => {
  await b?.close();
});

describe('detail pages', () => {
  for (const d of detailFixtures) {
    const { badge } = d;
    it(`${d.file}: ${badge ? `a "${badge}" badge` : 'no badge'}`, async () => {
      const page = await b.open(pathOf(d));
      const all = page.locator('qwa-badge');
      // On a grid page with a detail layer open, the detail's badge sits inside the layer, beside the grid's.
      const hosts = page.locator(badge === 'unreadable' ? 'qwa-badge[data-qwa-unreadable]' : 'qwa-badge:not(#__grid_ClaimGrid qwa-badge)');
      if (badge) {
        await expect.poll(() => all.count()).toBe(1 + (d.grid?.rows ?? 0));
        expect(await hosts.count()).toBe(1);
        expect(await hosts.getAttribute('data-qwa-state')).toBe(badge === 'unreadable' ? 'unknown' : badge);
        if (badge !== 'unreadable') expect(await hosts.getAttribute('data-qwa-order')).toBe(d.detail.orderNo);
        await hosts.locator('button').first().click();
        await page.screenshot({ path: `${SHOTS}/${d.file.replace(/\.html$/, '')}.png` });
      } else {
        await page.waitForTimeout(600);
        expect(await all.count()).toBe(0);
      }
      await page.close();
    });
  }
});

describe('claim grids', () => {
  for (const g of gridFixtures) {
    const { rows, states } = g.grid!;
    it(`${g.file}: one badge per row (${rows}), states as the rules say`, async () => {
      // The states in index.json assume nothing is known of these orders yet.
      await b.clearStorage();
      const page = await b.open(pathOf(g));
      const inGrid = page.locator('#__grid_ClaimGrid .objbox qwa-badge');
      await expect.poll(() => inGrid.count(), { timeout: 20_000 }).toBe(rows);
      const counted = await page.evaluate(() => {
        const count: Record<string, number> = {};
        for (const tr of document.querySelectorAll('#__grid_ClaimGrid .objbox tr')) {
          const hosts = tr.querySelectorAll('qwa-badge');
          if (hosts.length > 1) count.duplicates = (count.duplicates ?? 0) + 1;
          const state = hosts[0]?.getAttribute('data-qwa-state');
          if (state) count[state] = (count[state] ?? 0) + 1;
        }
        return count;
      });
      expect(counted).toEqual(states);
      await page.screenshot({ path: `${SHOTS}/${g.file.replace(/\.html$/, '')}.png` });
      await page.close();
    });
  }

  it('shows each row’s chip whole in dhtmlx’s one-line clipped cells, QSM’s status beside it, rows as tall as before', async () => {
    // The fixtures carry dhtmlx's skin: cells of one line (nowrap), clipped (overflow:hidden), 20px rows.
    for (const g of gridFixtures) {
      await b.clearStorage();
      const page = await b.open(pathOf(g));
      await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge').count(), { timeout: 20_000 }).toBe(g.grid!.rows);
      const drawn = page.locator('#__grid_ClaimGrid .objbox qwa-badge button');
      await expect.poll(() => drawn.count()).toBeGreaterThan(5);
      // Row heights with the badges, and with them out of the layout for a moment (within one task).
      const [heights, without] = await page.evaluate(() => {
        const table = document.querySelector('#__grid_ClaimGrid .objbox table')!;
        const hosts = [...table.querySelectorAll<HTMLElement>('qwa-badge')];
        const measure = () => [...table.querySelectorAll('tr')].map((tr) => tr.getBoundingClientRect().height);
        const shown = measure();
        const displays = hosts.map((host) => host.style.display);
        hosts.forEach((host) => (host.style.display = 'none'));
        const hidden = measure();
        hosts.forEach((host, i) => (host.style.display = displays[i]!));
        return [shown, hidden];
      });
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('#__grid_ClaimGrid .objbox qwa-badge')].flatMap((host) => {
          const button = host.shadowRoot?.querySelector('button');
          if (!button) return [];
          const cell = host.closest('td')!.getBoundingClientRect();
          const chip = button.getBoundingClientRect();
          // Whole: inside its cell's clip; first in the cell: QSM's status text follows it.
          const whole = chip.width > 0 && chip.left >= cell.left && chip.right <= cell.right && chip.top >= cell.top && chip.bottom <= cell.bottom;
          const text = host.closest('td')!.textContent!.trim();
          return [{ whole, first: host.parentElement!.firstChild === host, text }];
        }),
      );
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.filter((s) => !s.whole || !s.first)).toEqual([]);
      expect(seen.every((s) => s.text.length > 0)).toBe(true);
      expect(heights).toEqual(without);
      await page.close();
    }
  });

  it('shows a keyboard user’s focus ring on a chip whole, inside the cell that clips it', async () => {
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    await b.clearStorage();
    const page = await b.open(pathOf(g));
    const chip = page.locator('#__grid_ClaimGrid .objbox qwa-badge button').first();
    await expect.poll(() => chip.count()).toBe(1);
    await page.keyboard.press('Shift'); // the seller is on the keyboard: focus shows its ring
    await chip.focus();
    const ring = await chip.evaluate((button) => {
      const style = getComputedStyle(button);
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const r = button.getBoundingClientRect();
      const cell = (button.getRootNode() as ShadowRoot).host.closest('td')!.getBoundingClientRect();
      return { visible: button.matches(':focus-visible') && style.outlineStyle === 'solid', whole: r.top - out >= cell.top && r.bottom + out <= cell.bottom && r.left - out >= cell.left };
    });
    expect(ring).toEqual({ visible: true, whole: true });
    await page.close();
  });

  it('wears QSM’s own typeface and text size, not the browser’s control font, so the badge reads as part of the page', async () => {
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    const page = await b.open(pathOf(g));
    await page.addStyleTag({ content: 'div.gridbox{font-family:Georgia,"DejaVu Serif",serif!important}' });
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge button').count()).toBeGreaterThan(0);
    const fontOf = (h: Element) => {
      const [cell, pill] = [getComputedStyle(h.parentElement!), getComputedStyle(h.shadowRoot!.querySelector('button')!)];
      return { cell: cell.fontFamily, pill: pill.fontFamily, cellSize: cell.fontSize, pillSize: pill.fontSize };
    };
    const fonts = await page.locator('#__grid_ClaimGrid .objbox qwa-badge').first().evaluate(fontOf);
    expect(fonts.pill).toBe(fonts.cell);
    expect(fonts.pill).toContain('Georgia');
    // The grid's own size where a 20px row holds it (a size the page already uses is no new font to load).
    expect(fonts.pillSize).toBe(fonts.cellSize);
    // Larger grid text: the chip stops at 12px (its box stays 16px tall, for dhtmlx's 20px rows); a detail's
    // pill follows its cell up to 16px.
    await page.addStyleTag({ content: 'div.gridbox td{font-size:15px!important}' });
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge').first().evaluate(fontOf)).toMatchObject({ cellSize: '15px', pillSize: '12px' });
    expect(await page.locator('#__grid_ClaimGrid .objbox qwa-badge button').first().evaluate((el) => el.getBoundingClientRect().height)).toBe(16);
    const d = detailFixtures.find((x) => x.file === 'detail-zh-return-pending.html')!;
    const detail = await b.open(pathOf(d));
    await expect.poll(() => detail.locator('qwa-badge button').count()).toBeGreaterThan(0);
    for (const [size, expected] of [['13px', '13px'], ['9px', '11px'], ['22px', '16px']] as const) {
      await detail.evaluate((px) => document.querySelector('qwa-badge')!.parentElement!.style.setProperty('font-size', px), size);
      expect(await detail.locator('qwa-badge').first().evaluate(fontOf)).toMatchObject({ cellSize: size, pillSize: expected });
    }
    await detail.close();
    await page.close();
  });

  it('keeps QSM’s own rules off its badges, even !important ones for every element of a cell', async () => {
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    const page = await b.open(pathOf(g));
    await page.addStyleTag({
      content:
        '#__grid_ClaimGrid td *{display:block!important;float:right!important;margin:30px!important;font-size:40px!important}' +
        // Inherited ones, set on the cell: the badge must not take them in either.
        '#__grid_ClaimGrid td{letter-spacing:6px!important;text-transform:uppercase!important;text-indent:20px!important}',
    });
    // Those rules make QSM's own rows much taller: only the rows still in view get their badge drawn.
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge button').count()).toBeGreaterThan(0);
    const host = await page.locator('#__grid_ClaimGrid .objbox qwa-badge').first().evaluate((h) => {
      const cs = getComputedStyle(h);
      return {
        // Its text size is the cell's (as its typeface is), not the 40px of the rule for every element.
        display: cs.display, float: cs.cssFloat, margin: cs.marginLeft, size: cs.fontSize === getComputedStyle(h.parentElement!).fontSize ? 'the cell’s' : cs.fontSize, first: h.parentElement!.firstChild === h, style: h.getAttribute('style'),
        // What the host passes on to the panel's text (the pill is a button, which resets these itself).
        inherited: [cs.letterSpacing, cs.textTransform, cs.textIndent],
      };
    });
    expect(host).toEqual({ display: 'inline-block', float: 'none', margin: '0px', size: 'the cell’s', first: true, style: null, inherited: ['normal', 'none', '0px'] });
    // One thing the badge does follow: a row QSM hides (visibility) takes its badge along.
    const hidden = await page.locator('#__grid_ClaimGrid .objbox qwa-badge').first().evaluate((h) => {
      (h.closest('tr') as HTMLElement).style.visibility = 'hidden';
      return getComputedStyle(h.shadowRoot!.querySelector('button')!).visibility;
    });
    expect(hidden).toBe('hidden');
    await page.close();
  });

  it('shows the badges of the rows the seller scrolls to, drawn with their neighbours, not the rows far away', async () => {
    const g = gridFixtures.find((x) => x.grid!.rows >= 1000)!;
    const page = await b.open(pathOf(g));
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge').count(), { timeout: 20_000 }).toBe(g.grid!.rows);
    // Which rows show a chip (a drawn badge has its button), by the row's place in the table (dhtmlx's
    // sizing row is 0, the first order 1).
    const drawnRows = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#__grid_ClaimGrid .objbox tr')].flatMap((tr, i) => (tr.querySelector('qwa-badge')?.shadowRoot?.querySelector('button') ? [i] : [])),
      );
    await expect.poll(async () => (await drawnRows()).length).toBeGreaterThan(0);
    const first = await drawnRows();
    expect(Math.max(...first)).toBeLessThan(100); // a first drawing: the rows in view (and a margin) only
    // The seller drags the scrollbar to the 500th order: its chip and those around it are shown.
    await page.evaluate(() => {
      const row = document.querySelectorAll('#__grid_ClaimGrid .objbox tr')[500] as HTMLElement;
      document.querySelector('#__grid_ClaimGrid .objbox')!.scrollTop = row.offsetTop;
    });
    await expect.poll(async () => (await drawnRows()).includes(520)).toBe(true);
    const after = await drawnRows();
    for (const row of [500, 510, 520, 540]) expect(after).toContain(row);
    expect(after.filter((row) => row > 700 || (row > 120 && row < 400))).toEqual([]);
    const chip = await page.evaluate(() => {
      const host = document.querySelectorAll('#__grid_ClaimGrid .objbox tr')[505]!.querySelector('qwa-badge')!;
      const box = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    expect(chip.width).toBeGreaterThan(10);
    expect(chip.height).toBe(16);
    await page.close();
  });

  it('badges a grid whose header table keeps its header rows in <thead> as it badges dhtmlx’s own', async () => {
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    const html = fixtureHtml(g).replace(/(<div class="xhdr"[^>]*>\s*<table[^>]*>\s*)<tbody>([\s\S]*?)<\/tbody>/, '$1<thead>$2</thead>');
    expect(html).toContain('<thead>');
    b.pages.set('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?thead-grid', html);
    await b.clearStorage();
    const page = await b.open('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?thead-grid');
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge').count()).toBe(g.grid!.rows);
    const states = await page.locator('#__grid_ClaimGrid .objbox qwa-badge').evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-qwa-state')));
    const counted: Record<string, number> = {};
    for (const state of states) counted[state!] = (counted[state!] ?? 0) + 1;
    expect(counted).toEqual(g.grid!.states);
    await page.close();
  });

  it('keeps exactly one badge per row while a script re-renders the grid (tabs, search, paging)', async () => {
    const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
    const page = await b.open(pathOf(g));
    await expect.poll(() => page.locator('qwa-badge').count()).toBe(g.grid!.rows);
    // Rebuild the body table from its own markup, as dhtmlx does on paging; then drop and restore a row.
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => {
        const box = document.querySelector('#__grid_ClaimGrid .objbox')!;
        const table = box.querySelector('table')!;
        const copy = table.cloneNode(true) as HTMLTableElement;
        copy.querySelectorAll('qwa-badge').forEach((h) => h.remove());
        table.replaceWith(copy);
      });
      await expect.poll(() => page.locator('qwa-badge').count()).toBe(g.grid!.rows);
    }
    await page.evaluate(() => document.querySelector('#__grid_ClaimGrid .objbox tr:last-child')!.remove());
    await expect.poll(() => page.locator('qwa-badge').count()).toBe(g.grid!.rows! - 1);
    const perRow = await page.evaluate(() => [...document.querySelectorAll('#__grid_ClaimGrid .objbox tr')].map((tr) => tr.querySelectorAll('qwa-badge').length));
    expect(Math.max(...perRow)).toBe(1);
    await page.close();
  });
});

describe('QSM updating rows in place', () => {
  it('follows a row whose status QSM rewrites and a row QSM refills with another order, one badge each', async () => {
    await b.clearStorage();
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    const page = await b.open(pathOf(g));
    await expect.poll(() => page.locator('qwa-badge').count()).toBe(g.grid!.rows);
    const hostOf = (row: number) => page.locator(`#__grid_ClaimGrid .objbox tr:nth-child(${row + 1}) qwa-badge`);
    expect(await hostOf(1).getAttribute('data-qwa-state')).toBe('eligible');
    // dhtmlx's setValue writes a cell's innerHTML (our badge goes with it); a reused row gets new cell texts.
    await page.evaluate(() => {
      const rows = document.querySelectorAll('#__grid_ClaimGrid .objbox tr');
      rows[1]!.children[1]!.innerHTML = '退货:退货完成';
      rows[2]!.children[9]!.textContent = '1039999999';
    });
    await expect.poll(() => hostOf(1).getAttribute('data-qwa-state')).toBe('ineligible');
    await expect.poll(() => hostOf(2).getAttribute('data-qwa-order')).toBe('1039999999');
    const perRow = await page.evaluate(() =>
      [...document.querySelectorAll('#__grid_ClaimGrid .objbox tr')].slice(1).map((tr) => tr.querySelectorAll('qwa-badge').length),
    );
    expect(perRow.every((n) => n === 1)).toBe(true);
    await page.close();
  });
});

describe('a detail layer open over the grid', () => {
  it('gives the grid row of the opened order the detail’s newer, fuller verdict', async () => {
    const layer = detailFixtures.find((f) => f.file === 'layer-zh-cancel-on-grid.html')!;
    // The same page, but the opened detail already shows the refund under way; the grid behind it was
    // drawn before and still says "cancel requested".
    const html = fixtureHtml(layer).replace('<tr><td class="tit">处理状态</td><td colspan="5">取消:取消要求</td></tr>', '<tr><td class="tit">处理状态</td><td colspan="5">取消:退款进行中</td></tr>');
    expect(html).toContain('取消:退款进行中');
    b.pages.set('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?fixture=layer-refunding', html);
    await b.clearStorage();
    const page = await b.open('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?fixture=layer-refunding');
    const ofOrder = page.locator('qwa-badge[data-qwa-order="1038655210"]');
    await expect.poll(() => ofOrder.count()).toBe(2);
    expect(await ofOrder.evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-qwa-state')))).toEqual(['ineligible', 'ineligible']);
    await page.close();
  });
});

describe('a detail layer QSM keeps hidden until the seller opens it', () => {
  it('gets its badge when QSM shows it (a class or a style changed), and loses it when QSM hides it again', async () => {
    const layer = detailFixtures.find((f) => f.file === 'layer-zh-cancel-on-grid.html')!;
    // Hidden by a class of QSM's style sheet, as a layer not opened yet.
    const html = fixtureHtml(layer)
      .replace('</head>', '<style>.layer_off{display:none!important}</style></head>')
      .replace('<div id="divTradeLayer" class="layer_pop"', '<div id="divTradeLayer" class="layer_pop layer_off"');
    expect(html).toContain('layer_pop layer_off');
    b.pages.set('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?fixture=layer-closed', html);
    await b.clearStorage();
    const page = await b.open('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?fixture=layer-closed');
    const inLayer = page.locator('#divTradeLayer qwa-badge');
    await expect.poll(() => page.locator('#__grid_ClaimGrid qwa-badge').count()).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    expect(await inLayer.count()).toBe(0);

    await page.evaluate(() => document.getElementById('divTradeLayer')!.classList.remove('layer_off'));
    await expect.poll(() => inLayer.count()).toBe(1);
    expect(await inLayer.getAttribute('data-qwa-order')).toBe('1038655210');

    await page.evaluate(() => (document.getElementById('divTradeLayer')!.style.display = 'none'));
    await expect.poll(() => inLayer.count()).toBe(0);
    await page.evaluate(() => (document.getElementById('divTradeLayer')!.style.display = 'block'));
    await expect.poll(() => inLayer.count()).toBe(1);
    await page.close();
  });
});

describe('layers QSM opens and closes by a class or a style', () => {
  it('follows a wrapper’s class, a layer refilled while closed, two layers swapped, the table itself shown', async () => {
    const layer = fixtureHtml(detailFixtures.find((f) => f.file === 'layer-zh-cancel-on-grid.html')!);
    const start = layer.indexOf('<div id="divTradeLayer"');
    const one = layer.slice(start, layer.indexOf('</body>'));
    // Two layers: X (the fixture's order) in a wrapper W the style sheet closes by class, Y (another order) hidden.
    const other = one.replace('id="divTradeLayer"', 'id="layerY"').replaceAll('1038655210', '1038655299').replace('display:block', 'display:none');
    const html = `${layer.slice(0, start).replace('</head>', '<style>.closed .layer_pop{display:none!important}</style></head>')}<div id="W" class="closed">${one}</div>${other}</body></html>`;
    b.pages.set('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?fixture=layers', html);
    await b.clearStorage();
    const page = await b.open('/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?fixture=layers');
    const badgeOf = (order: string) => page.locator(`qwa-badge[data-qwa-order="${order}"]:not(#__grid_ClaimGrid qwa-badge)`);
    await expect.poll(() => page.locator('#__grid_ClaimGrid qwa-badge').count()).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    expect(await badgeOf('1038655210').count()).toBe(0);

    // The wrapper opens: X shows. It closes, and QSM refills X with Y's order while closed; it opens again.
    await page.evaluate(() => document.getElementById('W')!.classList.remove('closed'));
    await expect.poll(() => badgeOf('1038655210').count()).toBe(1);
    await page.evaluate(() => document.getElementById('W')!.classList.add('closed'));
    await expect.poll(() => badgeOf('1038655210').count()).toBe(0);
    await page.evaluate(() => {
      const cell = Array.from(document.querySelectorAll('#divTradeLayer td')).find((td) => td.textContent === '1038655210')!;
      cell.textContent = '1038655277';
    });
    await page.waitForTimeout(400);
    await page.evaluate(() => document.getElementById('W')!.classList.remove('closed'));
    await expect.poll(() => badgeOf('1038655277').count()).toBe(1);

    // Two layers swapped in one handler, then back in two steps.
    await page.evaluate(() => {
      document.getElementById('W')!.classList.add('closed');
      document.getElementById('layerY')!.style.display = 'block';
    });
    await expect.poll(() => badgeOf('1038655299').count()).toBe(1);
    expect(await badgeOf('1038655277').count()).toBe(0);
    await page.evaluate(() => (document.getElementById('layerY')!.style.display = 'none'));
    await expect.poll(() => badgeOf('1038655299').count()).toBe(0);
    await page.evaluate(() => document.getElementById('W')!.classList.remove('closed'));
    await expect.poll(() => badgeOf('1038655277').count()).toBe(1);

    // The detail's own table hidden and shown again.
    await page.evaluate(() => ((document.querySelector('#divTradeLayer table') as HTMLElement).style.display = 'none'));
    await expect.poll(() => badgeOf('1038655277').count()).toBe(0);
    await page.evaluate(() => ((document.querySelector('#divTradeLayer table') as HTMLElement).style.display = ''));
    await expect.poll(() => badgeOf('1038655277').count()).toBe(1);
    await page.close();
  });
});

describe('the extension as a guest on QSM', () => {
  it('leaves QSM’s row clicks alone and keeps its own clicks to itself', async () => {
    const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
    const page = await b.open(pathOf(g));
    await page.locator('qwa-badge').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { rowClicks: number }).rowClicks = 0;
      document.querySelector('#__grid_ClaimGrid')!.addEventListener('click', () => (window as unknown as { rowClicks: number }).rowClicks++);
    });
    await page.locator('qwa-badge button').first().click();
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(0);
    await page.locator('#__grid_ClaimGrid .objbox tr td').nth(3).click();
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(1);
    await page.close();
  });

  it('leaves the chips’ words out of grid rows the seller copies', async () => {
    const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
    const page = await b.open(pathOf(g));
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge button').count()).toBeGreaterThan(2);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://qsm.qoo10.jp' });
    const rows = await page.evaluate(() => {
      const trs = [...document.querySelectorAll('#__grid_ClaimGrid .objbox tr')].filter((tr) => tr.querySelector('qwa-badge'));
      const range = document.createRange();
      range.setStartBefore(trs[0]!);
      range.setEndAfter(trs[2]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return trs.slice(0, 3).map((tr) => tr.querySelector('qwa-badge')!.shadowRoot!.querySelector('button')!.textContent!.trim());
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Chrome copies a shadow root's text with the row's: each chip's words were lines of their own.
    // (A line break is still copied where a host stands, before the status of every row but the first.)
    expect(copied).toContain('1038452888');
    for (const words of rows) expect(copied).not.toContain(words);
    await page.close();
  });

  it('leaves a printed QSM page as QSM prints it: no badge on paper', async () => {
    const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
    const page = await b.open(pathOf(g));
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge button').count()).toBeGreaterThan(2);
    const shown = () => page.evaluate(() => [...document.querySelectorAll('qwa-badge')].filter((h) => getComputedStyle(h).display !== 'none').length);
    expect(await shown()).toBeGreaterThan(2);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    expect(await shown()).toBeGreaterThan(2);
    await page.close();
  });

  it('hands Escape back to QSM once the seller has used a badge and closed its panel (QSM closes its layer on it)', async () => {
    const d = detailFixtures.find((x) => x.page === 'detail')!;
    const page = await b.open(pathOf(d));
    const pill = page.locator('qwa-badge button').first();
    await pill.waitFor();
    await page.evaluate(() => {
      const heard = (e: KeyboardEvent) => ((window as unknown as { keys: string[] }).keys ??= []).push(`${e.type} ${e.key}`);
      document.addEventListener('keydown', heard);
      document.addEventListener('keyup', heard);
    });
    await pill.click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape'); // closes our panel: ours alone, its keyup too
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Enter'); // on the badge: ours (it opens the panel again), not QSM's default button
    await page.getByRole('dialog').waitFor();
    await pill.click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Escape'); // the panel is closed: QSM's
    expect(await page.evaluate(() => (window as unknown as { keys?: string[] }).keys)).toEqual(['keydown Escape', 'keyup Escape']);
    await page.close();
  });

  it('lets QSM sort its grid by a column header as if no badge were there, and puts the badges back', async () => {
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    const page = await b.open(pathOf(g));
    const hosts = page.locator('#__grid_ClaimGrid .objbox qwa-badge');
    await expect.poll(() => hosts.count()).toBe(g.grid!.rows);
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge button').count()).toBeGreaterThan(0);
    // QSM's side, in the page's own world: dhtmlx's "str" sort, which reads each cell's value as its markup.
    await page.evaluate(() => {
      document.querySelector('#__grid_ClaimGrid .xhdr')!.addEventListener('click', (event) => {
        const cell = (event.target as Element).closest('td')!;
        const column = [...cell.parentElement!.children].indexOf(cell);
        const body = document.querySelector('#__grid_ClaimGrid .objbox tbody')!;
        const rows = [...body.querySelectorAll('tr')].slice(1);
        rows.sort((a, b) => (a.children[column]!.innerHTML < b.children[column]!.innerHTML ? -1 : 1)).forEach((tr) => body.append(tr));
      });
    });
    await page.locator('#__grid_ClaimGrid .xhdr td', { hasText: '处理状态' }).click();
    const statuses = await page.evaluate(() => [...document.querySelectorAll('#__grid_ClaimGrid .objbox tr')].slice(1).map((tr) => tr.children[1]!.textContent!.trim()));
    expect(statuses).toEqual([...statuses].sort());
    await expect.poll(() => hosts.count()).toBe(g.grid!.rows);
    await expect.poll(() => page.locator('#__grid_ClaimGrid .objbox qwa-badge button').count()).toBeGreaterThan(0);
    const perRow = await page.evaluate(() => [...document.querySelectorAll('#__grid_ClaimGrid .objbox tr')].slice(1).map((tr) => tr.querySelectorAll('qwa-badge').length));
    expect(perRow.every((n) => n === 1)).toBe(true);
    await page.close();
  });

  it('renders hostile page text as text', async () => {
    const d = detailFixtures.find((x) => x.file.includes('hostile'));
    if (!d) return;
    const page = await b.open(pathOf(d));
    await page.locator('qwa-badge').first().waitFor();
    await page.locator('qwa-badge button').first().click();
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('qwa-badge')].some((h) => h.shadowRoot?.querySelector('img, script')),
    );
    expect(injected).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    await page.close();
  });

  it('works on a page whose content security policy allows no script or style of its own making', async () => {
    // The overlay is a module of the extension's files and its look a shadow root's sheet: neither is the
    // page's inline script or style, which such a policy refuses.
    const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
    const path = `${pathOf(g)}&csp=strict`;
    b.pages.set(path, fixtureHtml(g).replace(/<head([^>]*)>/i, `<head$1><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">`));
    const page = await b.open(path);
    await expect.poll(() => page.locator('qwa-badge').count()).toBe(g.grid!.rows);
    const pill = page.locator('#__grid_ClaimGrid .objbox qwa-badge button').first();
    expect(await pill.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('8px');
    await pill.click();
    await expect.poll(() => page.locator('qwa-badge [role=dialog]').count()).toBe(1);
    await page.close();
  });

  it('keeps the panel inside a short window (a QSM popup): it scrolls inside itself, and stays open', async () => {
    const d = detailFixtures.find((x) => x.file === 'detail-zh-return-pending.html')!;
    const page = await b.open(pathOf(d));
    await page.setViewportSize({ width: 1000, height: 380 });
    await page.locator('qwa-badge button').first().click();
    const dialog = page.locator('qwa-badge [role=dialog]');
    await dialog.waitFor();
    const measure = () =>
      dialog.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const badge = (el.getRootNode() as ShadowRoot).host.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: window.innerHeight, badgeTop: badge.top, badgeBottom: badge.bottom, scrolls: el.scrollHeight > el.clientHeight };
      });
    const box = await measure();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(box.scrolls).toBe(true);
    // On the side of the badge with more room, and using it: not a sliver.
    const room = (b: typeof box) => Math.max(b.badgeTop, b.height - b.badgeBottom) - 20;
    expect(box.bottom - box.top).toBeGreaterThanOrEqual(room(box));
    // Scrolling the panel is not scrolling the page: it stays open.
    await dialog.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(100);
    expect(await dialog.count()).toBe(1);

    // A badge near the window's bottom: the panel opens above it, where the room is.
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      document.body.style.paddingBottom = '2000px';
      const host = document.querySelector('qwa-badge')!;
      window.scrollTo(0, host.getBoundingClientRect().top + window.scrollY - 330);
    });
    await page.locator('qwa-badge button').first().click();
    await dialog.waitFor();
    const above = await measure();
    expect(above.top).toBeGreaterThanOrEqual(0);
    expect(above.bottom).toBeLessThanOrEqual(above.badgeTop);
    expect(above.bottom - above.top).toBeGreaterThanOrEqual(room(above));
    await page.close();
  });

  it('made no network request and logged no error', () => {
    expect(b.strayRequests).toEqual([]);
    expect(b.extensionErrors).toEqual([]);
  });
});
