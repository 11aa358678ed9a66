/** hadolint's checks of FROM and COPY --from: DL3006, DL3007, DL3022, DL3023, DL3024. */
import type { Dockerfile } from '../ast.ts';
import { dropQuotes, finding, type DockerfileFinding } from './finding.ts';

/** DL3006 (untagged image), DL3007 (:latest) and DL3024 (duplicate stage name), stage by stage. */
export function checkBaseImages(file: Dockerfile): DockerfileFinding[] {
  const out: DockerfileFinding[] = [];
  const aliases = new Set<string>();
  for (const stage of file.stages) {
    const from = stage.from.from;
    if (!from) continue;
    const image = from.image.value;
    // scratch has no versions, an earlier stage is versioned by this file, and a variable is not known here.
    const exempt = image.toLowerCase() === 'scratch' || aliases.has(image.toLowerCase());
    if (!exempt && !from.tag && !from.digest && !image.includes('$')) {
      out.push(finding('DL3006', from.image, `tag the image explicitly, e.g. ${image}:<version>; untagged it means :latest`, stage.from));
    }
    if (!exempt && from.tag?.value === 'latest') {
      out.push(
        finding('DL3007', from.tag, `${image} moves with every release; pin a version tag or a digest instead of latest`, stage.from),
      );
    }
    if (from.alias && stage.name !== undefined) {
      if (aliases.has(stage.name)) {
        out.push(finding('DL3024', from.alias, `the stage name "${from.alias.value}" is already used by an earlier FROM`, stage.from));
      }
      aliases.add(stage.name);
    }
  }
  return out;
}

function first(names: Set<string>, count: number): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (out.length === count) break;
    out.push(name);
  }
  return out;
}

/** DL3022 (COPY --from an unknown stage) and DL3023 (COPY --from its own stage). */
export function checkCopyFrom(file: Dockerfile): DockerfileFinding[] {
  const out: DockerfileFinding[] = [];
  const names = new Set<string>();
  let count = 0;
  for (const ins of file.instructions) {
    if (ins.name === 'FROM') {
      count++;
      const alias = ins.from?.alias?.value.toLowerCase();
      if (alias) names.add(alias);
    }
    const flag = ins.name === 'COPY' ? ins.flags.find((f) => f.name === 'from') : undefined;
    if (!flag?.valueToken || flag.value === undefined) continue;
    const value = dropQuotes(flag.value).toLowerCase();
    const own = file.stages[ins.stage];
    if (own && (value === own.name || value === String(own.index))) {
      out.push(finding('DL3023', flag.valueToken, `this COPY is in stage "${flag.value}" itself; copy from an earlier stage`, ins));
      continue;
    }
    // An image reference (with a tag) or a variable is no stage name; hadolint also leaves image references alone.
    if (value.includes(':') || value.includes('$') || names.has(value)) continue;
    if (/^\d+$/.test(value) && Number(value) < count) continue;
    const known = first(names, 5)
      .map((n) => `"${n}"`)
      .join(', ');
    out.push(
      finding(
        'DL3022',
        flag.valueToken,
        `no stage named "${flag.value}" is defined above${known ? ` (defined: ${known})` : ''}; it would be pulled as an image`,
        ins,
      ),
    );
  }
  return out;
}
