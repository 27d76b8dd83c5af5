/**
 * What a status cell means (domain.md §2, §7, §8). The cell reads either "kind:stage" (the list's
 * 处理状态 column: 退货:处理要求) or one status name (キャンセル要請, Return Processing, 교환 신청).
 * A new wording is one more entry in one of the tables below. Matching ignores case, spaces and width.
 */
import type { ClaimKind, ClaimStage } from '../rules';
import { bilingualHalves, remembered, statusKey } from './text';

export interface StatusMeaning {
  kind?: ClaimKind; // undefined: the status names only the withdraw state
  stage?: ClaimStage;
  withdraw?: 'requested' | 'held';
}

/** The part before the colon. 'withdraw' = the 撤回索赔 row of the status grid, which names no kind. */
const KIND_WORDS: Record<string, ClaimKind | 'withdraw'> = {
  取消: 'cancel', キャンセル: 'cancel', cancel: 'cancel', cancellation: 'cancel', 취소: 'cancel',
  退货: 'return', 返货: 'return', 返品: 'return', return: 'return', 반품: 'return',
  交换: 'exchange', 交換: 'exchange', exchange: 'exchange', 교환: 'exchange',
  未收取申告: 'nonReceipt', 未收取: 'nonReceipt', 未受取申告: 'nonReceipt', 未受取: 'nonReceipt',
  'non-receipt': 'nonReceipt', nonreceipt: 'nonReceipt', 미수취신고: 'nonReceipt', 미수취: 'nonReceipt',
  撤回索赔: 'withdraw', 撤回: 'withdraw', 撤回請求: 'withdraw', withdrawal: 'withdraw', withdraw: 'withdraw', 철회: 'withdraw',
};

const R = 'requested', P = 'inProgress', H = 'onHold', V = 'received', C = 'completed';

/**
 * The part after the colon, per kind: the same word can mean different stages (卖家确认 is the request
 * stage of an exchange — the manual groups 申请交换/卖家确认 — but "seller confirmed" of a non-receipt).
 * A stage printed as a single status name of the same kind (退货:退货中, 取消:キャンセル要請) is read from
 * STATUS_NAMES below: only the words that are no status name of their own are listed here.
 */
const STAGE_WORDS: Record<ClaimKind, Record<string, ClaimStage>> = {
  cancel: {
    处理要求: R, 処理要請: R, request: R, 처리요청: R,
    // 取消:退款进行中 — the refund is running: the cancel is under way (§3.2).
    退款进行中: P, 返金処理中: P, 払い戻し中: P, 払い戻し待ち: P, processing: P, refundinprogress: P, 환불진행중: P,
    払い戻し完了: C, complete: C,
  },
  return: {
    处理要求: R, 処理要請: R, request: R, 처리요청: R,
    回収中: P, processing: P,
    onhold: H, hold: H,
    // 已收件/退款请求 and 退货:退款进行中: the parcel is back and the refund is asked for or running.
    已收件: V, 退款请求: V, 退款进行中: V, 払い戻し待ち: V, 返金処理中: V,
    received: V, refundrequested: V, refundinprogress: V, 환불요청: V, 환불진행중: V,
    払い戻し完了: C, complete: C,
  },
  exchange: {
    卖家确认: R, 处理要求: R, 処理要請: R, request: R, delayed: R, sellerconfirmation: R, 처리요청: R,
    // 再次退货中 is how the manual prints the re-shipping stage in its list of statuses past the request stage (p.6).
    再次退货中: P, reshipping: P, 재배송중: P,
    交换完成: C, 交換完了: C, exchangecomplete: C, complete: C, 교환완료: C,
  },
  nonReceipt: {
    // Every non-receipt stage is ineligible (§3.2); the stage only tells how far Qoo10 got.
    受付: R, 申請受付: R, 確認遅延: R, reported: R, request: R, confirmationdelayed: R, 접수: R, 신청접수: R, 확인지연: R,
    販売者確認: P, sellerconfirmed: P, 판매자확인: P,
    返金完了: C, 部分返金完了: C, refundcomplete: C, partialrefundcomplete: C, 환불완료: C, 부분환불완료: C,
    refunded: C, partlyrefunded: C, partiallyrefunded: C,
  },
};

/** Single status names, as Qoo10's API and the manual's status grid print them. */
const STATUS_NAMES: Record<string, StatusMeaning> = {};
const name = (kind: ClaimKind, stage: ClaimStage, words: string[]) => {
  for (const w of words) STATUS_NAMES[statusKey(w)] = { kind, stage };
};
name('cancel', R, ['キャンセル要請', '취소요청', 'Cancel Request', '取消要求']);
name('cancel', P, ['キャンセル中', '취소중', 'Cancel Processing', '取消中']);
name('cancel', C, ['キャンセル完了', '취소완료', 'Cancel Complete', '取消完成']);
name('return', R, ['返品要請', '반품요청', 'Return Request', '退货申请']);
name('return', P, ['返品中', '반품중', 'Return Processing', '退货中']);
name('return', H, ['返品保留', '반품보류', 'Return On Hold', '退货保留']);
name('return', V, ['已收件/退款请求', '受取済/払い戻し要請', 'Received / Refund Requested', '수거완료/환불요청']);
name('return', C, ['返品完了', '반품완료', 'Return Complete', '退货完成']);
// 交换延期 (exchange delayed) is listed beside the request stage and nothing says the item went out again,
// so it is read as still 'requested'; 交換承認 is the manual's 卖家确认, also the request stage.
name('exchange', R, ['交換申請', '교환 신청', 'Exchange Request', '申请交换', '申请交换/卖家确认', '交換承認', '교환 승인', 'Exchange Approved', '交换延期', '交換延期', 'Exchange Delayed', '교환 지연']);
name('exchange', P, ['再配送中', '다시 배송 중', 'Re-delivering', '再次运送中']);
name('nonReceipt', R, ['接收申请', '确认延迟', '未收取申告', '未受取申告', '미수취 신고', 'Non-receipt Report']);
name('nonReceipt', P, ['卖家确认']);
// §7 prints codes 14 and 15 as one name with "(部分)": both are a refund done, whole or partial.
name('nonReceipt', C, [
  '退款完成', '部分退款完成', '未受取返金完了', '未受取部分返金完了', '未受取(部分)返金完了', '미수취 환불 완료', '미수취 부분 환불 완료',
  '미수취 (부분) 환불 완료', 'Non-receipt Refund Complete', 'Non-receipt Partial Refund Complete', 'Non-receipt (Partial) Refund Complete', 'Non-receipt',
]);

/** Statuses naming only the withdraw state (the 撤回索赔 row of the status grid). */
const WITHDRAW_WORDS: Record<string, 'requested' | 'held'> = {
  撤回要请: 'requested', 撤回要請: 'requested', withdrawalrequest: 'requested', withdrawalrequested: 'requested', 철회요청: 'requested',
  withdrawrequest: 'requested', withdrawrequested: 'requested',
  撤回保留: 'held', withdrawalhold: 'held', withdrawalonhold: 'held', withdrawhold: 'held', withdrawonhold: 'held', 철회보류: 'held',
};

// Table keys may be written with spaces or capitals ("Refund in Progress"): compare them normalised.
const keyed = <T>(table: Record<string, T>) => new Map(Object.entries(table).map(([k, v]) => [statusKey(k), v]));
const KINDS = keyed(KIND_WORDS);
const WITHDRAWS = keyed(WITHDRAW_WORDS);
const STAGES = { cancel: keyed(STAGE_WORDS.cancel), return: keyed(STAGE_WORDS.return), exchange: keyed(STAGE_WORDS.exchange), nonReceipt: keyed(STAGE_WORDS.nonReceipt) };

/** What a status text means, or undefined when the wording is unknown (never a guess). */
export const readStatus = remembered(meaningOf);

/** Whether the meaning `b` says nothing against `a` (a select's "撤回要请" beside "退货:撤回要请"). */
export const saysNothingAgainst = (a: StatusMeaning, b: StatusMeaning): boolean =>
  (['kind', 'stage', 'withdraw'] as const).every((k) => b[k] === undefined || b[k] === a[k]);

/**
 * Statuses of what is no claim: an inquiry to Qoo10 about one ("Answered"), shown beside its order
 * number. Only these: an unknown wording may be a claim's that the tables do not know yet (処理中,
 * Pending), and such a detail must say it cannot be read.
 */
const OTHER_STATUSES = new Set(
  ['Answered', 'Unanswered', 'Replied', 'Awaiting Reply', '回答済み', '回答済', '未回答', '回答待ち', '已回复', '已答复', '未回复', '待回复', '답변완료', '답변 대기', '미답변'].map(statusKey),
);
export const isOtherStatus = (text: string): boolean => OTHER_STATUSES.has(statusKey(text));

// Where a note may begin after the wording: a space, a bracket or a dash, or digits run on where the cell
// breaks a line ("キャンセル要請<br>2026/11/21" reads "キャンセル要請2026/11/21").
const NOTE_START = /[\s(（[［【\-–—~〜]|(?<=\D)\d/g;

// A cell showing a change ("变更后：退货:退货中 / 变更前：退货:撤回保留"): the status after it is the status now.
const CHANGED = /(?:变更后|變更後|変更後|변경\s*후|after\s*change)\s*[:：]?\s*(.*?)\s*(?:\/\s*)?(?=变更前|變更前|変更前|변경\s*전|before\s*change|$)/i;
// A mark before the wording that says nothing of the claim: "[新]", "【急】", "★", a "NEW" or "延迟" badge, or the status's code
// ("RT01 退货:处理要求", "CN01取消:取消要求", "5 返品中"): the wording after it says what the code does.
// Only these words in brackets: "【撤回保留】退货:处理要求" or "[完了] 返品要請" say something of the claim.
const LEADING_MARK = /^\s*(?:[[［【]\s*(?:新|new|急|至急|緊急|紧急|重要|hot|신규|긴급|要確認|要确认)\s*[\]］】]|[★☆●○◆◇■□▶►※!！]|[A-Za-z]{1,4}\d{1,3}(?![\dA-Za-z])|\d{1,2}(?=\s)|new(?=\s)|延迟|遅延|지연|delayed(?=\s))\s*[·・|:：-]?\s*/i;

// A cell listing the claim's statuses with their days ("교환 신청 2026/11/06 교환 승인 2026/11/08 다시 배송 중
// 2026/11/10"): a history, whose latest line is the status now.
const DATED = /(\d{4}\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/;

const sameMeaning = (a: StatusMeaning, b: StatusMeaning) => a.kind === b.kind && a.stage === b.stage && a.withdraw === b.withdraw;

/**
 * A status printed in two languages ("返品要請 / Return Request"): what both halves say; null when they say
 * two statuses ("返品中 / Return Request"); undefined when no split has two readable halves.
 */
function bilingualMeaning(text: string): StatusMeaning | null | undefined {
  for (const [first, second] of bilingualHalves(text)) {
    const [a, b] = [meaningOfText(first), meaningOfText(second)];
    if (a && b) return sameMeaning(a, b) ? a : null;
  }
  return undefined;
}

/** The latest line's status; null for a history whose status now is not clear; undefined for no history. */
function latestOfHistory(text: string): StatusMeaning | null | undefined {
  const parts = text.split(DATED);
  if (parts.length < 5 || parts.at(-1)!.trim()) return undefined;
  const lines: Array<{ day: string; meaning: StatusMeaning }> = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meaning = meaningOfText(parts[i]!) ?? bilingualMeaning(parts[i]!) ?? undefined;
    if (!meaning) return undefined;
    lines.push({ meaning, day: parts[i + 1]!.replace(/\D+/g, (gap) => (gap.includes(':') ? ':' : '/')).replace(/\b(\d)\b/g, '0$1') });
  }
  const latest = lines.reduce((a, b) => (b.day > a.day ? b : a));
  // Not guessed: lines naming different kinds (no one claim's history), two statuses on the latest day,
  // or an earlier withdraw request the latest line says nothing of (cancelled or refused: a cooldown it hides).
  const unclear = lines.some(
    (l) =>
      l.meaning.kind !== latest.meaning.kind ||
      (l !== latest && ((l.meaning.withdraw && !latest.meaning.withdraw) || (l.day === latest.day && !sameMeaning(l.meaning, latest.meaning)))),
  );
  return unclear ? null : latest.meaning;
}

function meaningOf(text: string): StatusMeaning | undefined {
  // The change's and the history's patterns are tried (and compiled) only where they can match: a change
  // names what came after it (后, 後, 후, "after"), a history prints digits.
  const changed = /[后後후]|after/i.test(text) && CHANGED.exec(text);
  if (changed && changed[1]) return meaningOf(changed[1]);
  if (/\d/.test(text) && DATED.test(text)) {
    const latest = latestOfHistory(text);
    if (latest !== undefined) return latest ?? undefined;
  }
  const twoLanguages = bilingualMeaning(text);
  if (twoLanguages !== undefined) return twoLanguages ?? undefined;
  const bare = meaningOfText(text);
  if (bare || !LEADING_MARK.test(text)) return bare;
  return meaningOfText(text.replace(LEADING_MARK, ''));
}

function meaningOfText(text: string): StatusMeaning | undefined {
  const key = statusKey(text);
  const whole = meaningOfKey(key);
  if (whole || !key) return whole;
  // The longest start that is a known wording: what follows is a note on it. Not a wording that is also a
  // kind past the request stage (§7's bare "Non-receipt", a refund done): "Non-receipt : Under
  // Investigation" or "Non-receipt (Reported)" is a report at a stage still to read.
  for (const { index } of [...text.matchAll(NOTE_START)].reverse()) {
    const start = statusKey(text.slice(0, index));
    const main = index ? meaningOfKey(start) : undefined;
    if (main && !(KINDS.has(start) && main.stage != R)) return withNote(main, statusKey(text.slice(index)).replace(/^[-–—~〜/／|｜]+/, ''), /[-–—]/.test(text[index] ?? ''));
  }
  return undefined;
}

/**
 * A note after the wording ("반품요청 (처리 지연)", "キャンセル要請 3日経過", "D+5", "退货:处理要求 [R04]") is passed
 * over only when it cannot change the verdict: a date, "delayed", elapsed days, "re-applied" (재신청) or a code; the same stage
 * in other words; any note on a claim past its request stage; a note saying what the withdraw state the
 * status names means ("고객 응답 대기", "顧客拒否"). A note naming the withdraw state adds it. Any other
 * note on a request leaves the status unknown: "返品要請(返品中)" is no open request, and "(Rejected)",
 * "(已退款)" or "(승인)" say something the tables do not know.
 */
const HARMLESS_NOTE = /[\d/.:~?ⓘ()-]|[年月日년월일天第]|経過|경과|days?|elapsed|d\+|재신청|再申請|重新申请|剩余|残り|남음|left|remaining|処理遅延|处理延迟|처리지연|已?延迟|遅延|지연|delayed|delay/g;
const CODE = /^[a-z]{1,3}\d+$/;
const STATE_NOTES = {
  requested: /^(고객응답대기|顧客回答待ち|等待(客户|买家)(回应|回复|答复)|awaiting(the)?(buyer|customer)(response)?|waitingfor(the)?(buyer|customer)(response)?)$/,
  held: /^(고객거절|顧客拒否|(客户|买家)已?拒绝|(buyer|customer)refused|refusedby(the)?(buyer|customer))$/,
};

/** `joined`: the note follows a dash, which joins a stage to its sub-stage ("退货中-退货保留"). */
function withNote(main: StatusMeaning, note: string, joined = false): StatusMeaning | undefined {
  const rest = note.replace(HARMLESS_NOTE, '');
  if (!rest || CODE.test(note)) return main;
  const withdraw = WITHDRAWS.get(note.replace(/[中중]$/, ''));
  if (withdraw) return !main.withdraw || main.withdraw === withdraw ? { ...main, withdraw } : undefined;
  if (main.withdraw && STATE_NOTES[main.withdraw].test(rest)) return main;
  const { kind } = main;
  if (!kind) return undefined;
  const named = STATUS_NAMES[note];
  const stage = STAGES[kind].get(note) ?? (named?.kind === kind ? named.stage : undefined);
  // Past the request stage no note can open the claim again ("Return Complete (refund completed on …)");
  // a sub-stage joined by a dash is the finer stage ("退货:退货中-退货保留").
  if (main.stage !== R) return joined && stage && stage !== R ? { ...main, stage } : main;
  return stage === main.stage ? main : undefined;
}

function meaningOfKey(key: string): StatusMeaning | undefined {
  if (!key) return undefined;
  const single = STATUS_NAMES[key];
  if (single) return single;
  const withdrawOnly = WITHDRAWS.get(key);
  if (withdrawOnly) return { withdraw: withdrawOnly };
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  const kind = KINDS.get(key.slice(0, colon));
  const rest = key.slice(colon + 1);
  if (kind === 'withdraw') {
    const w = WITHDRAWS.get(rest) ?? WITHDRAWS.get(`撤回${rest}`);
    return w ? { withdraw: w } : undefined;
  }
  if (!kind) return undefined;
  // "退货:撤回要请": the kind is named, the stage is the withdraw state. A withdraw can only be sent at the
  // request stage (§3.1) and a pending or refused request leaves the claim there.
  const w = WITHDRAWS.get(rest);
  if (w) return { kind, stage: R, withdraw: w };
  const stage = STAGES[kind].get(rest) ?? (STATUS_NAMES[rest]?.kind === kind ? STATUS_NAMES[rest]?.stage : undefined);
  return stage ? { kind, stage } : undefined;
}

/** What a claim-type cell or value names ("Return", "返品", "교환"), for a status naming only the withdraw state. */
export function readKind(text: string): ClaimKind | undefined {
  const kind = KINDS.get(statusKey(text));
  return kind === 'withdraw' ? undefined : kind;
}
