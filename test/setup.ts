// Components and i18n tests read the bundled catalogs, as the popup and options pages do; the content
// script's own catalogs are tested on their own (test/i18n/contentCatalog.test.ts).
import { setMessageSource } from '../lib/i18n';
import { bundledMessages } from '../lib/i18n/bundled';
import { setPanelLoader } from '../components/panels';

setMessageSource(bundledMessages);

// The content script loads its Preact views from the extension's files; tests import them directly.
setPanelLoader(() => import('../entrypoints/qsm.content/panels'));
