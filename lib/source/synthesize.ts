/**
 * Synthesizes a CDK app the way the CDK CLI does: run the `app` command from cdk.json with
 * CDK_OUTDIR pointing at a fresh directory and the context in CDK_CONTEXT_JSON. The app runs in
 * its own process (any CDK language); it is never imported into ours.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { GUARD_REPORT_ONLY_CONTEXT } from './guard-keys.js';
import { formatDuration, synthTimeoutMs } from './synth-timeout.js';
import { killGroup, removeTempDir, trackProcessGroup, trackTempDir, untrackProcessGroup } from './synth-cleanup.js';

export interface SynthOptions {
  /** CDK_DEFAULT_REGION for environment-agnostic apps that read it. */
  region?: string;
  /** Extra context (e.g. --context key=value). */
  context?: Record<string, unknown>;
  outDir?: string;
  /** Give up on an app that runs longer (default: CDK_COST_SYNTH_TIMEOUT, else 10 minutes). */
  timeoutMs?: number;
  /** Run aws-cdk-lib's built-in template validation (off for pricing unless CDK_VALIDATION is set). */
  validate?: boolean;
}

export interface SynthResult {
  assemblyDir: string;
  durationMs: number;
}

interface CdkJson {
  app?: string;
  context?: Record<string, unknown>;
}

export function readCdkJson(appDir: string): CdkJson {
  const path = join(appDir, 'cdk.json');
  if (!existsSync(path)) {
    throw new UserError(`${appDir} has no cdk.json.`, 'Pass a CDK app directory (with cdk.json), a cdk.out directory, or a template file.');
  }
  let parsed: CdkJson;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as CdkJson;
  } catch (error) {
    throw new UserError(`${path} is not valid JSON: ${(error as Error).message}`, 'Fix cdk.json.');
  }
  if (typeof parsed.app !== 'string' || parsed.app.trim() === '') {
    throw new UserError(`${path} has no "app" command.`, 'cdk.json needs e.g. "app": "npx ts-node bin/app.ts".');
  }
  return parsed;
}

/** The context the CDK CLI passes: cdk.json context, cdk.context.json, and path metadata on. */
export function synthContext(appDir: string, cdkJson: CdkJson, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const contextFile = join(appDir, 'cdk.context.json');
  let cached: Record<string, unknown> = {};
  if (existsSync(contextFile)) {
    try {
      cached = JSON.parse(readFileSync(contextFile, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`${contextFile} is not valid JSON: ${(error as Error).message}`, 'Fix or delete cdk.context.json.');
    }
  }
  return {
    ...cached,
    ...(cdkJson.context ?? {}),
    // Construct paths on every resource: how costs are reported under the constructs the user wrote.
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:enable-asset-metadata': true,
    // Pricing needs no asset bundling (esbuild, Docker): skip it for every stack, as `cdk synth --exclusively` of none would.
    'aws:cdk:bundling-stacks': [],
    // A CostGuard over budget would stop synthesis, and there would be nothing to estimate: it reports instead.
    [GUARD_REPORT_ONLY_CONTEXT]: true,
    ...extra,
  };
}

export async function synthesize(appDirInput: string, options: SynthOptions = {}): Promise<SynthResult> {
  const appDir = resolve(appDirInput);
  const cdkJson = readCdkJson(appDir);
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'cdk-cost-synth-'));
  if (!options.outDir) trackTempDir(outDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CDK_OUTDIR: outDir,
    CDK_CONTEXT_JSON: JSON.stringify(synthContext(appDir, cdkJson, options.context)),
    ...(options.region && !process.env.CDK_DEFAULT_REGION ? { CDK_DEFAULT_REGION: options.region } : {}),
    // aws-cdk-lib's built-in template validation (a WASM cfn-lint, ~4 s of a 6 s synth of the example app) checks
    // what `cdk synth` and `cdk deploy` check anyway; pricing reads the template, as with bundling above. A user
    // who set CDK_VALIDATION keeps their choice.
    ...(options.validate ? { CDK_VALIDATION: 'true' } : process.env.CDK_VALIDATION === undefined ? { CDK_VALIDATION: 'false' } : {}),
  };
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? synthTimeoutMs();
  let result: RunResult;
  try {
    result = await run(cdkJson.app!, appDir, env, timeoutMs);
  } catch (error) {
    if (!options.outDir) removeTempDir(outDir);
    throw error;
  }
  const { code, output } = result;
  const durationMs = performance.now() - started;
  if (code !== 0 && !options.outDir) removeTempDir(outDir);
  if (result.timedOut) {
    throw new UserError(
      `The CDK app in ${appDir} did not finish synthesizing within ${formatDuration(timeoutMs)} (\`${cdkJson.app}\`); ` +
        'its process group was killed.',
      'Is it waiting for input or a lookup? Raise the limit with --synth-timeout or CDK_COST_SYNTH_TIMEOUT (e.g. 20m), ' +
        'or pass an existing cdk.out.',
    );
  }
  if (code !== 0) {
    const tail = output.trimEnd().split('\n').slice(-25).join('\n');
    throw new UserError(
      `The CDK app in ${appDir} failed to synthesize (\`${cdkJson.app}\` exited with ${code}):\n${tail}`,
      'Fix the app so that `cdk synth` succeeds (did you run npm install / build?), or pass an existing cdk.out.',
    );
  }
  if (!existsSync(join(outDir, 'manifest.json'))) {
    throw new UserError(
      `The app command \`${cdkJson.app}\` in ${appDir} ran but wrote no Cloud Assembly to CDK_OUTDIR.`,
      'Does the app call app.synth()? (CDK apps in other languages do this when the program ends.)',
    );
  }
  return { assemblyDir: outDir, durationMs };
}

interface RunResult {
  code: number;
  output: string;
  timedOut: boolean;
}

/** The app runs in its own process group (detached), so a timeout or Ctrl-C ends everything it started. */
function run(command: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const pid = child.pid;
    if (pid !== undefined) trackProcessGroup(pid);
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid === undefined) return;
      killGroup(pid, 'SIGTERM');
      killer = setTimeout(() => killGroup(pid, 'SIGKILL'), 3_000);
    }, timeoutMs);
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const settle = () => {
      clearTimeout(timer);
      clearTimeout(killer);
      if (pid !== undefined) untrackProcessGroup(pid);
    };
    child.on('error', (error) => {
      settle();
      reject(new UserError(`Cannot run the app command \`${command}\`: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      settle();
      resolvePromise({ code: code ?? (signal ? 128 : 1), output, timedOut });
    });
  });
}
