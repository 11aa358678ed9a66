/** Where an `astro build` spends its time, read from its log: the report compares ours with Starlight's phase by phase. */

/** Seconds per phase of one build, and the pages it wrote. */
export interface BuildPhases {
  pages: number;
  contentSync: number;
  serverBundle: number;
  clientBundle: number;
  render: number;
  search: number;
}

const seconds = (value: string, unit: string): number => Number(value) / (unit === 'ms' ? 1000 : 1);

/** The phases of a build log (Astro 7's wording, NO_COLOR); a phase the log does not show is NaN. */
export function buildPhases(log: string): BuildPhases {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].map((m) => seconds(m[1] ?? '', m[2] ?? ''));
  const afterRoutes = plain.slice(plain.indexOf('generating static routes'));
  const render = /✓ Completed in ([\d.]+)(ms|s)/.exec(afterRoutes);
  const sync = /\[types\] Generated ([\d.]+)(ms|s)/.exec(plain);
  // Ours logs "search: N pages indexed (M ms)"; Starlight "Finished building search index in Mms".
  const search = /pages indexed \((\d+) ms\)/.exec(plain) ?? /search index in ([\d.]+)ms/.exec(plain);
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(plain)?.[1] ?? Number.NaN),
    contentSync: sync ? seconds(sync[1] ?? '', sync[2] ?? '') : Number.NaN,
    serverBundle: bundles[0] ?? Number.NaN,
    clientBundle: bundles[1] ?? Number.NaN,
    render: render ? seconds(render[1] ?? '', render[2] ?? '') : Number.NaN,
    search: search ? Number(search[1]) / 1000 : 0,
  };
}
