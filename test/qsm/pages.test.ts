/** Page detectors by URL (each detector lists its example URLs beside it in lib/qsm/pages.ts). */
import { describe, expect, it } from 'vitest';
import { isClaimGridPage, isLoginDocument, isLoginUrl, isOrderListPage, isPopupPage, isQsmPage, mayHoldClaims } from '../../lib/qsm';
import { fixture } from './helpers';

const QSM = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web';

describe('page detectors', () => {
  it.each([
    [`${QSM}/Claim/ClaimManagement.aspx`, { grid: true, popup: false, orders: false, login: false, claims: true }],
    ['https://qsm.qoo10.jp/gmkt.inc.gsm.web/claim/claimmanagement.aspx?tab=2#x', { grid: true, popup: false, orders: false, login: false, claims: true }],
    [`${QSM}/PopUp/Claim/ClaimDetail.aspx?contr_no=1038452888`, { grid: false, popup: true, orders: false, login: false, claims: true }],
    [`${QSM}/Delivery/DeliveryManagement.aspx`, { grid: false, popup: false, orders: true, login: false, claims: false }],
    ['https://qsm.qoo10.jp/GMKT.INC.GSM.Web/Login.aspx', { grid: false, popup: false, orders: false, login: true, claims: false }],
    [`${QSM}/Goods/GoodsRegister.aspx`, { grid: false, popup: false, orders: false, login: false, claims: false }],
  ])('%s', (url, is) => {
    expect(isQsmPage(url)).toBe(true);
    expect({
      grid: isClaimGridPage(url), popup: isPopupPage(url), orders: isOrderListPage(url), login: isLoginUrl(url), claims: mayHoldClaims(url),
    }).toEqual(is);
  });

  it('is false off QSM, on other hosts, and for junk', () => {
    for (const url of ['https://www.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx', 'https://qsm.qoo10.jp/other/ClaimManagement.aspx', 'not a url', '']) {
      expect(isQsmPage(url)).toBe(false);
      expect(isClaimGridPage(url)).toBe(false);
    }
  });

  it('takes a URL object or a Location-like object', () => {
    expect(isClaimGridPage({ href: `${QSM}/Claim/ClaimManagement.aspx` })).toBe(true);
    expect(isPopupPage(`${QSM}/PopUp/x.aspx`)).toBe(true);
  });

  it('tells the login page by its title, whatever the URL (an expired session)', () => {
    expect(isLoginDocument(fixture('login.html'))).toBe(true);
    expect(isLoginDocument(fixture('grid-zh.html'))).toBe(false);
    expect(isLoginDocument(fixture('login.html').body)).toBe(true);
  });
});
