// 'wxt/browser' for the benchmark harness: extension storage kept in memory.
const store: Record<string, unknown> = {};
export const browser = {
  storage: {
    local: {
      async get(keys: string[] | string | null) {
        if (keys === null) return { ...store };
        return Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in store).map((k) => [k, store[k]]));
      },
      async set(items: Record<string, unknown>) {
        Object.assign(store, items);
      },
    },
  },
};
