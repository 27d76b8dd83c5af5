/** The Japanese catalog as the content script imports it (badge and views words), for start() in tests. */
import { MESSAGES } from '../../lib/i18n/bundled';
import { badgeCatalog, viewsCatalog } from '../../lib/i18n/contentCatalog';

export default { ...badgeCatalog(MESSAGES.ja), ...viewsCatalog(MESSAGES.ja) };
