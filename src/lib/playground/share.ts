/**
 * The playground's state in a URL: its tabs (file names and text), deflated and base64url-encoded
 * into `#s=...`, so a link reproduces what a learner sees. Reading is defensive: a link is
 * untrusted input, and a malformed, oversized or hostile one gives a reason, never an error.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** One editor tab. */
export interface PlaygroundTab {
  name: string;
  text: string;
}

/** Limits on what a link may hold. */
export const SHARE_LIMITS = { hashChars: 150_000, inflatedBytes: 2 * 1024 * 1024, tabs: 20, nameChars: 100 } as const;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** The `#s=` fragment for some tabs. */
export function encodeShare(tabs: readonly PlaygroundTab[]): string {
  const json = JSON.stringify({ v: 1, tabs: tabs.map(({ name, text }) => [name, text]) });
  return `#s=${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** Why a link could not be read. */
export type ShareProblem = 'too-large' | 'not-encoded' | 'not-deflated' | 'not-json' | 'wrong-shape';

/** Reads a location hash; `undefined` when it carries no playground state at all. */
export function decodeShare(hash: string): { tabs: PlaygroundTab[] } | { problem: ShareProblem; message: string } | undefined {
  const match = /^#?s=([\s\S]*)$/.exec(hash);
  if (!match) return undefined;
  const payload = match[1] ?? '';
  if (payload.length > SHARE_LIMITS.hashChars)
    return {
      problem: 'too-large',
      message: `the link is ${payload.length.toLocaleString('en')} characters; links over ${SHARE_LIMITS.hashChars.toLocaleString('en')} are not opened`,
    };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { problem: 'not-encoded', message: 'the link is damaged: it is not base64url text' };
  let json: string;
  try {
    // inflateSync grows its buffer as needed; a 150 KB payload cannot expand past about 150 MB,
    // and the limit below turns a decompression bomb into a message rather than a freeze.
    const inflated = inflateSync(bytes);
    if (inflated.length > SHARE_LIMITS.inflatedBytes)
      return { problem: 'too-large', message: 'the link holds more than 2 MB of text; it is not opened' };
    json = strFromU8(inflated);
  } catch {
    return { problem: 'not-deflated', message: 'the link is damaged: its content cannot be unpacked' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'not-json', message: 'the link is damaged: its content is not readable' };
  }
  const raw = (value as { v?: unknown; tabs?: unknown } | null)?.tabs;
  if ((value as { v?: unknown } | null)?.v !== 1 || !Array.isArray(raw) || raw.length === 0 || raw.length > SHARE_LIMITS.tabs) {
    return { problem: 'wrong-shape', message: `the link does not hold 1 to ${SHARE_LIMITS.tabs} files` };
  }
  const tabs: PlaygroundTab[] = [];
  for (const entry of raw) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || entry[0].length > SHARE_LIMITS.nameChars) {
      return { problem: 'wrong-shape', message: 'the link holds something that is not a file name and its text' };
    }
    const wanted = entry[0].replace(/[\p{Cc}/\\]/gu, '').trim() || 'untitled.yaml';
    // Two tabs with one name would mix their diagnostics: the later ones get a number.
    let name = wanted;
    for (let n = 2; tabs.some((tab) => tab.name.toLowerCase() === name.toLowerCase()); n++) name = `${n}-${wanted}`;
    tabs.push({ name, text: entry[1] });
  }
  return { tabs };
}
