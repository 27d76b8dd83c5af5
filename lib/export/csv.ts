/** The claim history as CSV, in the seller's language, every date a JST day (issue #5 §4). */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { snapshotOf, type ClaimRecord } from '../history';
import { badgeLabelKey, createT, type UiLanguage } from '../i18n';
import { kindKey, stageKey } from '../i18n/claimWords';
import { currentWithdrawState, evaluateWithdraw } from '../rules';
import { isIsoDay, jstDay } from '../time';

const COLUMNS = [
  'orderNo', 'cartNo', 'kind', 'stage', 'claimedOn', 'withdrawState', 'requestedOn', 'heldOn', 'cancelledOn',
  'verdict', 'deadline', 'autoWithdrawOn', 'nextRequestOn', 'delayed', 'lastSeen',
] as const;

/** A stored day as the CSV writes it: a damaged one (not a day) is left blank, never printed raw. */
const day = (value: unknown) => (isIsoDay(value) ? value : '');

/** 'YYYY-MM-DD HH:mm' in Japan time. */
function jstDateTime(ms: number): string {
  const hm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  return `${jstDay(new Date(ms))} ${hm}`;
}

export function historyCsv(records: readonly ClaimRecord[], lang: UiLanguage, now: number): string {
  const t = createT(lang);
  const rows = [...records]
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt)
    .map((record) => {
      const snapshot = snapshotOf(record);
      const verdict = evaluateWithdraw(snapshot, new Date(now));
      const w = snapshot.withdraw;
      return {
        orderNo: record.orderNo,
        cartNo: record.cartNo ?? '',
        kind: t(kindKey(record.kind)),
        stage: t(stageKey(record.kind, record.stage)),
        claimedOn: day(record.claimedOn),
        // As the rules read it: a list row written after the seller's cancel or the buyer's refusal still
        // says "requested"; the dates say which came last (the verdict beside it does the same).
        withdrawState: w ? t(`export.withdraw.${currentWithdrawState(w)}`) : '',
        requestedOn: day(w?.requestedOn),
        heldOn: day(w?.heldOn),
        // The day the seller cancelled its own request, which QSM never shows: its cooldown runs from it.
        cancelledOn: day(w?.cancelledOn),
        verdict: t(badgeLabelKey(verdict.state, verdict.reason)),
        deadline: day(verdict.responseDeadline),
        autoWithdrawOn: day(verdict.autoWithdrawOn),
        nextRequestOn: day(verdict.nextRequestOn),
        // Not once the buyer's last day has passed unanswered: QSM withdraws the claim, nothing is left to
        // confirm (the popup's "due soon" and the toolbar count no longer hold it either, lib/reminders/plan.ts).
        delayed: verdict.delayed && verdict.reason !== 'auto-withdraw-due' ? t('export.yes') : '',
        lastSeen: jstDateTime(record.lastSeenAt),
      };
    });
  return stringify(rows, {
    header: true,
    columns: COLUMNS.map((key) => ({ key, header: t(`export.${key}`) })),
    record_delimiter: 'windows',
    // A lone \n or \r also breaks a row in Excel, not only \r\n: quote every cell that holds one.
    quote_record_delimiter: true,
    // A stored number is whatever a page showed: a cell starting = + - @ (or tab, CR, their full-width
    // forms) would run as a formula in a spreadsheet, so it gets a leading ' (every cell here is text;
    // days start with a digit and are left alone).
    escape_formulas: true,
  });
}
