/**
 * aws-cdk-lib, the user's copy: a peer dependency, loaded with require on first use only. Only
 * CostGuard and reading a live construct tree need it, so `import 'cdk-cost'` and the CLI work
 * without any CDK installed (a plain-template user needs none). require, not an ES import: an ES
 * import of the (CommonJS) library makes Node scan every re-exported module for export names —
 * about a second — where require takes ~40 ms and returns the instance the app already loaded.
 * Types still come from the package.
 */
import { createRequire } from 'node:module';
import type * as CdkLib from 'aws-cdk-lib';
import { UserError } from '../errors.js';

let loaded: typeof CdkLib | undefined;

/** Resolve from beside cdk-cost (as a peer, that is the app's copy), else from the app's working directory (a linked cdk-cost). */
export function cdkLib(): typeof CdkLib {
  if (loaded) return loaded;
  for (const base of [import.meta.url, `${process.cwd()}/package.json`]) {
    try {
      loaded = createRequire(base)('aws-cdk-lib') as typeof CdkLib;
      return loaded;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  throw new UserError(
    'cdk-cost/cdk (CostGuard) needs aws-cdk-lib, and none is installed beside the app or cdk-cost.',
    "Install it in the CDK app (npm install aws-cdk-lib constructs); cdk-cost uses the app's own copy (a peer dependency).",
  );
}
