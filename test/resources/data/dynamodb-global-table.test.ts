/**
 * DynamoDB global tables: replicated writes × replicas, storage per replica, reads where they
 * happen; provisioned capacity at its auto-scaling minimum.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const DDB = 'AmazonDynamoDB';

describe('AWS::DynamoDB::GlobalTable', () => {
  const onDemand = `
Resources:
  Table:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      StreamSpecification: { StreamViewType: NEW_AND_OLD_IMAGES }
      Replicas:
        - Region: us-east-1
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
        - Region: eu-west-1
        - Region: ap-southeast-2
          TableClass: STANDARD_INFREQUENT_ACCESS
`;

  it("on demand: every write is a replicated write in each replica, storage per replica, in each replica's class", async () => {
    const estimate = await priceInline(onDemand, {
      usage: { Table: { monthlyWriteRequestUnits: 2000000, monthlyReadRequestUnits: 9000000, storageGB: 40 } },
    });
    const t = resource(estimate, 'Table');
    expectLine(
      component(t, 'Replicated write request units (2 replicas)'),
      4000000,
      unit(DDB, 'PayPerRequest Replicated Write Request Units'),
    );
    expectLine(
      component(t, 'Replicated write request units (1 replica, Standard-IA)'),
      2000000,
      unit(DDB, 'PayPerRequest Replicated Write Request Units IA'),
    );
    expectLine(component(t, 'Storage (2 replicas)'), 80, unit(DDB, 'Data Storage Indexed GB-Mo'));
    expectLine(component(t, 'Storage (1 replica, Standard-IA)'), 40, unit(DDB, 'Data Storage Indexed - IA GB-Mo'));
    expectLine(component(t, 'Read request units'), 9000000, unit(DDB, 'PayPerRequest Read Request Units'));
    expectLine(component(t, 'Point-in-time recovery (1 replica)'), 40, unit(DDB, 'PITR Backup Storage GB-Mo'));
    expect(t.notes.join(' ')).toContain('replicas in eu-west-1, ap-southeast-2 priced at us-east-1 rates');
  });

  it('without usage every component is usage-missing and the keys are listed', async () => {
    const t = resource(await priceInline(onDemand), 'Table');
    expect(t.status).toBe('usage-missing');
    expect(t.missingUsage).toEqual(['monthlyReadRequestUnits', 'monthlyWriteRequestUnits', 'storageGB']);
  });

  it("provisioned: replicated write capacity × replicas and each replica's read capacity, at auto-scaling minimums", async () => {
    const t = resource(
      await priceInline(
        `
Resources:
  Table:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      BillingMode: PROVISIONED
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      WriteProvisionedThroughputSettings:
        WriteCapacityAutoScalingSettings: { MinCapacity: 10, MaxCapacity: 100, \
TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } }
      Replicas:
        - Region: us-east-1
          ReadProvisionedThroughputSettings: { ReadCapacityUnits: 20 }
        - Region: us-west-2
          ReadProvisionedThroughputSettings:
            ReadCapacityAutoScalingSettings: { MinCapacity: 5, MaxCapacity: 50, \
TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } }
`,
        { usage: { Table: { storageGB: 10 } } },
      ),
      'Table',
    );
    expectLine(
      component(t, 'Replicated write capacity (2 replicas)'),
      d(10).times(2).times(730),
      unit(DDB, 'Provisioned Replicated Write Units'),
    );
    expectLine(component(t, 'Read capacity (2 replicas)'), d(25).times(730), unit(DDB, 'Provisioned Read Units'));
    expectLine(component(t, 'Storage (2 replicas)'), 20, unit(DDB, 'Data Storage Indexed GB-Mo'));
    expect(t.status).toBe('priced');
  });
});
