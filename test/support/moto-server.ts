/**
 * The AWS emulator for scan tests: moto's server mode (PyPI `moto[server]`, pinned), installed into
 * the project-local virtual environment `.venv/` (git-ignored) on first use, started on a free
 * loopback port per test file, reset between tests (POST /moto-api/reset), stopped afterwards.
 * `npm test` installs it through the vitest globalSetup (test/support/moto-global-setup.ts), so CI
 * needs nothing else; when the venv already holds the pinned version, that check takes milliseconds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';

export const MOTO_VERSION = '5.2.5';
/** The repository's .venv, found from the package root so the compiled bench (dist/) finds it too. */
export const VENV_DIR = join(packageRoot(), '.venv');
const STAMP = join(VENV_DIR, 'cdk-cost-moto.version');
const PYTHON = join(VENV_DIR, 'bin', 'python');

/** Creates .venv and installs moto[server]==MOTO_VERSION unless that is already there. */
export function ensureMotoInstalled(log: (line: string) => void = () => {}): void {
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === MOTO_VERSION && existsSync(PYTHON)) return;
  const python = process.env.PYTHON ?? 'python3';
  if (!existsSync(PYTHON)) {
    log(`creating ${VENV_DIR} (python3 -m venv)`);
    run(python, ['-m', 'venv', VENV_DIR]);
  }
  log(`installing moto[server]==${MOTO_VERSION} into ${VENV_DIR}`);
  run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `moto[server]==${MOTO_VERSION}`]);
  writeFileSync(STAMP, MOTO_VERSION + '\n');
}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr || r.stdout || r.error?.message}`);
}

export interface MotoServer {
  endpoint: string;
  port: number;
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** The server's recent stderr (request log, tracebacks), for failure messages. */
  logs(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts moto on 127.0.0.1. `env` adds server settings, e.g. INITIAL_NO_AUTH_ACTION_COUNT to make
 * moto enforce IAM. Moto's built-in public AMIs (and the snapshots it fabricates for them) are off:
 * a real account has no such snapshots, and the scan would rightly report them.
 */
export async function startMoto(env: Record<string, string> = {}): Promise<MotoServer> {
  ensureMotoInstalled();
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(join(VENV_DIR, 'bin', 'moto_server'), ['-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: 'false', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-200_000)));
    const endpoint = `http://127.0.0.1:${port}`;
    if (await waitUntilUp(endpoint, child)) {
      return {
        endpoint,
        port,
        reset: async () => {
          const r = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
          if (!r.ok) throw new Error(`moto reset failed: ${r.status}`);
        },
        stop: () => stop(child),
        logs: () => stderr,
      };
    }
    await stop(child);
    if (attempt >= 2) throw new Error(`moto server did not start on ${endpoint}:\n${stderr}`);
  }
}

async function waitUntilUp(endpoint: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const r = await fetch(`${endpoint}/moto-api/data.json`);
      if (r.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

/** CloudFormation resource types moto's CloudFormation can create (asked from the installed moto itself). */
export function motoCloudFormationTypes(): Set<string> {
  ensureMotoInstalled();
  const r = spawnSync(
    PYTHON,
    ['-c', 'import json\nfrom moto.cloudformation.parsing import get_model_map\nprint(json.dumps(sorted(get_model_map())))'],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`cannot list moto's CloudFormation types:\n${r.stderr}`);
  return new Set(
    (JSON.parse(r.stdout.trim().split('\n').pop()!) as string[]).filter((t) => t.startsWith('AWS::') && t !== 'AWS::SERVICE::RESOURCE'),
  );
}
