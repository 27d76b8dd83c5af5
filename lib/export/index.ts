/** Exports of the claim history, in the seller's language; generated in the browser, nothing is sent. */
export { historyCsv } from './csv';
export { deadlinesIcs } from './ics';
export { deadlinesIcsFileName, historyCsvFileName } from './fileNames';
