/**
 * Templates CloudFormation would reject are errors (exit 1, file and path named), never priced at
 * $0: no resources, a file that is no template at all, a duplicate logical id, a Type or Properties
 * of the wrong shape, references to what the template does not declare, a Fn::FindInMap key the
 * mapping lacks, a Fn::Select index out of range. What CloudFormation accepts still loads: pseudo
 * parameters, Fn::Sub variables given in its map, a broken value behind a condition nobody can
 * evaluate yet.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-validity-'));
afterAll(() => rmSync(dir, { recursive: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function expectRejected(path: string, ...patterns: RegExp[]): Promise<void> {
  const result = await cli('estimate', path);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^error: /);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  for (const p of patterns) expect(result.stderr).toMatch(p);
  expect(result.code).toBe(1);
}

const QUEUE = '  Q:\n    Type: AWS::SQS::Queue\n';

describe('not a template, or no resources', () => {
  it('package.json given as SOURCE', async () => {
    const path = file('package.json', JSON.stringify({ name: 'app', version: '1.0.0', scripts: { build: 'tsc' }, dependencies: {} }));
    await expectRejected(
      path,
      /package\.json is not a CloudFormation template: it has no Resources section \(its top-level keys are name, version, scripts/,
      /looks like package\.json/,
    );
  });

  it('a usage file given as SOURCE', async () => {
    const path = file('load.usage.yml', 'version: 1\nresources:\n  Api/Handler: { monthlyRequests: 1000 }\n');
    await expectRejected(
      path,
      /load\.usage\.yml is not a CloudFormation template/,
      /looks like a cdk-cost usage file: pass it with --usage/,
    );
  });

  it('a template without Resources, or with an empty Resources section', async () => {
    await expectRejected(
      file('none.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: nothing\n'),
      /none\.yaml: the template declares no resources \(Resources is missing\)/,
    );
    await expectRejected(
      file('empty.json', '{ "Resources": {} }'),
      /empty\.json: the template declares no resources \(Resources is empty\)/,
      /At least one Resources member/,
    );
  });
});

describe('shape', () => {
  it('a logical id twice in YAML', async () => {
    await expectRejected(file('dup.yaml', `Resources:\n${QUEUE}  Q:\n    Type: AWS::SNS::Topic\n`), /dup\.yaml:4:3: duplicate key "Q"/);
  });

  it('Properties that is not a mapping, a Type that is not a string', async () => {
    await expectRejected(
      file('props.yaml', `Resources:\n${QUEUE}    Properties: [1, 2]\n`),
      /props\.yaml: Resources\.Q\.Properties must be a mapping .* not a list/,
    );
    await expectRejected(
      file('type.yaml', 'Resources:\n  Q:\n    Type: [AWS::SQS::Queue]\n'),
      /type\.yaml: Resources\.Q\.Type must be a string/,
    );
  });
});

describe('references to what the template does not declare', () => {
  it('Fn::If on an undeclared condition', async () => {
    await expectRejected(
      file('if.yaml', `Resources:\n${QUEUE}    Properties:\n      DelaySeconds: !If [IsProd, 5, 0]\n`),
      /if\.yaml: Resources\.Q\.Properties\.DelaySeconds\.Fn::If: condition "IsProd" is not declared/,
    );
  });

  it('Ref to an undeclared parameter or resource; pseudo parameters are fine', async () => {
    await expectRejected(
      file(
        'ref.yaml',
        `Parameters:\n  Stage: { Type: String, Default: prod }\n` + `Resources:\n${QUEUE}    Properties:\n      QueueName: !Ref Stag\n`,
      ),
      /ref\.yaml: Resources\.Q\.Properties\.QueueName\.Ref: Ref to "Stag", which is neither a parameter nor a resource/,
      /Did you mean "Stage"\?/,
    );
    const pseudo = `Resources:\n${QUEUE}    Properties:\n      QueueName: !Sub '\${AWS::StackName}-\${AWS::Region}-\${Suffix}'\n`;
    const ok = await cli('estimate', file('pseudo.yaml', pseudo.replace("-${Suffix}'", "'")));
    expect(ok.code).toBe(0);
  });

  it('Fn::Sub with an undeclared variable; variables given in its map are fine', async () => {
    await expectRejected(
      file('sub.yaml', `Resources:\n${QUEUE}    Properties:\n      QueueName: !Sub '\${Env}-jobs'\n`),
      /sub\.yaml: Resources\.Q\.Properties\.QueueName\.Fn::Sub: Fn::Sub variable \$\{Env\} is neither given/,
    );
    const ok = await cli(
      'estimate',
      file('sub-ok.yaml', `Resources:\n${QUEUE}    Properties:\n      QueueName: !Sub ['\${Env}-jobs-\${Q.Arn}', { Env: prod }]\n`),
    );
    expect(ok.code).toBe(0);
  });
});

describe('values CloudFormation cannot resolve', () => {
  const mapping = 'Mappings:\n  Sizes:\n    prod: { Delay: 5 }\n';

  it('Fn::FindInMap on a missing key names the path and the keys there are', async () => {
    await expectRejected(
      file('map.yaml', `${mapping}Resources:\n${QUEUE}    Properties:\n      DelaySeconds: !FindInMap [Sizes, staging, Delay]\n`),
      new RegExp(
        /map\.yaml: Resources\.Q\.Properties\.DelaySeconds\.Fn::FindInMap: /.source +
          /Fn::FindInMap: mapping "Sizes" has no key "staging" \(keys: prod\)/.source,
      ),
    );
  });

  it('a region-keyed mapping without the region: priced, with a warning that the template cannot deploy there', async () => {
    const regional = 'Mappings:\n  Delays:\n    us-east-1: { Delay: 5 }\n';
    const path = file(
      'regional.yaml',
      `${regional}Resources:\n${QUEUE}    Properties:\n      DelaySeconds: !FindInMap [Delays, !Ref AWS::Region, Delay]\n`,
    );
    const result = await cli('estimate', path, '--region', 'eu-west-1', '--format', 'json');
    expect(result.code).toBe(0);
    const warnings = (JSON.parse(result.stdout) as { warnings: string[] }).warnings;
    expect(warnings).toContain(
      `${path}: Resources.Q.Properties.DelaySeconds.Fn::FindInMap: ` +
        'Fn::FindInMap: mapping "Delays" has no key "eu-west-1" (keys: us-east-1). ' +
        'The template cannot deploy in eu-west-1; the value is left unresolved.',
    );
  });

  it('Fn::Select out of range', async () => {
    await expectRejected(
      file('select.yaml', `Resources:\n${QUEUE}    Properties:\n      QueueName: !Select [2, [a, b]]\n`),
      /select\.yaml: Resources\.Q\.Properties\.QueueName\.Fn::Select: Fn::Select index 2 is out of range: the list has 2 items/,
    );
  });

  it('behind a condition that cannot be evaluated before deployment, a broken value is no error', async () => {
    const text =
      'Parameters:\n  Env: { Type: String }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n' +
      `${mapping}Resources:\n${QUEUE}    Condition: IsProd\n` +
      '    Properties:\n      DelaySeconds: !FindInMap [Sizes, staging, Delay]\n';
    const result = await cli('estimate', file('maybe.yaml', text), '--format', 'json');
    expect(result.stderr).not.toMatch(/^error/);
    expect(result.code).toBe(0);
  });
});
