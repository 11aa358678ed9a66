/** hadolint's checks of single instructions: DL3000, DL3002, DL3020, DL3025, DL3045. */
import type { Dockerfile } from '../ast.ts';
import { dropQuotes, finding, type DockerfileFinding } from './finding.ts';

const ARCHIVES = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];
const isAbsolute = (path: string): boolean => path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path);

/** DL3000: WORKDIR must be absolute (or a variable). */
export function checkWorkdir(file: Dockerfile): DockerfileFinding[] {
  return file.instructions
    .filter((ins) => ins.name === 'WORKDIR' && ins.args && !/^(?:[/$]|[A-Za-z]:)/.test(dropQuotes(ins.args.value)))
    .map((ins) =>
      finding(
        'DL3000',
        ins.args ?? ins.keyword,
        `WORKDIR ${ins.args?.value} is relative; write /${ins.args?.value ?? ''} or another absolute path`,
        ins,
      ),
    );
}

/** DL3002: in each stage, the last USER must not be root. */
export function checkRootUser(file: Dockerfile): DockerfileFinding[] {
  return file.stages.flatMap((stage) => {
    const last = stage.instructions.filter((ins) => ins.name === 'USER' && ins.args).pop();
    const user = last?.args?.value.trim() ?? '';
    const root = user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
    return last?.args && root
      ? [finding('DL3002', last.args, `the last USER of this stage is ${user}; switch to an unprivileged user`, last)]
      : [];
  });
}

/** DL3020: ADD only for URLs and archives. */
export function checkAdd(file: Dockerfile): DockerfileFinding[] {
  return file.instructions.flatMap((ins) => {
    if (ins.name !== 'ADD') return [];
    const plain = ins.sources.find((s) => {
      const path = dropQuotes(s.value);
      return !ARCHIVES.some((ext) => path.endsWith(ext)) && !/^https?:\/\//.test(path);
    });
    return plain ? [finding('DL3020', plain, `use COPY for ${plain.value}: ADD is for URLs and archives to unpack`, ins)] : [];
  });
}

/** DL3025: CMD and ENTRYPOINT in exec (JSON) form. */
export function checkExecForm(file: Dockerfile): DockerfileFinding[] {
  return file.instructions
    .filter((ins) => (ins.name === 'CMD' || ins.name === 'ENTRYPOINT') && ins.form === 'shell' && ins.args)
    .map((ins) => {
      // Only suggest the JSON form when the words need no shell (no quotes, variables or operators).
      const plain = !ins.malformedExec && ins.words.every((w) => /^[\w./:=@%+,-]+$/.test(w.value));
      const hint = plain ? `: ${ins.name} [${ins.words.map((w) => JSON.stringify(w.value)).join(', ')}]` : '';
      return finding(
        'DL3025',
        ins.args ?? ins.keyword,
        `${ins.name} in shell form runs under /bin/sh, which does not pass on signals; use the JSON form${hint}`,
        ins,
      );
    });
}

/** DL3045: COPY to a relative destination needs a WORKDIR in the stage (or in the stage it builds on). */
export function checkRelativeCopy(file: Dockerfile): DockerfileFinding[] {
  const out: DockerfileFinding[] = [];
  const workdirSet: boolean[] = [];
  for (const stage of file.stages) {
    let set = stage.base === undefined ? false : (workdirSet[stage.base] ?? false);
    for (const ins of stage.instructions) {
      if (ins.name === 'WORKDIR') set = true;
      const dest = ins.name === 'COPY' ? ins.destination : undefined;
      if (dest && !set && !isAbsolute(dropQuotes(dest.value))) {
        out.push(
          finding(
            'DL3045',
            dest,
            `COPY to the relative path ${dest.value}, but this stage sets no WORKDIR; set one first or copy to an absolute path`,
            ins,
          ),
        );
      }
    }
    workdirSet[stage.index] = set;
  }
  return out;
}
