export default defineBackground(() => {
  // Reminders and the toolbar count are wired here by later work (issue #5).
});
