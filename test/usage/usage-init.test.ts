/**
 * `cdk-cost usage init` writes a commented usage file that is valid as written, aware of the edges
 * (entry points, derived keys, ratios to give); run again, it keeps the values the user set.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { cli } from '../support/cli.js';
import { arn, fn, ref, role, writeTemp } from './load-support.js';

const template = writeTemp(
  'init.json',
  JSON.stringify({
    Resources: {
      Role: role,
      Api: { Type: 'AWS::ApiGateway::RestApi' },
      Method: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: ref('Api'),
          HttpMethod: 'POST',
          Integration: {
            Type: 'AWS_PROXY',
            Uri: { 'Fn::Join': ['', ['arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/', arn('Worker'), '/invocations']] },
          },
        },
      },
      Worker: fn(),
      Table: { Type: 'AWS::DynamoDB::Table', Properties: { BillingMode: 'PAY_PER_REQUEST' } },
      Policy: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          Roles: [ref('Role')],
          PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: arn('Table') }] },
        },
      },
    },
  }),
);

describe('usage init', () => {
  it('round-trips: init → edit a value → init again keeps the edit', async () => {
    const file = writeTemp('cdk-cost.usage.yml', '');
    const first = await cli('usage', 'init', template, '--out', file);
    expect(first.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/ {2}init\/Api: +# AWS::ApiGateway::RestApi · entry point/);
    expect(text).toMatch(/ {2}init\/Worker: +# AWS::Lambda::Function · load from init\/Api \(API Gateway integration \(REST AWS_PROXY\)\)/);
    expect(text).toMatch(/# +init\/Worker -> init\/Table: \{ writesPerInvocation: 1 \} +# IAM grant \(dynamodb:PutItem\)/);
    expect(text).toContain('    # avgDurationMs: 0');
    // Valid as written: nothing is set, everything usage-based is listed as missing.
    expect((await cli('estimate', template, '--usage', file)).code).toBe(0);

    // The user sets two values and a load section, then runs init again.
    const edited = text
      .replace('    # avgDurationMs: 0', '    avgDurationMs: 250')
      .replace(/ {2}init\/Api:.*\n {4}# monthlyRequests: 0/, (m) => m.replace('# monthlyRequests: 0', 'monthlyRequests: 40000'))
      .replace('\nresources:', '\nload:\n  ratios:\n    init/Worker -> init/Table: { writesPerInvocation: 2 }\n\nresources:');
    writeFileSync(file, edited);
    const second = await cli('usage', 'init', template, '--out', file);
    expect(second.stderr).toContain(`kept the values of ${file}`);
    const again = readFileSync(file, 'utf8');
    expect(again).toMatch(/\n {4}avgDurationMs: 250 +# ms\b/);
    expect(again).toMatch(/\n {4}monthlyRequests: 40000 +# requests\/month\b/);
    expect(again).toContain('writesPerInvocation: 2');
    // The file is edited, not rewritten: the user's comments stay as they are (the "derived now" notes
    // of the first run included), and nothing is listed twice.
    expect(again.match(/# monthlyRequests: 0 /g)).toHaveLength(1);

    const estimate = JSON.parse((await cli('estimate', template, '--usage', file, '--format', 'json')).stdout);
    const table = estimate.resources.find((r: { logicalId: string }) => r.logicalId === 'Table');
    expect(table.components[0].quantity).toBe('80000');
  });

  it('run again on a file with comments and its own order: both kept, only the missing resources and keys added', async () => {
    const file = writeTemp(
      'ordered.usage.yml',
      [
        '# Owned by the payments team; ask before changing.',
        'version: 1',
        'resources:',
        '  # the worker first: it is the expensive one',
        '  init/Worker:',
        '    avgDurationMs: 120   # measured in March',
        '  init/Api:',
        '    monthlyRequests: 5000',
        '',
      ].join('\n'),
    );
    const result = await cli('usage', 'init', template, '--out', file);
    expect(result.code).toBe(0);
    const again = readFileSync(file, 'utf8');
    expect(again.startsWith('# Owned by the payments team; ask before changing.\nversion: 1\n')).toBe(true);
    expect(again).toContain('  # the worker first: it is the expensive one\n  init/Worker:\n    avgDurationMs: 120 # measured in March\n');
    const at = (s: string) => again.indexOf(s);
    expect(at('  init/Worker:')).toBeLessThan(at('  init/Api:'));
    expect(at('  init/Api:')).toBeLessThan(at('  init/Table:')); // the missing one is added at the end
    expect(again).toMatch(/ {2}init\/Table:\n {4}# AWS::DynamoDB::Table · load from init\/Worker/);
    expect(again).toMatch(/\n {4}# monthlyWriteRequestUnits: 0 +# WRU\/month/);
    expect(again).toMatch(/ {2}init\/Worker:[\s\S]*# monthlyRequests: 0 [\s\S]*\n {2}init\/Api:/); // a missing key, commented
    expect(again.match(/# avgDurationMs:/g)).toBeNull(); // a key that is set is not listed again
    expect((await cli('estimate', template, '--usage', file)).code).toBe(0);
    // A third run changes nothing.
    await cli('usage', 'init', template, '--out', file);
    expect(readFileSync(file, 'utf8')).toBe(again);
  });

  it('lists usage keys and load ratios', async () => {
    const keys = await cli('usage', 'keys', 'AWS::SQS::Queue');
    expect(keys.stdout).toContain('monthlyRequests (requests/month)');
    const ratios = await cli('usage', 'keys', '--ratios');
    expect(ratios.stdout).toContain('writesPerInvocation (per invocation, no default: the edge carries nothing without it)');
    expect(ratios.stdout).toContain('objectSizeGB (GB)');
    const bad = await cli('usage', 'keys', 'AWS::SQS::Queu');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Did you mean "AWS::SQS::Queue"?');
  });
});
