/** Image references (`registry:5000/team/rust:1.85-slim@sha256:...`) split into name, tag and digest. */
import type { Range } from './words.ts';

/** The ranges of an image reference's parts, relative to the reference. */
export interface ImageParts {
  name: Range;
  tag: Range | undefined;
  digest: Range | undefined;
}

/** Splits a reference; a `:` inside `${...}` (a default value) is not a tag separator. */
export function splitImage(ref: string): ImageParts {
  const at = ref.indexOf('@');
  const beforeDigest = at === -1 ? ref.length : at;
  let colon = -1;
  let slash = -1;
  let braces = 0;
  for (let i = 0; i < beforeDigest; i++) {
    const c = ref[i];
    if (c === '{') braces++;
    else if (c === '}') braces = Math.max(0, braces - 1);
    else if (braces === 0 && c === ':') colon = i;
    else if (braces === 0 && c === '/') slash = i;
  }
  const tag = colon > slash ? { from: colon + 1, to: beforeDigest } : undefined;
  return {
    name: { from: 0, to: tag ? colon : beforeDigest },
    tag,
    digest: at === -1 ? undefined : { from: at + 1, to: ref.length },
  };
}

/** The last path segment of an image name, lower-cased: "rust" for "docker.io/library/rust". */
export function imageBase(name: string): string {
  return (name.split('/').pop() ?? '').toLowerCase();
}
