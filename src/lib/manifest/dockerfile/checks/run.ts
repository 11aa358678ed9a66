/** hadolint's checks of RUN and SHELL: DL3003, DL3059, DL4006. */
import type { Dockerfile, Instruction } from '../ast.ts';
import { flagsOf } from '../shell.ts';
import { commandsOf, finding, programName, type DockerfileFinding } from './finding.ts';

// Compared by basename, as hadolint does: /usr/bin/bash and /bin/bash are the same shell.
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash']);
const NON_POSIX_SHELLS = new Set(['pwsh', 'powershell', 'cmd']);

/** DL3003: `cd` in a RUN; WORKDIR is the way to change directory. */
export function checkCd(file: Dockerfile): DockerfileFinding[] {
  return file.instructions.flatMap((ins) => {
    const cd = ins.name === 'RUN' ? commandsOf(ins).find((c) => c.name.value === 'cd') : undefined;
    return cd ? [finding('DL3003', cd.name, 'cd only lasts for this RUN; use WORKDIR to change directory', ins)] : [];
  });
}

const flagKey = (ins: Instruction): string =>
  ins.flags
    .map((f) => f.token.value)
    .sort()
    .join(' ');

/** DL3059: consecutive RUNs with the same flags and at most two commands each could be one. */
export function checkConsecutiveRuns(file: Dockerfile): DockerfileFinding[] {
  const out: DockerfileFinding[] = [];
  let previous: { flags: string; count: number } | undefined;
  for (const ins of file.instructions) {
    if (ins.name !== 'RUN') {
      previous = undefined;
      continue;
    }
    const count = Math.max(1, commandsOf(ins).length);
    if (previous && previous.flags === flagKey(ins) && count <= 2 && previous.count <= 2) {
      out.push(finding('DL3059', ins.keyword, 'this RUN follows another RUN; consider joining them with && into one layer', ins));
    } else previous = { flags: flagKey(ins), count };
  }
  return out;
}

/** Whether a SHELL makes pipes safe: a non-POSIX shell, or bash/zsh/ash with `-o pipefail`. */
function safeShell(ins: Instruction): boolean {
  const [program, ...args] = ins.words;
  if (!program) return false;
  if (NON_POSIX_SHELLS.has(programName(program.value))) return true;
  return PIPEFAIL_SHELLS.has(programName(program.value)) && flagsOf(args).includes('o') && args.some((a) => a.value === 'pipefail');
}

/** DL4006: a RUN with a pipe needs `-o pipefail` set by SHELL earlier in its stage. */
export function checkPipefail(file: Dockerfile): DockerfileFinding[] {
  const out: DockerfileFinding[] = [];
  let safe = false;
  for (const ins of file.instructions) {
    if (ins.name === 'FROM') safe = false;
    else if (ins.name === 'SHELL' && ins.form === 'exec') safe = safeShell(ins);
    const pipe = ins.name === 'RUN' && !safe ? ins.shell?.pipes[0] : undefined;
    if (pipe) {
      out.push(
        finding(
          'DL4006',
          pipe,
          'without pipefail this RUN only fails when the last command of the pipe fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"] first',
          ins,
        ),
      );
    }
  }
  return out;
}
