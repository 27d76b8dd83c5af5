export default defineContentScript({
  matches: ['https://qsm.qoo10.jp/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // The page overlay is mounted here (issue #3).
  },
});
