/**
 * Credentials for one member account: STS AssumeRole into `arn:aws:iam::ACCOUNT:role/ROLE`, sent by
 * the scanning account's own credentials (standard chain or --profile). The result is an SDK
 * credential provider (the shape every v3 client takes as `credentials`): it assumes the role once,
 * shares the session with every client of that account, and assumes it again only shortly before the
 * session expires — a long scan of many regions never runs on expired keys.
 */
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { ClientFactory } from '../aws/clients.js';

export interface RoleTarget {
  account: string;
  roleName: string;
  externalId?: string;
  /** aws, aws-cn, aws-us-gov. */
  partition?: string;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export type CredentialProvider = () => Promise<AwsCredentials>;

/** STS is reached in us-east-1, which every account has enabled. */
export const STS_REGION = 'us-east-1';
/** Refresh this long before expiry: a request signed just before expiry may still arrive after it. */
const REFRESH_MARGIN_MS = 5 * 60_000;
const SESSION_SECONDS = 3600;

export function roleArn(target: RoleTarget): string {
  return `arn:${target.partition ?? 'aws'}:iam::${target.account}:role/${target.roleName}`;
}

export function assumeRoleProvider(clients: ClientFactory, target: RoleTarget, now: () => number = Date.now): CredentialProvider {
  let pending: Promise<AwsCredentials> | undefined;
  return async () => {
    const current = pending ? await pending.catch(() => undefined) : undefined;
    if (current && (!current.expiration || current.expiration.getTime() - now() > REFRESH_MARGIN_MS)) return current;
    pending = assume(clients, target);
    return pending;
  };
}

async function assume(clients: ClientFactory, target: RoleTarget): Promise<AwsCredentials> {
  const out = await clients.get(STSClient, STS_REGION).send(
    new AssumeRoleCommand({
      RoleArn: roleArn(target),
      RoleSessionName: 'cdk-cost-scan',
      DurationSeconds: SESSION_SECONDS,
      ...(target.externalId ? { ExternalId: target.externalId } : {}),
    }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole ${roleArn(target)} returned no credentials`);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: c.Expiration } : {}),
  };
}
