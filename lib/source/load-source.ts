/**
 * SOURCE → Architecture. A SOURCE is a CDK app directory (cdk.json), a Cloud Assembly directory
 * (manifest.json), or a CloudFormation template file (JSON or YAML).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Architecture, SourceKind } from '../model/architecture.js';
import { readAssembly } from './read-assembly.js';
import { readTemplateSource } from './read-template-source.js';
import { RegionChoice } from './region-choice.js';
import { synthesize } from './synthesize.js';
import { removeTempDir } from './synth-cleanup.js';

export interface LoadOptions {
  region?: string;
  parameters?: Record<string, string>;
  context?: Record<string, unknown>;
  /** Synthesize into this directory and keep it (--keep-assembly). */
  keepAssembly?: string;
  /** Give up on an app that synthesizes longer (default: CDK_COST_SYNTH_TIMEOUT, else 10 minutes). */
  synthTimeoutMs?: number;
  /** The phase the work is in ("synthesizing", "reading the assembly"), for a progress line. */
  onPhase?: (phase: string) => void;
}

export function detectSourceKind(source: string): SourceKind {
  const path = resolve(source);
  if (!existsSync(path))
    throw new UserError(`${source}: no such file or directory.`, 'Pass a CDK app directory, a cdk.out directory, or a template file.');
  if (statSync(path).isDirectory()) {
    if (existsSync(join(path, 'cdk.json'))) return 'app';
    if (existsSync(join(path, 'manifest.json'))) return 'assembly';
    throw new UserError(
      `${source} is a directory with neither cdk.json (a CDK app) nor manifest.json (a Cloud Assembly).`,
      'Pass the app directory that holds cdk.json, or its cdk.out.',
    );
  }
  return 'template';
}

export async function loadSource(source: string, options: LoadOptions = {}): Promise<Architecture> {
  const kind = detectSourceKind(source);
  const regions = new RegionChoice(options.region);
  let architecture: Architecture;
  if (kind === 'template') {
    architecture = readTemplateSource(source, regions, options.parameters ?? {});
  } else {
    if (options.parameters && Object.keys(options.parameters).length > 0) {
      throw new UserError('--parameter applies to template files only.', 'CDK apps take context instead (cdk.json or --context).');
    }
    let assemblyDir = resolve(source);
    let temporary = false;
    if (kind === 'app') {
      options.onPhase?.('synthesizing');
      const keep = options.keepAssembly ? resolve(options.keepAssembly) : undefined;
      if (keep) mkdirSync(keep, { recursive: true });
      const synth = await synthesize(source, {
        ...(options.region ? { region: options.region } : {}),
        ...(options.context ? { context: options.context } : {}),
        ...(keep ? { outDir: keep } : {}),
        ...(options.synthTimeoutMs ? { timeoutMs: options.synthTimeoutMs } : {}),
      });
      assemblyDir = synth.assemblyDir;
      // The temporary assembly is removed once read; --keep-assembly keeps it where asked.
      temporary = !keep;
    }
    options.onPhase?.('reading the assembly');
    try {
      architecture = readAssembly(assemblyDir, regions);
    } finally {
      if (temporary) removeTempDir(assemblyDir);
    }
    if (kind === 'app') architecture.source = { kind: 'app', path: resolve(source) };
  }
  architecture.warnings.unshift(...regions.warnings);
  return architecture;
}
