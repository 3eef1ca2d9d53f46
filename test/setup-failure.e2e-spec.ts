import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '#libs/testing';

const FIXTURE = 'test/support/setup-failure/failing-setup.fixture.ts';
const GIVE_UP_MS = 120_000;

interface Run {
  code: number | null;
  output: string;
  /** From Jest's summary to the end of the process. */
  exitAfterSummaryMs: number | null;
}

/** Runs the fixture suites in a Jest of their own, with a gazetteer that does not exist. */
async function runFailingSetups(): Promise<Run> {
  const jestConfig: { default: { projects: Array<Record<string, unknown>> } } = await import(
    pathToFileURL(resolve(REPO_ROOT, 'jest.config.js')).href
  );
  const e2e = jestConfig.default.projects.find((project) => project.displayName === 'e2e');
  const config = {
    ...e2e,
    displayName: 'setup-failure',
    rootDir: REPO_ROOT,
    testMatch: [`<rootDir>/${FIXTURE}`],
    testTimeout: 30_000,
  };
  const child = spawn(
    process.execPath,
    [
      resolve(REPO_ROOT, 'node_modules/jest/bin/jest.js'),
      '--config',
      JSON.stringify(config),
      '--ci',
      '--colors=false',
    ],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_OPTIONS: '--experimental-vm-modules',
        TEST_GAZETTEER: resolve(REPO_ROOT, 'var/no-such-gazetteer.csv'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let summaryAt: number | null = null;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (summaryAt === null && output.includes('Ran all test suites')) summaryAt = Date.now();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const giveUp = setTimeout(() => child.kill('SIGKILL'), GIVE_UP_MS);
  return new Promise((done) =>
    child.on('exit', (code) => {
      clearTimeout(giveUp);
      done({
        code,
        output,
        exitAfterSummaryMs: summaryAt === null ? null : Date.now() - summaryAt,
      });
    }),
  );
}

/**
 * A failing test run must end too: when a suite's setup fails halfway, nothing it opened (DataSource,
 * Nest application, Redis connections, worker, SMTP server, TCP proxy) may keep Jest alive.
 */
describe('a test run whose setups fail', () => {
  it(
    'reports the failures and exits at once',
    async () => {
      const run = await runFailingSetups();
      expect(run.output).toContain('no-such-gazetteer.csv');
      expect(run.output).toMatch(/Tests:\s+3 failed, 3 total/);
      expect(run.output).not.toContain('did not exit');
      expect(run.code).toBe(1);
      expect(run.exitAfterSummaryMs).not.toBeNull();
      expect(run.exitAfterSummaryMs).toBeLessThan(5_000);
    },
    GIVE_UP_MS + 10_000,
  );
});
