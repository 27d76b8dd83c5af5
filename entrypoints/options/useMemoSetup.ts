/** The options page's memo setup: loaded once (after WXT's migrations), saved on every change. */
import { useEffect, useState } from 'preact/hooks';
import { emptyMemoSetup, needsBackup, type MemoSetup } from '../../lib/memos/setup';
import { openMemoSetup, saveMemoSetup } from '../../lib/memos/store';

export function useMemoSetup() {
  const [setup, setSetup] = useState<MemoSetup>(emptyMemoSetup);
  const [repaired, setRepaired] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void openMemoSetup().then((reading) => {
      setSetup(reading.setup);
      setRepaired(needsBackup(reading.status));
      setLoaded(true);
    });
  }, []);
  // A save the browser refuses puts the page back to what is stored, and the caller says it failed.
  const update = async (next: MemoSetup) => {
    setSetup(next);
    try {
      await saveMemoSetup(next); // backs the unreadable stored value up first
    } catch (error) {
      void openMemoSetup().then((reading) => setSetup(reading.setup), () => undefined);
      throw error;
    }
  };
  return { setup, repaired, loaded, update };
}
