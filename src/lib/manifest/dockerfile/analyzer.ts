/** The Dockerfile family's analyzer: parses every Dockerfile of the input and reports what the checks find. */
import type { Analyzer } from '../family.ts';
import { lintDockerfile } from './lint.ts';
import { parseDockerfile } from './parser.ts';

/** Parses and checks each Dockerfile source; paths name the instruction ("RUN line 7"), resources the stage. */
export const dockerfileAnalyzer: Analyzer = {
  name: 'dockerfile/lint',
  run(context) {
    for (const source of context.dockerfiles) {
      const file = parseDockerfile(source.text);
      for (const f of lintDockerfile(file)) {
        const ins = f.instruction;
        const stage = ins ? file.stages[ins.stage] : undefined;
        context.reportAt(source.name, f.span, {
          code: f.code,
          message: f.message,
          path: ins ? `${ins.name} line ${ins.line}` : '',
          resource: stage ? `Dockerfile stage ${stage.name ?? stage.index}` : '',
        });
      }
    }
  },
};
