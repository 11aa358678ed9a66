/** Rules for the playground's tabs (file names): which are Dockerfiles, which names are allowed, what a new tab is called. */
import { SHARE_LIMITS } from './share.ts';

/** "Dockerfile", "Dockerfile.musl", "api.dockerfile", "Containerfile": read as a Dockerfile; anything else as YAML. */
export function isDockerfileName(name: string): boolean {
  return /^(?:docker|container)file(?:\..+)?$/i.test(name) || /\.(?:docker|container)file$/i.test(name);
}

/** Why `name` cannot be a tab's name (`others` are the other tabs' names), or undefined when it can. */
export function tabNameProblem(name: string, others: readonly string[]): string | undefined {
  if (name.trim() === '') return 'a file name cannot be empty';
  if (name !== name.trim()) return 'a file name cannot start or end with spaces';
  if (name.length > SHARE_LIMITS.nameChars) return `a file name has at most ${SHARE_LIMITS.nameChars} characters`;
  if (/[\\/\u0000-\u001f\u007f]/.test(name)) return 'a file name cannot contain slashes or control characters';
  if (others.some((other) => other.toLowerCase() === name.toLowerCase())) return `another tab is already called ${name}`;
  return undefined;
}

/** The first free "untitled-N.yaml" (or "Dockerfile-N" style) name. */
export function newTabName(existing: readonly string[], dockerfile = false): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = dockerfile ? (n === 1 ? 'Dockerfile' : `Dockerfile.${n}`) : `untitled-${n}.yaml`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
