/**
 * A grid's chip sits first in its status cell (QSM's cells are one clipped line), so it is first in that
 * cell's markup too, and dhtmlx takes a read-only cell's value from its serialized markup
 * (eXcell_ro.getValue): sorting by a column header would sort by our badge instead of QSM's text. So a
 * click on a grid's header takes that grid's badges off before QSM's own handler runs (we listen first,
 * in the capture phase, and never stop the event), and a scan right after puts them back on the rows in
 * their new order.
 */
import type { BadgeLayer } from './badges';

/** dhtmlx grids keep their column headers in div.xhdr and their rows in div.objbox, both in div.gridbox. */
const HEADER = 'div.xhdr';

export function stepAsideForHeaderClicks(doc: Document, layer: BadgeLayer, rescan: () => void, signal: AbortSignal): void {
  doc.addEventListener(
    'click',
    (event) => {
      try {
        const target = event.composedPath()[0];
        const header = target instanceof Element ? target.closest(HEADER) : null;
        const grid = header?.parentElement;
        if (!grid) return;
        layer.quietly(() => layer.withdraw(grid));
        // QSM sorts within this click; the badges come back once it is done (also when nothing moved).
        setTimeout(() => signal.aborted || rescan(), 0);
      } catch {
        // Never into QSM's page.
      }
    },
    { capture: true, passive: true, signal },
  );
}
