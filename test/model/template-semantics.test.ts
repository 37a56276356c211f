/**
 * Template semantics real templates need, checked on the corpus templates that use them and on
 * small cases: parameters (defaults, --parameter, AllowedValues), Conditions and Fn::If,
 * AWS::NoValue, Fn::FindInMap (nested), Fn::Select/Fn::GetAZs, Fn::Sub forms, Fn::GetAtt with
 * dotted attributes, Fn::ImportValue (kept, never a crash), conditions that cannot be evaluated.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResourceModel } from '../../lib/model/architecture.js';
import { Resolver } from '../../lib/model/intrinsics.js';
import { loadSource } from '../../lib/source/load-source.js';
import { architectureOf } from '../resources/price-inline.js';
import { cli } from '../support/cli.js';
import { CORPUS_DIR, requireShared } from '../support/paths.js';

function resolver(extra: Partial<ConstructorParameters<typeof Resolver>[0]> = {}): Resolver {
  return new Resolver({
    region: 'eu-west-1',
    stackName: 'Shop',
    parameters: { Env: 'prod', Size: '3', Subnets: ['subnet-a', 'subnet-b'] },
    mappings: { Sizes: { prod: { Instance: 'm5.large' }, dev: { Instance: 't3.small' } }, Regions: { 'eu-west-1': { Arch: 'prod' } } },
    conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, HasAccount: { 'Fn::Equals': [{ Ref: 'AWS::AccountId' }, '123'] } },
    resourceIds: new Set(['Bucket']),
    ...extra,
  });
}

describe('intrinsic functions', () => {
  const r = resolver();

  it('resolves what the template alone decides', () => {
    expect(r.resolve({ 'Fn::FindInMap': ['Sizes', { 'Fn::FindInMap': ['Regions', { Ref: 'AWS::Region' }, 'Arch'] }, 'Instance'] })).toBe(
      'm5.large',
    );
    expect(r.resolve({ 'Fn::Select': ['1', { 'Fn::GetAZs': '' }] })).toBe('eu-west-1b');
    expect(r.resolve({ 'Fn::Select': [1, { Ref: 'Subnets' }] })).toBe('subnet-b');
    expect(r.resolve({ 'Fn::Join': ['-', [{ Ref: 'AWS::StackName' }, { Ref: 'Env' }]] })).toBe('Shop-prod');
    expect(r.resolve({ 'Fn::If': ['IsProd', { Ref: 'Size' }, 1] })).toBe('3');
    expect(r.resolve({ List: ['a', { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, 'b'] }], Gone: { Ref: 'AWS::NoValue' } })).toEqual({
      List: ['a'],
    });
  });

  it('Fn::Sub in its string and [string, variables] forms, with literals and nested functions', () => {
    expect(r.resolve({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Env}-logs-${AWS::Region}' })).toBe('arn:aws:s3:::prod-logs-eu-west-1');
    expect(
      r.resolve({
        'Fn::Sub': [
          '${Name}.${Zone}',
          {
            Name: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Instance'] },
            Zone: { 'Fn::Select': [0, { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] },
          },
        ],
      }),
    ).toBe('m5.large.eu-west-1a');
    expect(r.resolve({ 'Fn::Sub': 'literal ${!Env} and ${Env}' })).toBe('literal ${Env} and prod');
    // A resource attribute is unknown before deployment: what is known is substituted, the rest kept.
    expect(r.resolve({ 'Fn::Sub': '${Bucket.Arn}/${Env}/*' })).toEqual({ 'Fn::Sub': '${Bucket.Arn}/prod/*' });
  });

  it('keeps what only deployment knows, in one shape: Fn::GetAtt (dotted attributes too), Fn::ImportValue, resource Refs', () => {
    expect(r.resolve({ 'Fn::GetAtt': 'Db.Endpoint.Address' })).toEqual({ 'Fn::GetAtt': ['Db', 'Endpoint.Address'] });
    expect(r.resolve({ 'Fn::GetAtt': ['Db', 'Endpoint.Port'] })).toEqual({ 'Fn::GetAtt': ['Db', 'Endpoint.Port'] });
    expect(r.resolve({ 'Fn::ImportValue': { 'Fn::Sub': '${Env}-VpcId' } })).toEqual({ 'Fn::ImportValue': 'prod-VpcId' });
    expect(r.resolve({ Ref: 'Bucket' })).toEqual({ Ref: 'Bucket' });
    expect(r.resolve({ Ref: 'AWS::AccountId' })).toEqual({ Ref: 'AWS::AccountId' });
  });

  it('conditions that depend on deployment stay open; Fn::If then keeps both branches (AWS::NoValue as a Ref, never lost)', () => {
    expect(r.condition('HasAccount')).toBeUndefined();
    expect(r.resolve({ 'Fn::If': ['HasAccount', 'm5.large', { Ref: 'AWS::NoValue' }] })).toEqual({
      'Fn::If': ['HasAccount', 'm5.large', { Ref: 'AWS::NoValue' }],
    });
    expect(r.resolve({ 'Fn::If': ['HasAccount', { Ref: 'Size' }, '3'] })).toBe('3'); // both branches alike
    expect(r.resolve({ 'Fn::And': [{ Condition: 'HasAccount' }, { Condition: 'IsProd' }] })).toEqual({
      'Fn::And': [{ Condition: 'HasAccount' }, true],
    });
    expect(r.resolve({ 'Fn::Or': [{ Condition: 'HasAccount' }, { Condition: 'IsProd' }] })).toBe(true);
  });

  it('Fn::FindInMap with a DefaultValue (AWS::LanguageExtensions) answers for missing keys', () => {
    expect(r.resolve({ 'Fn::FindInMap': ['Sizes', 'staging', 'Instance', { DefaultValue: 't3.micro' }] })).toBe('t3.micro');
    // Without one, CloudFormation rejects the template: an error naming the path and the keys there are.
    const at = { path: ['Resources', 'Web', 'Properties', 'InstanceType'] };
    expect(() => r.resolve({ 'Fn::FindInMap': ['Sizes', 'staging', 'Instance'] }, at)).toThrow(
      'Resources.Web.Properties.InstanceType.Fn::FindInMap: Fn::FindInMap: mapping "Sizes" has no key "staging" (keys: prod, dev).',
    );
    // Behind a condition nobody can evaluate yet, the value may never be used: kept as written.
    expect(r.resolve({ 'Fn::FindInMap': ['Sizes', 'staging', 'Instance'] }, { ...at, speculative: true })).toEqual({
      'Fn::FindInMap': ['Sizes', 'staging', 'Instance'],
    });
    expect(r.resolve({ 'Fn::If': ['HasAccount', { 'Fn::FindInMap': ['Sizes', 'staging', 'Instance'] }, 'm5.large'] }, at)).toEqual({
      'Fn::If': ['HasAccount', { 'Fn::FindInMap': ['Sizes', 'staging', 'Instance'] }, 'm5.large'],
    });
  });
});

describe('parameters and conditions in a template', () => {
  it('a resource naming an undefined condition is an error naming the file, resource and condition', () => {
    expect(() =>
      architectureOf(`
Resources:
  Q: { Type: AWS::SQS::Queue, Condition: Missing }
`),
    ).toThrow(/inline\.yaml: resource Q names condition "Missing", which the Conditions section does not define/);
  });

  it('a condition that cannot be evaluated says what it depends on; the resource is priced as if created', () => {
    const a = architectureOf(`
Parameters:
  TopicArn: { Type: String }
Conditions:
  CreateTopic: !Equals [!Ref TopicArn, '']
Resources:
  Topic: { Type: AWS::SNS::Topic, Condition: CreateTopic }
`);
    expect(a.stacks[0]!.resources.map((r) => r.logicalId)).toEqual(['Topic']);
    expect(a.warnings.join('\n')).toMatch(
      new RegExp(
        String.raw`condition "CreateTopic" of Topic cannot be evaluated before deployment \(it depends on parameter TopicArn, ` +
          String.raw`which has no value\); the resource is priced as if created`,
      ),
    );
  });

  it('--parameter values outside AllowedValues are refused, with the allowed ones', async () => {
    const result = await cli(
      'estimate',
      join(CORPUS_DIR, 'aws-samples__serverless-patterns/msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml'),
      '--parameter',
      'EnvType=provisioned',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /--parameter EnvType=provisioned: .*MSKSampleStack\.yml allows only Serverless, Provisioned for "EnvType"/,
    );
  });
});

describe('corpus templates, as the model reads them', () => {
  requireShared();
  async function resources(
    template: string,
    parameters: Record<string, string> = {},
    region?: string,
  ): Promise<{ byId: (id: string) => ResourceModel; ids: string[]; warnings: string[] }> {
    const architecture = await loadSource(join(CORPUS_DIR, template), { parameters, ...(region ? { region } : {}) });
    const list = architecture.stacks[0]!.resources;
    return {
      byId: (id) =>
        list.find((r) => r.logicalId === id) ??
        (() => {
          throw new Error(`no ${id}`);
        })(),
      ids: list.map((r) => r.logicalId),
      warnings: architecture.warnings,
    };
  }

  it(
    'MSK sample: subnets in AZs from Fn::Select over Fn::GetAZs, CIDRs from Fn::FindInMap, the provisioned cluster behind its ' +
      'condition',
    async () => {
      const { byId, ids } = await resources('aws-samples__serverless-patterns/msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml');
      expect(byId('PublicSubnetOne').properties).toMatchObject({
        AvailabilityZone: 'us-east-1a',
        CidrBlock: '10.0.0.0/24',
        VpcId: { Ref: 'VPC' },
      });
      expect(byId('PrivateSubnetMSKThree').properties.AvailabilityZone).toBe('us-east-1c');
      expect(ids).toContain('ServerlessMSKCluster');
      expect(ids).not.toContain('MSKCluster');
      const provisioned = await resources('aws-samples__serverless-patterns/msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml', {
        EnvType: 'Provisioned',
      });
      expect(provisioned.ids).toEqual(expect.arrayContaining(['MSKCluster', 'MSKCertAuthority', 'CredentialsKMSKey']));
      expect(provisioned.ids).not.toContain('ServerlessMSKCluster');
      expect(provisioned.byId('MSKCluster').properties).toMatchObject({ ClusterName: 'MSKSampleStack-cluster', NumberOfBrokerNodes: 3 });
    },
  );

  it('Auto Scaling sample: nested Fn::FindInMap with the region, the InstanceType parameter, dotted !GetAtt', async () => {
    const { byId } = await resources(
      'awslabs__aws-cloudformation-templates/aws/services/AutoScaling/AutoScalingMultiAZWithNotifications.yaml',
    );
    expect(byId('LaunchConfig').properties).toMatchObject({ ImageId: 'ami-6869aa05', InstanceType: 't2.small' });
    expect(byId('WebServerGroup').properties.AvailabilityZones).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const ingress = (byId('InstanceSecurityGroup').properties.SecurityGroupIngress as Array<Record<string, unknown>>)[1]!;
    expect(ingress.SourceSecurityGroupOwnerId).toEqual({ 'Fn::GetAtt': ['ElasticLoadBalancer', 'SourceSecurityGroup.OwnerAlias'] });
    const other = await resources(
      'awslabs__aws-cloudformation-templates/aws/services/AutoScaling/AutoScalingMultiAZWithNotifications.yaml',
      { InstanceType: 'm3.medium' },
      'eu-west-1',
    );
    expect(other.byId('LaunchConfig').properties).toMatchObject({ ImageId: 'ami-f9dd458a', InstanceType: 'm3.medium' });
  });

  it('RDS sample: Conditions (Fn::Or, Fn::Not of a Condition), AWS::NoValue, the read replica on by default', async () => {
    const us = await resources('awslabs__aws-cloudformation-templates/aws/services/RDS/RDS_MySQL_With_Read_Replica.yaml');
    expect(us.ids).toEqual(['DBSecurityGroup', 'MasterDB', 'ReplicaDB']);
    expect(us.byId('MasterDB').properties).toMatchObject({
      DBInstanceClass: 'db.t2.small',
      AllocatedStorage: '5',
      MultiAZ: 'false',
      DBSecurityGroups: [{ Ref: 'DBSecurityGroup' }],
    });
    expect(us.byId('MasterDB').properties).not.toHaveProperty('VPCSecurityGroups');
    const frankfurt = await resources(
      'awslabs__aws-cloudformation-templates/aws/services/RDS/RDS_MySQL_With_Read_Replica.yaml',
      { EnableReadReplica: 'false' },
      'eu-central-1',
    );
    expect(frankfurt.ids).toEqual(['DBEC2SecurityGroup', 'MasterDB']);
    expect(frankfurt.byId('MasterDB').properties).toMatchObject({
      VPCSecurityGroups: [{ 'Fn::GetAtt': ['DBEC2SecurityGroup', 'GroupId'] }],
    });
    expect(frankfurt.byId('MasterDB').properties).not.toHaveProperty('DBSecurityGroups');
  });

  it('ECS service sample: Fn::ImportValue of a joined name stays an import; Fn::If with AWS::NoValue drops the task role', async () => {
    const { byId } = await resources(
      'awslabs__aws-cloudformation-templates/aws/services/ECS/FargateLaunchType/services/private-subnet-public-service.yml',
    );
    expect(byId('TaskDefinition').properties).toMatchObject({
      Cpu: '256',
      Memory: '512',
      ExecutionRoleArn: { 'Fn::ImportValue': 'production:ECSTaskExecutionRole' },
    });
    expect(byId('TaskDefinition').properties).not.toHaveProperty('TaskRoleArn');
    expect(byId('Service').properties).toMatchObject({
      DesiredCount: '2',
      LaunchType: 'FARGATE',
      Cluster: { 'Fn::ImportValue': 'production:ClusterName' },
    });
  });

  it('EMR sample: conditions on a parameter without a default stay open, and AWS::NoValue in Fn::If is kept as a Ref', async () => {
    const open = await resources('awslabs__aws-cloudformation-templates/aws/services/EMR/EMRClusterWithAdditioanalSecurityGroups.json');
    expect(open.byId('EMRCluster').properties.Applications).toEqual([
      { Name: 'Ganglia' },
      { 'Fn::If': ['Spark', { Name: 'Spark' }, { Ref: 'AWS::NoValue' }] },
      { 'Fn::If': ['Hbase', { Name: 'Hbase' }, { Ref: 'AWS::NoValue' }] },
    ]);
    const spark = await resources('awslabs__aws-cloudformation-templates/aws/services/EMR/EMRClusterWithAdditioanalSecurityGroups.json', {
      Applications: 'Spark',
    });
    expect(spark.byId('EMRCluster').properties.Applications).toEqual([{ Name: 'Ganglia' }, { Name: 'Spark' }]);
    expect(spark.byId('EMRCluster').properties).toMatchObject({
      Instances: { CoreInstanceGroup: { InstanceCount: '2', InstanceType: 'm3.xlarge' } },
    });
  });

  it('Neptune sample: imports from a VPC stack and conditions on empty parameters never stop the estimate', async () => {
    const { byId, warnings } = await resources('awslabs__aws-cloudformation-templates/aws/services/NeptuneDB/Neptune.yaml');
    expect(byId('NeptuneDBSG').properties.VpcId).toEqual({ 'Fn::ImportValue': 'vpc-VPCID' });
    expect(byId('NeptuneDBInstance').properties).toMatchObject({ DBInstanceClass: 'db.r4.large' });
    expect(warnings.join('\n')).toMatch(
      new RegExp(
        'condition "CreateSnsTopic" of NeptuneAlarmTopic cannot be evaluated before deployment ' +
          String.raw`\(it depends on parameter NeptuneSNSTopicArn, which has no value\)`,
      ),
    );
  });
});
