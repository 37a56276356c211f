/**
 * aws-cdk-lib, loaded with require. An ES-module `import` of it makes Node scan every re-exported
 * module of the (CommonJS) library for export names — about a second — where require takes ~40 ms
 * and returns the instance the app already loaded. Types still come from the package.
 */
import { createRequire } from 'node:module';
import type * as CdkLib from 'aws-cdk-lib';

export const cdkLib = createRequire(import.meta.url)('aws-cdk-lib') as typeof CdkLib;
