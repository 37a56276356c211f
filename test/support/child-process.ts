/**
 * Runs a command to completion with its output captured and a hard timeout, for tests that drive
 * real tools (tsc, the CDK CLI). The child gets its own process group so a timeout also ends what
 * it started (the CDK CLI runs the app in a shell of its own), and a failure shows the output.
 */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

const KEEP = 200_000;

export function runProcess(file: string, args: string[], options: RunOptions): Promise<ProcessResult> {
  const command = [file, ...args].join(' ');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString('utf8')).slice(-KEEP)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-KEEP)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ command, code, signal, timedOut, stdout, stderr, durationMs: performance.now() - started });
    });
  });
}

/** Ends the child's process group (only what this helper started). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The result, or an error that says what ran and shows the end of both streams. */
export function succeeded(result: ProcessResult, extra = ''): ProcessResult {
  if (result.code === 0 && !result.timedOut) return result;
  const tail = (text: string) => text.trimEnd().split('\n').slice(-60).join('\n');
  const how = result.timedOut ? `timed out after ${Math.round(result.durationMs / 1000)} s` : `exited with ${result.code ?? result.signal}`;
  throw new Error(
    `\`${result.command}\` ${how}\n--- stdout ---\n${tail(result.stdout)}\n--- stderr ` +
      `---\n${tail(result.stderr)}${extra ? `\n${extra}` : ''}`,
  );
}
