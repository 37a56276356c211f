/**
 * Turns a failed Price List request into an error the user can act on: which service and filter,
 * which endpoint, and what to do (credentials, permission, endpoint, throttling).
 */
import type { Filter } from '@aws-sdk/client-pricing';
import { UserError } from '../../errors.js';
import { classifySdkError, fatalAwsError } from '../../aws/sdk-errors.js';

export interface RequestContext {
  label: string;
  serviceCode: string;
  filters: Filter[];
  page: number;
}

export function priceListError(error: unknown, context: RequestContext): Error {
  if (error instanceof UserError) return error;
  const e = error as { name?: string; message?: string; code?: string; $metadata?: { attempts?: number; httpStatusCode?: number } };
  const name = e.name ?? 'Error';
  const what =
    `Price List GetProducts for ${context.serviceCode}${describeFilters(context.filters)} (page ${context.page}) at ` + `${context.label}`;
  const attempts = e.$metadata?.attempts ? ` after ${e.$metadata.attempts} attempts` : '';
  const detail = `${name}: ${e.message ?? String(error)}`;
  if (name === 'ThrottlingException') {
    return new UserError(
      `${what} was throttled${attempts} (${detail}).`,
      'AWS limits the Price List API per account: wait a minute and retry, or refresh fewer services/regions at a time.',
    );
  }
  const kind = classifySdkError(error);
  if (kind === 'credentials' || kind === 'profile' || kind === 'endpoint') {
    const aws = context.label.includes('amazonaws.com');
    return fatalAwsError(error, { what, ...(aws ? {} : { endpoint: context.label }) })!;
  }
  if (
    name === 'AccessDeniedException' ||
    name === 'UnrecognizedClientException' ||
    name === 'InvalidSignatureException' ||
    e.$metadata?.httpStatusCode === 403
  ) {
    return new UserError(
      `${what} was refused (${detail}).`,
      'The AWS identity in use needs the pricing:GetProducts permission (e.g. the AWSPriceListServiceFullAccess policy).',
    );
  }
  return new UserError(`${what} failed${attempts} (${detail}).`, 'Retry later; if it persists, check --endpoint and --pricing-region.');
}

function describeFilters(filters: Filter[]): string {
  return filters.length
    ? ` [${filters.map((f) => `${f.Field}${f.Type === 'TERM_MATCH' || f.Type === 'EQUALS' ? '=' : ` ${f.Type} `}${f.Value}`).join(', ')}]`
    : '';
}
