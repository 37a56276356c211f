/**
 * A CDK app's TypeScript compiles against cdk-cost's published types under the CommonJS tsconfig
 * of CDK's init template (`"module": "commonjs"`, whose resolution ignores package "exports") and
 * under NodeNext. The consumer lives in a temp dir with cdk-cost linked into its node_modules, as an
 * installed package would be; the types are the built ones in dist/ (npm ci builds them).
 */
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../support/child-process.js';
import { REPO_ROOT } from '../support/paths.js';

const CONSUMER = `import { App, Stack } from 'aws-cdk-lib';
import { CostGuard, Load, Usage } from 'cdk-cost/cdk';
import { UserError } from 'cdk-cost';

const app = new App();
const stack = new Stack(app, 'Consumer');
Usage.of(stack).set({ monthlyRequests: 1000 });
export const unused: unknown[] = [Load, CostGuard, UserError];
`;

// skipLibCheck: checking all of aws-cdk-lib's declarations takes minutes; resolution and use of cdk-cost's types are still checked.
const base = { target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, lib: ['es2022'], types: ['node'] };
const CONFIGS = {
  commonjs: { ...base, module: 'commonjs' },
  nodenext: { ...base, module: 'NodeNext', moduleResolution: 'NodeNext' },
};

let dir: string;
beforeAll(() => {
  expect(existsSync(join(REPO_ROOT, 'dist', 'lib', 'cdk', 'index.d.ts')), 'run npm run build first').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-consumer-'));
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  symlinkSync(REPO_ROOT, join(dir, 'node_modules', 'cdk-cost'));
  for (const dep of ['aws-cdk-lib', 'constructs']) symlinkSync(join(REPO_ROOT, 'node_modules', dep), join(dir, 'node_modules', dep));
  symlinkSync(join(REPO_ROOT, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'));
  writeFileSync(join(dir, 'app.ts'), CONSUMER);
});

describe('cdk-cost/cdk types in a CDK app', () => {
  it.each(Object.keys(CONFIGS) as Array<keyof typeof CONFIGS>)('type-check under %s', async (name) => {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: CONFIGS[name], files: ['app.ts'] }));
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await runProcess(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir, env: process.env, timeoutMs: 120_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
