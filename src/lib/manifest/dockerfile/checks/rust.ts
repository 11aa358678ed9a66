/** What a reviewer of a Rust service's Dockerfile looks for: SA5004 to SA5008. */
import type { Dockerfile, Instruction } from '../ast.ts';
import { imageBase } from '../image.ts';
import { cargoCall, isCargoBuild, type CargoCall } from './commands.ts';
import { lineage, shippedCompile } from './image.ts';
import { commandsOf, dropQuotes, finding, spanBetween, type DockerfileFinding } from './finding.ts';

function cargoCalls(ins: Instruction): CargoCall[] {
  return commandsOf(ins).flatMap((command) => cargoCall(command) ?? []);
}

const has = (call: CargoCall, ...values: string[]): boolean =>
  call.args.some((a) => values.includes(a.value) || values.some((v) => a.value.startsWith(`${v}=`)));

/** SA5004 (no --locked) and SA5005 (no --release) on every cargo build in a RUN. */
export function checkCargoFlags(file: Dockerfile): DockerfileFinding[] {
  return file.instructions.flatMap((ins) =>
    (ins.name === 'RUN' ? cargoCalls(ins) : []).filter(isCargoBuild).flatMap((call) => {
      const span = spanBetween(call.cargo, call.subcommand);
      const out: DockerfileFinding[] = [];
      if (!has(call, '--locked', '--frozen')) {
        out.push(
          finding('SA5004', span, `cargo ${call.subcommand.value} without --locked may use other dependency versions than Cargo.lock`, ins),
        );
      }
      if (['build', 'b', 'zigbuild'].includes(call.subcommand.value) && !has(call, '--release', '-r', '--profile')) {
        out.push(finding('SA5005', span, 'this is a debug build, unoptimised and much larger; add --release', ins));
      }
      return out;
    }),
  );
}

/**
 * Whether a cargo call compiles the dependencies on their own: `cargo chef cook`. `cargo fetch` only
 * downloads the crates, and `cargo chef prepare` only writes the recipe; neither compiles anything.
 */
function buildsDependencies(call: CargoCall): boolean {
  if (call.subcommand.value !== 'chef') return false;
  const rest = call.args.slice(call.args.indexOf(call.subcommand) + 1);
  return rest.find((a) => !a.value.startsWith('-'))?.value === 'cook';
}

/** SA5006: the whole context is copied before the first cargo build, with no dependency layer or cache mount. */
export function checkDependencyLayer(file: Dockerfile): DockerfileFinding[] {
  return file.stages.flatMap((stage) => {
    const build = stage.instructions.findIndex((ins) => ins.name === 'RUN' && cargoCalls(ins).some(isCargoBuild));
    const run = stage.instructions[build];
    if (!run || run.flags.some((f) => f.name === 'mount' && /(?:^|,)type=cache(?:,|$)/.test(f.value ?? ''))) return [];
    const before = stage.instructions.slice(0, build);
    const warmed = before.some((ins) => cargoCalls(ins).some(buildsDependencies));
    const copies = before.filter((ins) => (ins.name === 'COPY' || ins.name === 'ADD') && !ins.flags.some((f) => f.name === 'from'));
    const copy = copies.find((ins) => ins.sources.some((s) => ['.', './'].includes(dropQuotes(s.value))));
    const whole = copy?.sources.find((s) => ['.', './'].includes(dropQuotes(s.value)));
    if (warmed || !copy || !whole) return [];
    return [
      finding(
        'SA5006',
        whole,
        `the whole context is copied before cargo builds (line ${run.line}), so any source change rebuilds every dependency`,
        copy,
      ),
    ];
  });
}

/**
 * SA5007: the final image is the Rust toolchain image: built FROM it, or FROM a stage that is
 * (`FROM builder`). An image that also compiles is left to SA5002, which says more.
 */
export function checkRuntimeImage(file: Dockerfile): DockerfileFinding[] {
  const last = file.stages[file.stages.length - 1];
  const from = last?.from.from;
  const root = last ? lineage(file, last).pop()?.from.from : undefined;
  if (!last || !from || !root || imageBase(root.name.value) !== 'rust' || shippedCompile(file)) return [];
  const what = root === from ? `is ${from.image.value}` : `builds on stage "${from.image.value}", which is ${root.image.value}`;
  return [
    finding(
      'SA5007',
      from.image,
      `the runtime stage ${what}, the whole Rust toolchain; run the binary on a slim or distroless image`,
      last.from,
    ),
  ];
}

/** SA5008: CMD or ENTRYPOINT compiles with cargo run at start-up. */
export function checkCargoRun(file: Dockerfile): DockerfileFinding[] {
  return file.instructions.flatMap((ins) => {
    if (ins.name !== 'CMD' && ins.name !== 'ENTRYPOINT') return [];
    const call = cargoCalls(ins).find((c) => c.subcommand.value === 'run');
    return call
      ? [
          finding(
            'SA5008',
            spanBetween(call.cargo, call.subcommand),
            `${ins.name} compiles the service at every start; build it in the image and run the binary`,
            ins,
          ),
        ]
      : [];
  });
}
