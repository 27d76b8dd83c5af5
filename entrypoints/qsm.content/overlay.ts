/**
 * The page overlay: read the page (lib/qsm), fold each reading into what is known of the order
 * (lib/history), judge it (lib/rules), and keep one badge beside each claim while QSM re-renders.
 * Nothing here may throw into QSM's page or change how QSM's own elements behave.
 */
import { clearClaimBadge, paintClaimBadge } from '../../components/claimBadge';
import { loadPanels, type Panels } from '../../components/panels';
import { loadRecords, sendRecords, type ClaimRecord } from '../../lib/history';
import type { UiLanguage } from '../../lib/i18n';
import {
  withSharedScans,
  detailMarker,
  findDetailRoots,
  isHiddenWithin,
  findStatusAnchor,
  mentionsClaim,
  readClaimListWithCells,
  readDetail,
  readOrderDetailPartial,
} from '../../lib/qsm';
import { jstDay } from '../../lib/time';
import { BadgeLayer, panelView, type Draw, type Placement } from './badges';
import type { ReadDetail } from './memos';
import { completeFromKnown, foldIn, judgeSnapshot, judgeUnreadable, type Judged } from './judge';

export interface OverlayView {
  lang: UiLanguage;
}

interface Found {
  anchor: Element;
  placement: Placement;
  draw: Draw;
  key: string;
  tag?: string;
}

function claimDraw(judged: Judged, view: OverlayView, chip: boolean): Draw {
  return (now) => {
    const verdict = judged.verdictAt(now);
    const props = { verdict, lang: view.lang, orderNo: judged.orderNo, now, chip };
    return {
      attrs: { 'data-qwa-state': verdict.state, 'data-qwa-order': judged.orderNo, 'data-qwa-reason': verdict.reason },
      view: { paint: (root) => paintClaimBadge(root, props), clear: clearClaimBadge },
      live: verdict.state === 'pending' || verdict.state === 'cooldown',
    };
  };
}

/**
 * A verdict can turn at a JST midnight (delayed, a cooldown's end): the day is part of what it is drawn
 * from. A grid row gets the narrow chip first in its cell, which dhtmlx clips to one line; beside an order
 * or item number (its status cell shared with other orders) after it: first, it cut the number's last digits.
 */
function claimFound(anchor: Element, judged: Judged, view: OverlayView, today: string, inGrid = false, beside = false): Found {
  const key = `${judged.key}:${view.lang}:${today}`;
  return { anchor, placement: inGrid && !beside ? 'lead' : 'inline', draw: claimDraw(judged, view, inGrid), key };
}

/** The "could not read" marker in the page's corner, for a detail at `root`. */
function unreadableFound(root: Element, view: OverlayView): Found {
  // The outline is drawn up by the views module, loaded with the marker: not every QSM page carries it.
  const copy = (p: Panels) => async () => {
    await navigator.clipboard.writeText(p.diagnosticOutline(root));
    return true;
  };
  const marker = panelView((p) => p.h(p.UnreadableBadge, { lang: view.lang, onCopy: copy(p) }));
  // An unreadable page is "unknown" to the rules: the muted marker says so without guessing an order.
  const draw: Draw = () => ({ attrs: { 'data-qwa-state': 'unknown', 'data-qwa-unreadable': 'true' }, view: marker, live: false });
  return { anchor: root, placement: 'corner', draw, key: `unreadable:${view.lang}` };
}

/** Each detail the reading found (its order number's label), and whether the seller could not see it then. */
type DetailSeen = Array<[marker: Element, hidden: boolean]>;

interface PageReading {
  found: Found[];
  changed: ClaimRecord[];
  seen: DetailSeen;
  /** What the views module finds and draws (message helpers, the "could not read" marker): after the badges. */
  withViews: () => Promise<Found[]>;
}

/** Reads the whole document once: what each badge should show, and the records that changed. */
async function readPage(doc: Document, view: OverlayView, now: number): Promise<PageReading> {
  // Everything read from the page is read here, in one synchronous reading that shares its label scans:
  // a detail's badge anchor is found from the scan that read it, not from a second pass over its cells.
  const { grid, details, partials, mayHoldBoxes, whole, seen } = withSharedScans(() => {
    // A detail QSM keeps hidden (another order's layer, a template) gets no badge until it is shown: a
    // reveal is a change of style, which start.ts watches for (Overlay.visibilityChanged).
    const roots = findDetailRoots(doc);
    const seen: DetailSeen = roots.map((root) => {
      const marker = detailMarker(root);
      return [marker, isHiddenWithin(marker, doc)];
    });
    // A detail root is a detail: its reading never falls back on "does it look like one?".
    const details = roots.flatMap((root, i) => (seen[i]![1] ? [] : [{ root, read: readDetail(root, () => true), anchor: findStatusAnchor(root) ?? root }]));
    const grid = readClaimListWithCells(doc);
    return {
      grid,
      details,
      partials: details.filter((d) => !d.read.ok).map((d) => ({ ...d, partial: readOrderDetailPartial(d.root) })),
      // QSM's message boxes are found by the views module, which draws the message helper beside them.
      mayHoldBoxes: !!doc.querySelector('textarea'),
      // A page that looks like a claim detail but where no detail could even be located (§6: say so, never
      // guess); not a page whose details are all hidden.
      whole: !roots.length && !grid.found && mentionsClaim(doc),
      seen,
    };
  });

  const orderNos = new Set<string>();
  for (const row of grid.rows) if (row.facts.orderNo) orderNos.add(row.facts.orderNo);
  for (const d of details) if (d.read.ok) orderNos.add(d.read.claim.orderNo);
  for (const p of partials) if (p.partial.facts.orderNo) orderNos.add(p.partial.facts.orderNo);
  const known = await loadRecords([...orderNos]);

  const found: Found[] = [];
  const today = jstDay(new Date(now));
  const changed = new Map<string, ClaimRecord>();
  const fold = (claim: Parameters<typeof foldIn>[1], source: 'detail' | 'grid') => {
    const r = foldIn(known.get(claim.orderNo), claim, source, now);
    known.set(claim.orderNo, r.record);
    if (r.changed) changed.set(claim.orderNo, r.record);
    return r.judged;
  };

  // Details first: a detail open over the grid is the fuller reading of its row, and its row shows it.
  const readDetails: ReadDetail[] = [];
  const judgedFromDetail = new Map<string, Judged>();
  const detailItem = new Map<string, string | undefined>();
  for (const d of details) {
    // Every detail, read or not: a message box inside one that could not be read gets no other's facts.
    const shown: ReadDetail = { root: d.root };
    readDetails.push(shown);
    if (!d.read.ok) continue;
    const judged = fold(d.read.claim, 'detail');
    judgedFromDetail.set(d.read.claim.orderNo, judged);
    detailItem.set(d.read.claim.orderNo, d.read.claim.itemCode);
    found.push(claimFound(d.anchor, judged, view, today));
    shown.claim = d.read.claim;
    shown.verdict = judged.verdictAt(now);
  }
  for (const p of partials) {
    const claim = completeFromKnown(p.partial.facts, known.get(p.partial.facts.orderNo ?? ''));
    if (claim) {
      const judged = fold(claim, 'detail');
      judgedFromDetail.set(claim.orderNo, judged);
      found.push(claimFound(p.anchor, judged, view, today));
    } else if (p.read.ok === false && p.read.reason === 'unrecognized-layout') {
      found.push(unreadableFound(p.root, view));
    }
  }
  // One order's items claimed apart (a line each, each with its own item code): each line is judged on
  // what it shows, and what is remembered of the order (one record per order) is left as it was.
  const items = new Map<string, string>();
  const apartItems = new Set<string>();
  grid.rows.forEach(({ claim }) => {
    if (!claim?.itemCode) return;
    const first = items.get(claim.orderNo);
    if (first === undefined) items.set(claim.orderNo, claim.itemCode);
    else if (first !== claim.itemCode) apartItems.add(claim.orderNo);
  });
  grid.rows.forEach((row) => {
    const claim = row.claim ?? completeFromKnown(row.facts, known.get(row.facts.orderNo ?? ''));
    // An item's line: the open detail of that item judges it; else what the line shows.
    const apart =
      claim && apartItems.has(claim.orderNo)
        ? (detailItem.get(claim.orderNo) === claim.itemCode && judgedFromDetail.get(claim.orderNo)) || judgeSnapshot(claim.orderNo, claim)
        : undefined;
    const judged = apart ?? (claim && judgedFromDetail.get(claim.orderNo)) ?? (claim ? fold(claim, 'grid') : judgeUnreadable(row.facts.orderNo));
    found.push(claimFound(row.statusCell, judged, view, today, true, row.beside));
  });

  // The views module is loaded only where it has something to find; a page that cannot load it keeps
  // QSM's own look.
  const withViews = async (): Promise<Found[]> => {
    if (!mayHoldBoxes && !whole) return [];
    const views = await loadPanels().catch(() => undefined);
    if (!views) return [];
    // The message helper beside each message box (the views module's own finding).
    const more: Found[] = mayHoldBoxes ? await views.memoFinds(doc, readDetails, known, loadRecords, now, view.lang) : [];
    // No detail found on a page that names a claim: whether it looks like one (the marker says so).
    if (whole && doc.body && views.looksLikeClaimDetail(doc)) {
      more.push(unreadableFound(doc.body, view));
    }
    return more;
  };

  return { found, changed: [...changed.values()], seen, withViews };
}

/** Resolves after the current task: the badges are on the page before the records are written. */
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Overlay {
  readonly layer: BadgeLayer;
  private running: Promise<void> | undefined;
  private again = false;
  /** The last scan's storage write; the next scan reads after it. */
  private saving: Promise<void> = Promise.resolve();
  /** The details the last scan found, and which of them the seller could not see. */
  private seen: DetailSeen = [];
  /** Which scan drew last, and where the views module's finds were drawn (message helpers, the marker). */
  private generation = 0;
  private viewAnchors = new Set<Element>();
  /** Settles once the last scan's finds of the views module are drawn (tests wait for it). */
  viewsDrawn: Promise<void> = Promise.resolve();

  constructor(private readonly doc: Document, public view: OverlayView) {
    this.layer = new BadgeLayer(doc);
  }

  /** Scans the page; a scan asked for while one runs is done once more right after it. */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.saving;
        const now = Date.now();
        const generation = ++this.generation;
        const { found, changed, seen, withViews } = await readPage(this.doc, this.view, now);
        this.seen = seen;
        const badges = found.map((f) => f.anchor);
        this.layer.quietly(() => {
          for (const f of found) this.layer.show(f.anchor, f.draw, now, f.key, f.placement, f.tag);
          this.layer.sweep(new Set([...badges, ...this.viewAnchors]));
        });
        // What the views module finds follows the badges, which never wait for it to load; a newer
        // scan's finds replace these.
        this.viewsDrawn = withViews()
          .then((more) => {
            if (generation !== this.generation) return;
            this.viewAnchors = new Set(more.map((f) => f.anchor));
            this.layer.quietly(() => {
              for (const f of more) this.layer.show(f.anchor, f.draw, now, f.key, f.placement, f.tag);
              this.layer.sweep(new Set([...badges, ...this.viewAnchors]));
            });
          })
          // Nothing of it may reach QSM's page as an error.
          .catch(() => undefined);
        // A first visit to a 1,000-row grid writes 1,000 records: after the badges, not before them.
        if (changed.length) this.saving = afterThisTask().then(() => sendRecords(changed)).catch(() => undefined);
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * Whether a detail the last scan found has been shown or hidden since: QSM opens and closes its layers
   * by a change of style or class, which changes nothing the reading of the page would see otherwise.
   */
  visibilityChanged(): boolean {
    try {
      return this.seen.some(([marker, hidden]) => marker.isConnected && isHiddenWithin(marker, this.doc) !== hidden);
    } catch {
      return false;
    }
  }
}
