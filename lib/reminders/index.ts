/** Reminders derived from the claim history; pure planning, the background does the alarms. */
export { planReminders, activeReminders, dueReminders, nextAlarmAt, needsActionCount, firedIdsToKeep, type Reminder } from './plan';
