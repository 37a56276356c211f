/**
 * An AWS Organization in the emulator: moto keys every resource by account id and lets STS
 * AssumeRole into any account id, so a management account (moto's default 123456789012) creates
 * the organization, OUs and member accounts, and each member's resources are made with that
 * account's assumed-role keys. Used by the organization scan tests and the figures script.
 */
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AllocateAddressCommand, CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CloseAccountCommand,
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreateOrganizationCommand,
  ListRootsCommand,
  MoveAccountCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { setupClients } from './aws-test-clients.js';

export type PlantedKind = 'volume' | 'address' | 'queue';

export interface Planted {
  kind: PlantedKind;
  region: string;
  team?: string;
  /** Volume size in GiB. */
  size?: number;
}

export interface AccountSpec {
  name: string;
  /** Name of the OU (under the root) the account is moved to; a "/" nests it: "workloads/prod". */
  ou?: string;
  /** Closed after creation (SUSPENDED): the scan must leave it out. */
  closed?: boolean;
  resources: Planted[];
}

export interface OrgWorld {
  rootId: string;
  /** OU path → id. */
  ous: Record<string, string>;
  /** Account name → id, in spec order. */
  accounts: Record<string, string>;
}

export async function buildOrg(endpoint: string, specs: AccountSpec[]): Promise<OrgWorld> {
  const mgmt = setupClients({ endpoint });
  const org = mgmt(OrganizationsClient);
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const rootId = (await org.send(new ListRootsCommand({}))).Roots![0]!.Id!;
  const ous: Record<string, string> = {};
  const ouId = async (path: string): Promise<string> => {
    if (ous[path]) return ous[path];
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? rootId : await ouId(path.slice(0, slash));
    const created = await org.send(new CreateOrganizationalUnitCommand({ ParentId: parent, Name: path.slice(slash + 1) }));
    return (ous[path] = created.OrganizationalUnit!.Id!);
  };
  const accounts: Record<string, string> = {};
  for (const spec of specs) {
    const created = await org.send(new CreateAccountCommand({ AccountName: spec.name, Email: `${spec.name}@example.com` }));
    const id = created.CreateAccountStatus!.AccountId!;
    accounts[spec.name] = id;
    if (spec.ou)
      await org.send(new MoveAccountCommand({ AccountId: id, SourceParentId: rootId, DestinationParentId: await ouId(spec.ou) }));
    await plant(endpoint, id, spec.resources);
    if (spec.closed) await org.send(new CloseAccountCommand({ AccountId: id }));
  }
  return { rootId, ous, accounts };
}

/** Credentials of an account (moto: any role ARN in it, existing or not). */
export async function accountCredentials(endpoint: string, account: string) {
  const sts = setupClients({ endpoint })(STSClient);
  const c = (await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/setup`, RoleSessionName: 'setup' })))
    .Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
}

async function plant(endpoint: string, account: string, resources: Planted[]): Promise<void> {
  if (!resources.length) return;
  const credentials = await accountCredentials(endpoint, account);
  const byRegion = new Map<string, Planted[]>();
  for (const r of resources) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r]);
  for (const [region, planted] of byRegion) {
    const make = setupClients({ endpoint, region, credentials });
    // Ten at a time: fast, and gentle with the single-process emulator.
    for (let i = 0; i < planted.length; i += 10) {
      await Promise.all(planted.slice(i, i + 10).map((p, j) => create(make, region, p, `${account}-${i + j}`)));
    }
  }
}

async function create(make: ReturnType<typeof setupClients>, region: string, p: Planted, name: string): Promise<void> {
  const tags = p.team ? [{ Key: 'team', Value: p.team }] : [];
  switch (p.kind) {
    case 'volume':
      await make(EC2Client).send(
        new CreateVolumeCommand({
          AvailabilityZone: `${region}a`,
          Size: p.size ?? 10,
          VolumeType: 'gp3',
          ...(tags.length ? { TagSpecifications: [{ ResourceType: 'volume', Tags: tags }] } : {}),
        }),
      );
      return;
    case 'address':
      await make(EC2Client).send(
        new AllocateAddressCommand({
          Domain: 'vpc',
          ...(tags.length ? { TagSpecifications: [{ ResourceType: 'elastic-ip', Tags: tags }] } : {}),
        }),
      );
      return;
    case 'queue':
      await make(SQSClient).send(new CreateQueueCommand({ QueueName: `q-${name}`, ...(p.team ? { tags: { team: p.team } } : {}) }));
      return;
  }
}
