/**
 * The one classifier of AWS SDK errors, shared by every command that calls AWS (scan, pricing
 * refresh, --prices live; later usage pull and actual). It tells apart what stops the command
 * (no credentials, an unknown profile, an endpoint that cannot be reached, rejected keys) from what
 * a command may work around (a denied permission, a region not enabled, throttling), and turns the
 * first kind into a UserError that names the credential source or the endpoint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';

export type SdkErrorKind = 'credentials' | 'profile' | 'endpoint' | 'rejected' | 'denied' | 'region-disabled' | 'throttled' | 'other';

export interface AwsErrorInfo {
  code: string;
  message: string;
  status?: number;
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'UnauthorizedException',
  'Forbidden',
]);

/** What an opt-in region the account has not enabled answers to signed requests (and, alike, rejected keys). */
const REGION_DISABLED = new Set(['UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure', 'OptInRequired']);

const SIGNATURE = new Set([
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'CERT_HAS_EXPIRED',
]);

const THROTTLED = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown']);

export function errorInfo(error: unknown): AwsErrorInfo {
  const e = error as { name?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return {
    code: e?.Code ?? e?.name ?? 'Error',
    message: (e?.message ?? String(error)).split('\n')[0]!.slice(0, 300),
    ...(e?.$metadata?.httpStatusCode ? { status: e.$metadata.httpStatusCode } : {}),
  };
}

export function classifySdkError(error: unknown): SdkErrorKind {
  const e = error as { name?: string; code?: string; message?: string; tryNextLink?: unknown };
  const info = errorInfo(error);
  if (info.code === 'CredentialsProviderError' || e?.tryNextLink !== undefined) {
    return /profile/i.test(info.message) ? 'profile' : 'credentials';
  }
  if (info.code === 'TokenProviderError' || /could not load credentials|unable to (load|resolve) credentials/i.test(info.message)) {
    return 'credentials';
  }
  if (NETWORK_CODES.has(e?.code ?? '') || NETWORK_CODES.has(info.code) || info.code === 'TimeoutError') return 'endpoint';
  if (/\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up)\b/.test(info.message)) return 'endpoint';
  if (REGION_DISABLED.has(info.code)) return 'region-disabled';
  if (SIGNATURE.has(info.code)) return 'rejected';
  if (THROTTLED.has(info.code) || info.status === 429) return 'throttled';
  if (ACCESS_DENIED.has(info.code) || info.status === 403) return 'denied';
  return 'other';
}

export function isAccessDenied(error: unknown): boolean {
  return classifySdkError(error) === 'denied';
}

export function isRegionDisabled(error: unknown): boolean {
  return classifySdkError(error) === 'region-disabled';
}

/** Errors no command can work around: without credentials or an endpoint every further call fails alike. */
export function isFatalSdkError(error: unknown): boolean {
  return ['credentials', 'profile', 'endpoint', 'rejected'].includes(classifySdkError(error));
}

export interface AwsCallContext {
  /** What was being done, e.g. "scan of us-east-1" or "Price List GetProducts for AmazonEC2". */
  what: string;
  /** --profile, if given (else AWS_PROFILE is read). */
  profile?: string;
  /** The endpoint in use, if not AWS's own (AWS_ENDPOINT_URL, --endpoint). */
  endpoint?: string;
}

/** The error as a UserError when it stops the command (credentials, profile, endpoint, rejected keys); else undefined. */
export function fatalAwsError(error: unknown, context: AwsCallContext): UserError | undefined {
  if (error instanceof UserError) return error;
  const kind = classifySdkError(error);
  const info = errorInfo(error);
  const detail = `${info.code}: ${info.message}`;
  const source = credentialSource(context.profile);
  switch (kind) {
    case 'profile':
    case 'credentials': {
      const missing = source.profile && !profileExists(source.profile);
      if (missing) {
        return new UserError(
          `${context.what}: the AWS profile "${source.profile}" (${source.from}) is not in ${configFiles().join(' or ')}.`,
          'Check the name (`aws configure list-profiles`), or set AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE.',
        );
      }
      return new UserError(
        `${context.what}: no AWS credentials could be loaded from ${source.text} (${detail}).`,
        'Configure credentials the usual way: --profile / AWS_PROFILE, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or `aws sso login`.',
      );
    }
    case 'endpoint': {
      const where = context.endpoint ?? process.env.AWS_ENDPOINT_URL ?? 'the AWS endpoint';
      return new UserError(
        `${context.what}: could not reach the endpoint ${where} (${detail}).`,
        context.endpoint || process.env.AWS_ENDPOINT_URL
          ? 'Is the endpoint running? Check --endpoint / AWS_ENDPOINT_URL.'
          : 'Check the network connection (and any proxy) to AWS.',
      );
    }
    case 'rejected':
      return new UserError(
        `${context.what}: AWS rejected the credentials from ${source.text} (${detail}).`,
        'The keys may be wrong or expired: refresh them (`aws sso login`, new session token) and check `aws sts get-caller-identity`.',
      );
    default:
      return undefined;
  }
}

interface CredentialSource {
  text: string;
  profile?: string;
  from?: string;
}

function credentialSource(profile: string | undefined): CredentialSource {
  if (profile) return { text: `the profile "${profile}" (--profile)`, profile, from: '--profile' };
  const env = process.env.AWS_PROFILE;
  if (env) return { text: `the profile "${env}" (AWS_PROFILE)`, profile: env, from: 'AWS_PROFILE' };
  if (process.env.AWS_ACCESS_KEY_ID) return { text: 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY' };
  return { text: 'the default credential chain (environment, ~/.aws/credentials and config, SSO, container or instance role)' };
}

function configFiles(): string[] {
  return [
    process.env.AWS_CONFIG_FILE ?? join(homedir(), '.aws', 'config'),
    process.env.AWS_SHARED_CREDENTIALS_FILE ?? join(homedir(), '.aws', 'credentials'),
  ];
}

/** Whether a section for the profile exists in the shared config or credentials file. */
function profileExists(profile: string): boolean {
  const [config, credentials] = configFiles();
  const has = (file: string, header: RegExp) =>
    existsSync(file) &&
    readFileSync(file, 'utf8')
      .split('\n')
      .some((l) => header.test(l.trim()));
  const name = profile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return has(config!, new RegExp(`^\\[\\s*(profile\\s+)?${name}\\s*\\]$`)) || has(credentials!, new RegExp(`^\\[\\s*${name}\\s*\\]$`));
}
