/**
 * The examples price architectures, not business logic: every function gets a small inline
 * handler, so synthesis needs no bundling (no Docker, no esbuild) and stays fast.
 */
import * as lambda from 'aws-cdk-lib/aws-lambda';

export function inlineHandler(name: string): lambda.Code {
  return lambda.Code.fromInline(
    `exports.handler = async (event) => { console.log(${JSON.stringify(name)}, JSON.stringify(event)); return { statusCode: 200 }; };`,
  );
}
