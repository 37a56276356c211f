/**
 * Faults and economy against the emulator: the documented IAM policy is enough (moto enforcing
 * IAM), a missing permission becomes a coverage gap while the scan goes on, a disabled region is
 * skipped with a note, throttling is retried by the SDK, and CloudWatch is called ceil(queries/500)
 * times however many resources there are.
 */
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MiddlewareHost } from '../../lib/scan/aws/command-log.js';
import { runScan } from '../../lib/scan/engine/run-scan.js';
import { SCAN_IAM_ACTIONS, scanIamPolicy } from '../../lib/scan/iam-policy.js';
import { clientConfig, setupClients } from '../support/aws-test-clients.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';

const DAY = 86_400_000;

/**
 * moto names the IAM action of a request by its SigV4 signing name, which for two services differs
 * from IAM's prefix: the Tagging API signs as "tagging" (IAM: tag:) and CloudWatch as "monitoring"
 * (IAM: cloudwatch:). The policy is granted exactly as documented, with just those two prefixes
 * spelled the way the emulator checks them.
 */
function asEmulatorChecks(policy: ReturnType<typeof scanIamPolicy>): ReturnType<typeof scanIamPolicy> {
  const rename = (a: string) => a.replace(/^tag:/, 'tagging:').replace(/^cloudwatch:/, 'monitoring:');
  return { ...policy, Statement: policy.Statement.map((s) => ({ ...s, Action: s.Action.map(rename) })) };
}
const clock = () => new Date(Date.now() + 40 * DAY);

describe('IAM: the documented read-only policy', () => {
  let moto: MotoServer;
  const users: Record<string, { accessKeyId: string; secretAccessKey: string }> = {};

  beforeAll(async () => {
    // moto enforces IAM after the first 3 requests: those create the admin that sets up the rest.
    moto = await startMoto({ INITIAL_NO_AUTH_ACTION_COUNT: '3' });
    const boot = new IAMClient({ ...clientConfig({ endpoint: moto.endpoint }), maxAttempts: 1 });
    const createUser = async (iam: IAMClient, name: string, policy: object) => {
      await iam.send(new CreateUserCommand({ UserName: name }));
      await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'p', PolicyDocument: JSON.stringify(policy) }));
      const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
      users[name] = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    };
    await createUser(boot, 'admin', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    const admin = setupClients({ endpoint: moto.endpoint, credentials: users.admin! });
    await createUser(admin(IAMClient), 'scanner', asEmulatorChecks(scanIamPolicy()));
    const withoutRds = asEmulatorChecks(scanIamPolicy());
    withoutRds.Statement[0]!.Action = withoutRds.Statement[0]!.Action.filter((a) => !a.startsWith('rds:'));
    await createUser(admin(IAMClient), 'scanner-without-rds', withoutRds);
    await admin(EC2Client).send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 10, VolumeType: 'gp3' }));
    await admin(RDSClient).send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'quiet-db',
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin1',
        MasterUserPassword: 'not-a-secret-1',
      }),
    );
  });

  afterAll(async () => {
    await moto?.stop();
  });

  it('is enough: a user holding only it scans with no coverage gap', async () => {
    const report = await runScan({
      pricers: scanPricers(),
      regions: ['us-east-1'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint, credentials: users.scanner! }) },
      now: clock,
    });
    expect(report.gaps).toEqual([]);
    expect(report.findings.map((f) => f.rules[0]).sort()).toEqual(['idle-rds-instance', 'orphan-ebs-volume']);
    // Every action the scan sent is in the policy (and the policy holds nothing the scan never sends).
    expect(new Set(SCAN_IAM_ACTIONS).size).toBe(SCAN_IAM_ACTIONS.length);
    expect(SCAN_IAM_ACTIONS.every((a) => /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z]+$/.test(a))).toBe(true);
  });

  it('turns AccessDenied on one service into a coverage gap and completes the scan', async () => {
    const report = await runScan({
      pricers: scanPricers(),
      regions: ['us-east-1'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint, credentials: users['scanner-without-rds']! }) },
      now: clock,
    });
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({
      region: 'us-east-1',
      service: 'rds',
      operation: 'DescribeDBInstances',
      rulesSkipped: ['idle-rds-instance'],
    });
    expect(report.gaps[0]!.code).toMatch(/AccessDenied/);
    expect(report.findings.map((f) => f.rules[0])).toEqual(['orphan-ebs-volume']);
  });
});

describe('regions, throttling and API economy', () => {
  let moto: MotoServer;

  beforeAll(async () => {
    moto = await startMoto();
  });

  afterAll(async () => {
    await moto?.stop();
  });

  it('skips a region the account has not enabled, with a note, and scans the others', async () => {
    const disabled = (client: MiddlewareHost, region: string) => {
      if (region !== 'eu-west-3') return;
      client.middlewareStack.add(
        () => async () => {
          throw Object.assign(new Error('The security token included in the request is invalid.'), {
            name: 'UnrecognizedClientException',
            $metadata: { httpStatusCode: 403 },
            $fault: 'client',
          });
        },
        { step: 'initialize', name: 'disabledRegion' },
      );
    };
    await moto.reset();
    await setupClients({ endpoint: moto.endpoint })(EC2Client).send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 10 }));
    // ap-east-1: DescribeRegions says "not-opted-in"; eu-west-3 is listed as enabled but answers like a disabled region.
    const report = await runScan({
      pricers: scanPricers(),
      regions: ['us-east-1', 'ap-east-1', 'eu-west-3'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [disabled] },
      now: clock,
    });
    expect(report.regions).toEqual(['us-east-1', 'eu-west-3']);
    expect(report.skippedRegions).toEqual([
      { region: 'ap-east-1', reason: 'region not enabled for this account (opt-in region)' },
      { region: 'eu-west-3', reason: expect.stringMatching(/^region not enabled for this account \(The security token/) },
    ]);
    expect(report.findings.map((f) => f.rules[0])).toEqual(['orphan-ebs-volume']);
    // Rejected in every region is not "every region disabled": it is the credentials, and says so.
    await expect(
      runScan({
        pricers: scanPricers(),
        regions: ['eu-west-3'],
        access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [disabled] },
        now: clock,
      }),
    ).rejects.toThrow(/AWS rejected the credentials in every region scanned \(eu-west-3\)/);
  });

  it('retries throttled calls (SDK adaptive retry) and completes', async () => {
    let throttled = 0;
    const throttle = (client: MiddlewareHost) => {
      // Inside the retry loop (deserialize step): the first two attempts of every DescribeVolumes are throttled.
      client.middlewareStack.add(
        (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
          if (context.commandName === 'DescribeVolumesCommand' && throttled % 3 !== 2) {
            throttled++;
            throw Object.assign(new Error('Rate exceeded'), {
              name: 'ThrottlingException',
              $metadata: { httpStatusCode: 400 },
              $fault: 'client',
            });
          }
          if (context.commandName === 'DescribeVolumesCommand') throttled++;
          return next(args);
        },
        { step: 'deserialize', name: 'throttle' },
      );
    };
    const report = await runScan({
      pricers: scanPricers(),
      regions: ['us-east-1'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [throttle] },
      now: clock,
    });
    expect(throttled).toBeGreaterThanOrEqual(3);
    expect(report.gaps).toEqual([]);
    expect(report.findings.map((f) => f.rules[0])).toEqual(['orphan-ebs-volume']);
  });

  it('sends ceil(queries / 500) GetMetricData calls for 520 queues', async () => {
    await moto.reset();
    const sqs = setupClients({ endpoint: moto.endpoint })(SQSClient);
    for (let i = 0; i < 520; i += 20)
      await Promise.all(Array.from({ length: 20 }, (_, j) => sqs.send(new CreateQueueCommand({ QueueName: `q-${i + j}` }))));
    const report = await runScan({
      pricers: scanPricers(),
      regions: ['us-east-1'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) },
      now: clock,
    });
    expect(report.apiCalls.metricQueries).toBe(520); // one NumberOfMessagesSent query per queue
    expect(report.apiCalls.cloudWatchGetMetricData).toBe(Math.ceil(520 / 500));
    expect(report.findings.filter((f) => f.rules[0] === 'idle-sqs-queue')).toHaveLength(520);
  });
});
