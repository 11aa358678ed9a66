/**
 * localStorage that never throws: private modes, sandboxed iframes and full quotas all make the
 * real thing fail, and the page must keep working (in memory) when it does.
 */
const memory = new Map<string, string>();

/** Reads a key; falls back to what this page wrote when storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

/** Writes a key (or removes it when `value` is null); returns false when only memory kept it. */
export function writeStored(key: string, value: string | null): boolean {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
