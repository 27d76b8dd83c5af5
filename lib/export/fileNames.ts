/**
 * Names of the exported files. The date in a name is the seller's day in Japan, as every QSM date is: the
 * UTC day would still be yesterday until 09:00 JST, and a morning's export would look a day old.
 */
import { jstDay } from '../time';

export const historyCsvFileName = (now: Date) => `qsm-claims-${jstDay(now)}.csv`;
export const deadlinesIcsFileName = (now: Date) => `qsm-deadlines-${jstDay(now)}.ics`;
