/**
 * Which QSM page this is, from its URL (each detector with the URLs it is meant for). QSM paths are
 * case-insensitive: the manual links GMKT.INC.GSM.Web, the site itself uses GMKT.INC.Gsm.Web.
 * The document decides what is really on the page (findDetailRoots, findClaimGrid); these only tell
 * the content script where to look first.
 */
export type UrlLike = string | URL | { href: string };

function parts(url: UrlLike): { host: string; path: string } {
  try {
    const u = new URL(typeof url === 'string' ? url : url.href);
    return { host: u.hostname.toLowerCase(), path: u.pathname.toLowerCase() };
  } catch {
    return { host: '', path: '' };
  }
}

const QSM_ROOT = '/gmkt.inc.gsm.web/';

/**
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx
 * https://qsm.qoo10.jp/GMKT.INC.GSM.Web/Login.aspx
 */
export function isQsmPage(url: UrlLike): boolean {
  const { host, path } = parts(url);
  return host === 'qsm.qoo10.jp' && path.startsWith(QSM_ROOT);
}

/**
 * The claim list (取消/退货/未收取) with the status grid; a detail may open over it as a layer.
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?tab=detail
 */
export function isClaimGridPage(url: UrlLike): boolean {
  return isQsmPage(url) && parts(url).path.endsWith('/claim/claimmanagement.aspx');
}

/**
 * QSM's popup windows (and iframes) live under PopUp/; a claim detail may open in one.
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/PopUp/Claim/ClaimDetail.aspx?contr_no=1038452888
 */
export function isPopupPage(url: UrlLike): boolean {
  return isQsmPage(url) && parts(url).path.includes('/popup/');
}

/**
 * The order (delivery) list: not a claim page, left alone.
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Delivery/DeliveryManagement.aspx
 */
export function isOrderListPage(url: UrlLike): boolean {
  return isQsmPage(url) && parts(url).path.endsWith('/delivery/deliverymanagement.aspx');
}

/**
 * The login page by URL; an expired session can show it under any URL, so also check isLoginDocument
 * (title "QSM LOGIN").
 * https://qsm.qoo10.jp/GMKT.INC.GSM.Web/Login.aspx
 */
export function isLoginUrl(url: UrlLike): boolean {
  return isQsmPage(url) && parts(url).path.endsWith('/login.aspx');
}

/**
 * Pages where a claim detail or the claim grid can appear: the claim pages and popups.
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx
 * https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/PopUp/Claim/ClaimDetail.aspx?contr_no=1038452888
 */
export function mayHoldClaims(url: UrlLike): boolean {
  return isQsmPage(url) && !isLoginUrl(url) && !isOrderListPage(url) && (parts(url).path.includes('/claim/') || isPopupPage(url));
}
