/** Reminders derived from the claim history; pure planning, the background does the alarms. */
export { planReminders, activeReminders, dueReminders, nextAlarmAt, needsActionCount, firedIdsToKeep, hasSomethingAhead, type Reminder } from './plan';
