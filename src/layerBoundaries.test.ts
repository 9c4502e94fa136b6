import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The layer boundaries are lint rules (.oxlintrc.json): a rule that never fires looks exactly
 * like a tree that obeys it. These fixtures prove each rule fires: a throwaway tree in a temp
 * directory, each file with one import, linted once with the project's own config (copied, so
 * its `files` globs match `src/...` there as they do here). Not type-aware: these rules read
 * import specifiers and the module graph only.
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const oxlint = join(repoRoot, 'node_modules', '.bin', 'oxlint');

/**
 * A file of the fixture tree, importing `name` (x unless told) from `from`; `forbidden` says
 * whether lint must refuse it.
 */
interface ImportCase {
  readonly file: string;
  readonly from: string;
  readonly forbidden: boolean;
  readonly name?: string;
}

const no = (file: string, from: string, name?: string): ImportCase => ({
  file,
  from,
  forbidden: true,
  ...(name ? { name } : {}),
});
const ok = (file: string, from: string, name?: string): ImportCase => ({
  file,
  from,
  forbidden: false,
  ...(name ? { name } : {}),
});

const directions: Record<string, readonly ImportCase[]> = {
  'src/core imports no other layer and no platform': [
    no('src/core/a.ts', '../ui/x.ts'),
    no('src/core/b.ts', '../live/x.ts'),
    no('src/core/c.ts', '../mocks/x.ts'),
    no('src/core/d.ts', '../cli/x.ts'),
    no('src/core/e.ts', 'node:fs'),
    ok('src/core/f.ts', './clock.ts'),
  ],
  "the exports and their menu read the run's plan (runPlanOf), they do not plan again": [
    no('src/core/export/a.ts', '../scenario.ts', 'modelSpecOf'),
    no('src/core/export/b.ts', '../scenario.ts', 'planCalls'),
    no('src/core/export/c.ts', '../faults/faultSetup.ts', 'faultSetupOf'),
    no('src/core/export/d.ts', '../faults/predictFaults.ts', 'predictScenarioFaults'),
    no('src/core/export/e.ts', '../predict.ts', 'predict'),
    no('src/core/export/f.ts', '../../ui/x.ts'),
    no('src/ui/export/a.ts', '../../core/scenario.ts', 'modelSpecOf'),
    no('src/ui/export/b.ts', '../../core/faults/faultSetup.ts', 'faultSetupOf'),
    no('src/ui/export/c.ts', '../labs/x.ts'),
    ok('src/core/export/g.ts', '../planScenario.ts', 'planScenario'),
    ok('src/core/export/h.ts', '../scenario.ts', 'DEFAULT_SCENARIO'),
    ok('src/ui/export/d.ts', '../../core/export/exportableRun.ts', 'runPlanOf'),
    ok('src/core/i.ts', './scenario.ts', 'modelSpecOf'),
  ],
  'src/live and src/mocks do not import each other, outside their tests': [
    no('src/live/a.ts', '../mocks/x.ts'),
    no('src/live/server/b.ts', 'msw'),
    no('src/mocks/a.ts', '../live/x.ts'),
    ok('src/mocks/b.ts', 'msw'),
    ok('src/live/c.test.ts', '../mocks/x.ts'),
    ok('src/live/testing/d.ts', '../../mocks/x.ts'),
    ok('src/mocks/c.test.ts', '../live/x.ts'),
    ok('src/live/e.ts', '../core/x.ts'),
    ok('src/mocks/d.ts', '../core/x.ts'),
  ],
  'live, mocks and cli import no React, ui or app; nothing imports cli': [
    no('src/live/f.ts', '../ui/x.ts'),
    no('src/mocks/e.ts', 'react'),
    no('src/live/g.ts', '../cli/x.ts'),
    no('src/mocks/f.ts', '../cli/x.ts'),
    no('src/app/a.ts', '../cli/x.ts'),
    no('src/ui/a.ts', '../cli/x.ts'),
  ],
  'src/cli runs over core only: no live engine, no mocks': [
    no('src/cli/a.ts', '../live/x.ts'),
    no('src/cli/b.ts', '../mocks/x.ts'),
    no('src/cli/c.ts', 'msw/node'),
    no('src/cli/d.ts', '../ui/x.ts'),
    ok('src/cli/e.ts', '../core/x.ts'),
  ],
  'src/server (the Node upstream) builds on core; only cli (and scripts, bench) import it': [
    ok('src/server/a.ts', '../core/x.ts'),
    ok('src/server/b.ts', 'node:http2'),
    no('src/server/c.ts', '../mocks/x.ts'),
    no('src/server/d.ts', '../live/x.ts'),
    no('src/server/e.ts', '../ui/x.ts'),
    no('src/server/f.ts', 'msw/node'),
    no('src/server/g.ts', '../cli/x.ts'),
    ok('src/cli/f.ts', '../server/x.ts'),
    no('src/app/e.ts', '../server/x.ts'),
    no('src/ui/e.ts', '../server/x.ts'),
    no('src/ui/labs/d.ts', '../../server/x.ts'),
    no('src/ui/shell/c.ts', '../../server/x.ts'),
    no('src/live/h.ts', '../server/x.ts'),
    no('src/live/i.test.ts', '../server/x.ts'),
    no('src/mocks/g.ts', '../server/x.ts'),
    // The other folders named server are their layers' own.
    ok('src/app/f.ts', '../live/server/x.ts'),
    ok('src/ui/f.ts', '../core/server/x.ts'),
    ok('src/ui/shell/d.ts', '../labs/server/x.ts'),
    ok('src/mocks/h.ts', '../core/server/x.ts'),
  ],
  'src/app wires every layer': [
    ok('src/app/b.ts', '../live/x.ts'),
    ok('src/app/c.ts', '../mocks/x.ts'),
    ok('src/app/d.ts', '../ui/x.ts'),
  ],
  'ui imports core, not app, live or mocks': [
    no('src/ui/b.ts', '../live/x.ts'),
    no('src/ui/labs/a.ts', '../../mocks/x.ts'),
    no('src/ui/presenter/a.ts', '../../app/x.ts'),
    ok('src/ui/c.ts', '../core/x.ts'),
    // src/core/live is pure core (the live planner), not the live engine.
    ok('src/ui/run/b.ts', '../../core/live/x.ts'),
    no('src/ui/run/c.ts', '../../live/x.ts'),
  ],
  "ui's shared parts do not import the labs, the presenter or the shell": [
    no('src/ui/charts/a.ts', '../labs/x.ts'),
    no('src/ui/timeline/a.ts', '../presenter/x.ts'),
    no('src/ui/run/a.ts', '../shell/x.ts'),
    no('src/ui/d.ts', './labs/x.ts'),
    ok('src/ui/charts/b.ts', '../timeline/timelineData.ts'),
  ],
  'labs and presenter reach the timeline kit through its front door only': [
    no('src/ui/labs/compare/a.ts', '../../timeline/timelineData.ts'),
    no('src/ui/presenter/b.ts', '../timeline/timeScale.ts'),
    ok('src/ui/labs/compare/b.ts', '../../timeline/index.ts'),
    ok('src/ui/labs/server/a.test.ts', '../../timeline/testing/recordingCanvas.ts'),
    ok('src/ui/presenter/c.ts', '../timeline/index.ts'),
  ],
  'the presenter does not import labs; nothing below the shell imports it': [
    no('src/ui/presenter/d.ts', '../labs/x.ts'),
    no('src/ui/labs/b.ts', '../shell/x.ts'),
    ok('src/ui/labs/c.ts', '../presenter/x.ts'),
    ok('src/ui/shell/a.ts', '../labs/x.ts'),
    ok('src/ui/shell/b.ts', '../presenter/x.ts'),
  ],
};

/** Two files that import each other, and a third that imports one of them without a cycle. */
const cycle = {
  'src/ui/run/cycleA.ts': "import { b } from './cycleB.ts';\nexport const a = (): number => b();\n",
  'src/ui/run/cycleB.ts':
    "import { a } from './cycleA.ts';\nexport const b = (): number => 1;\nexport const c = (): number => a();\n",
  'src/ui/run/oneWay.ts': "import { a } from './cycleA.ts';\nexport const d = (): number => a();\n",
};

interface Diagnostic {
  readonly code: string;
  readonly filename: string;
}

let fixtureRoot = '';
let diagnostics: readonly Diagnostic[] = [];

beforeAll(() => {
  fixtureRoot = mkdtempSync(join(tmpdir(), 'overlap-boundaries-'));
  copyFileSync(join(repoRoot, '.oxlintrc.json'), join(fixtureRoot, '.oxlintrc.json'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(fixtureRoot, file)), { recursive: true });
    writeFileSync(join(fixtureRoot, file), text);
  };
  for (const cases of Object.values(directions)) {
    for (const { file, from, name = 'x' } of cases)
      write(file, `import { ${name} } from '${from}';\nexport const y = ${name};\n`);
  }
  for (const [file, text] of Object.entries(cycle)) write(file, text);
  const lint = spawnSync(oxlint, ['--format', 'json', 'src'], {
    cwd: fixtureRoot,
    encoding: 'utf8',
  });
  if (lint.error) throw lint.error;
  const report = JSON.parse(lint.stdout) as { diagnostics: Diagnostic[] };
  diagnostics = report.diagnostics;
});

afterAll(() => {
  if (fixtureRoot) rmSync(fixtureRoot, { recursive: true, force: true });
});

const codesOf = (file: string): string[] =>
  diagnostics.filter((d) => d.filename === file).map((d) => d.code);

describe('layer boundaries (.oxlintrc.json)', () => {
  test.each(Object.entries(directions))('%s', (_direction, cases) => {
    const refused = cases.map(({ file, from }) => ({
      file,
      from,
      refused: codesOf(file).includes('eslint(no-restricted-imports)'),
    }));
    expect(refused).toEqual(
      cases.map(({ file, from, forbidden }) => ({ file, from, refused: forbidden })),
    );
  });

  test('an import cycle is refused in both of its files, a one-way import is not', () => {
    expect(codesOf('src/ui/run/cycleA.ts')).toContain('import(no-cycle)');
    expect(codesOf('src/ui/run/cycleB.ts')).toContain('import(no-cycle)');
    expect(codesOf('src/ui/run/oneWay.ts')).not.toContain('import(no-cycle)');
  });
});
