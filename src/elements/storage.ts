/**
 * localStorage that never throws: private modes, sandboxed iframes and full quotas all make the
 * real thing fail, and the page must keep working (in memory) when it does.
 */
const memory = new Map<string, string | null>();

// Keys whose last write failed: for those, this page's own value wins over whatever storage still
// holds, or a reader would see the change undone.
const unsaved = new Set<string>();

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null) unsaved.clear();
    else unsaved.delete(event.key);
  });
}

/** Reads a key; falls back to what this page wrote when storage is unavailable. */
export function readStored(key: string): string | null {
  if (unsaved.has(key)) return memory.get(key) ?? null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

/** Writes a key (or removes it when `value` is null); returns false when only memory kept it. */
export function writeStored(key: string, value: string | null): boolean {
  memory.set(key, value);
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    unsaved.delete(key);
    return true;
  } catch {
    unsaved.add(key);
    return false;
  }
}
