/**
 * What an AWS error means for the scan: a permission we lack (a coverage gap, the scan goes on),
 * a region that is not enabled for the account (skipped with a note), or anything else.
 */

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'UnauthorizedException',
  'Forbidden',
]);

/** What an opt-in region the account has not enabled answers to signed requests. */
const REGION_DISABLED = new Set(['UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure', 'OptInRequired']);

export interface AwsErrorInfo {
  code: string;
  message: string;
  status?: number;
}

export function errorInfo(error: unknown): AwsErrorInfo {
  const e = error as { name?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return {
    code: e?.Code ?? e?.name ?? 'Error',
    message: (e?.message ?? String(error)).split('\n')[0]!.slice(0, 300),
    ...(e?.$metadata?.httpStatusCode ? { status: e.$metadata.httpStatusCode } : {}),
  };
}

export function isAccessDenied(error: unknown): boolean {
  const info = errorInfo(error);
  return ACCESS_DENIED.has(info.code) || (info.status === 403 && !REGION_DISABLED.has(info.code));
}

export function isRegionDisabled(error: unknown): boolean {
  return REGION_DISABLED.has(errorInfo(error).code);
}
