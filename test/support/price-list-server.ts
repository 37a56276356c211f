/**
 * A local AWS Price List Query API on loopback, for tests: the real SDK client
 * (`@aws-sdk/client-pricing`) is pointed at it with `endpoint` (or AWS_ENDPOINT_URL_PRICING).
 *
 * Protocol awsJson1_1: `POST /` with `X-Amz-Target: AWSPriceListService.<Operation>` and a JSON body.
 * - GetProducts: ServiceCode, Filters (TERM_MATCH, EQUALS, CONTAINS, ANY_OF, NONE_OF on
 *   `ServiceCode`, `productFamily`, `sku` and any product attribute), MaxResults (≤ 100),
 *   NextToken (opaque, bound to the query: another query's token is InvalidNextTokenException).
 *   PriceList items are JSON strings in AWS's format (../shared/aws-pricing/price-list-api/get-products/).
 * - DescribeServices and GetAttributeValues over the same items.
 * Faults can be injected per request: ThrottlingException, InternalErrorException, a dropped
 * connection. Every request is logged (operation, body, whether it was signed, what was answered).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PriceListItemJson } from '../../lib/pricing/live/price-list-item.js';

export interface FilterJson {
  Type: string;
  Field: string;
  Value: string;
}

export interface GetProductsBody {
  ServiceCode?: string;
  Filters?: FilterJson[];
  FormatVersion?: string;
  MaxResults?: number;
  NextToken?: string;
}

export type Fault = 'throttle' | 'internal' | 'drop';

export interface LoggedRequest {
  /** 1-based, in arrival order. */
  number: number;
  operation: string;
  body: GetProductsBody & Record<string, unknown>;
  /** The request carried a SigV4 Authorization header. */
  signed: boolean;
  answer: 'ok' | Fault | 'error';
  /** Products returned (GetProducts). */
  returned: number;
}

export interface PriceListServerOptions {
  items: PriceListItemJson[];
  /** Largest page the server sends, whatever MaxResults asks (AWS: 100). */
  maxPageSize?: number;
  /** A fault to answer a request with, by request number (1-based) and request; undefined = answer normally. */
  fault?: (request: { number: number; operation: string; body: GetProductsBody }) => Fault | undefined;
}

export interface PriceListServer {
  endpoint: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const AWS_MAX_PAGE = 100;

export async function startPriceListServer(options: PriceListServerOptions): Promise<PriceListServer> {
  const requests: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    readBody(req).then(
      (text) => handle(req, res, text),
      () => res.destroy(),
    );
  });

  function handle(req: IncomingMessage, res: ServerResponse, text: string): void {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('AWSPriceListService.') ? target.slice('AWSPriceListService.'.length) : target;
    let body: LoggedRequest['body'];
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      return sendError(res, 400, 'SerializationException', 'body is not JSON');
    }
    const log: LoggedRequest = {
      number: requests.length + 1,
      operation,
      body,
      signed: /^AWS4-HMAC-SHA256 /.test(String(req.headers.authorization ?? '')),
      answer: 'ok',
      returned: 0,
    };
    requests.push(log);
    const fault = options.fault?.({ number: log.number, operation, body });
    if (fault) {
      log.answer = fault;
      if (fault === 'drop') return void req.socket.destroy();
      if (fault === 'throttle') return sendError(res, 400, 'ThrottlingException', 'Rate exceeded');
      return sendError(res, 500, 'InternalErrorException', 'An internal error occurred');
    }
    if (req.method !== 'POST' || req.headers['content-type'] !== 'application/x-amz-json-1.1') {
      log.answer = 'error';
      return sendError(res, 400, 'SerializationException', 'expected POST with Content-Type application/x-amz-json-1.1');
    }
    switch (operation) {
      case 'GetProducts':
        return getProducts(res, body, log);
      case 'DescribeServices':
        return send(res, describeServices(options.items, body.ServiceCode));
      case 'GetAttributeValues':
        return send(res, { AttributeValues: attributeValues(options.items, String(body.ServiceCode), String(body.AttributeName)) });
      default:
        log.answer = 'error';
        return sendError(res, 400, 'UnknownOperationException', `unknown operation ${target}`);
    }
  }

  function getProducts(res: ServerResponse, body: GetProductsBody, log: LoggedRequest): void {
    if (!body.ServiceCode) {
      log.answer = 'error';
      return sendError(res, 400, 'InvalidParameterException', 'ServiceCode is required');
    }
    if (body.FormatVersion && body.FormatVersion !== 'aws_v1') {
      log.answer = 'error';
      return sendError(res, 400, 'InvalidParameterException', `FormatVersion ${body.FormatVersion} is not supported`);
    }
    let filters: Array<(item: PriceListItemJson) => boolean>;
    try {
      filters = (body.Filters ?? []).map(filterPredicate);
    } catch (error) {
      log.answer = 'error';
      return sendError(res, 400, 'InvalidParameterException', (error as Error).message);
    }
    const matching = options.items.filter((item) => itemServiceCode(item) === body.ServiceCode && filters.every((f) => f(item)));
    const query = queryId(body);
    let offset = 0;
    if (body.NextToken) {
      const token = decodeToken(body.NextToken);
      if (!token || token.query !== query) {
        log.answer = 'error';
        return sendError(res, 400, 'InvalidNextTokenException', 'The NextToken is not valid for this query');
      }
      offset = token.offset;
    }
    const size = Math.min(body.MaxResults ?? AWS_MAX_PAGE, options.maxPageSize ?? AWS_MAX_PAGE, AWS_MAX_PAGE);
    const page = matching.slice(offset, offset + size);
    log.returned = page.length;
    const next = offset + size < matching.length ? encodeToken({ offset: offset + size, query }) : undefined;
    send(res, { FormatVersion: 'aws_v1', PriceList: page.map((item) => JSON.stringify(item)), ...(next ? { NextToken: next } : {}) });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The value a filter field names on an item: ServiceCode, productFamily, sku, or an attribute. */
export function fieldValue(item: PriceListItemJson, field: string): string | undefined {
  if (field === 'ServiceCode') return itemServiceCode(item);
  if (field === 'productFamily') return item.product.productFamily;
  if (field === 'sku') return item.product.sku;
  return item.product.attributes?.[field];
}

/** GetProducts filter semantics. TERM_MATCH and EQUALS: the field equals the value. */
export function filterPredicate(filter: FilterJson): (item: PriceListItemJson) => boolean {
  const values = () => filter.Value.split(',').map((v) => v.trim());
  switch (filter.Type) {
    case 'TERM_MATCH':
    case 'EQUALS':
      return (item) => fieldValue(item, filter.Field) === filter.Value;
    case 'CONTAINS':
      return (item) => fieldValue(item, filter.Field)?.includes(filter.Value) ?? false;
    case 'ANY_OF': {
      const set = new Set(values());
      return (item) => set.has(fieldValue(item, filter.Field) ?? '\u0000');
    }
    case 'NONE_OF': {
      const set = new Set(values());
      return (item) => !set.has(fieldValue(item, filter.Field) ?? '\u0000');
    }
    default:
      throw new Error(`Filter Type ${filter.Type} is not one of TERM_MATCH, EQUALS, CONTAINS, ANY_OF, NONE_OF`);
  }
}

function itemServiceCode(item: PriceListItemJson): string | undefined {
  return item.serviceCode ?? item.product.attributes?.servicecode;
}

function describeServices(items: PriceListItemJson[], serviceCode: unknown) {
  const byService = new Map<string, Set<string>>();
  for (const item of items) {
    const code = itemServiceCode(item);
    if (!code || (serviceCode && code !== serviceCode)) continue;
    const names = byService.get(code) ?? new Set<string>();
    for (const name of Object.keys(item.product.attributes ?? {})) names.add(name);
    byService.set(code, names);
  }
  return {
    FormatVersion: 'aws_v1',
    Services: [...byService]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, names]) => ({ ServiceCode: code, AttributeNames: [...names].sort() })),
  };
}

function attributeValues(items: PriceListItemJson[], serviceCode: string, attribute: string) {
  const values = new Set<string>();
  for (const item of items) {
    const v = itemServiceCode(item) === serviceCode ? fieldValue(item, attribute) : undefined;
    if (v !== undefined) values.add(v);
  }
  return [...values].sort().map((Value) => ({ Value }));
}

function queryId(body: GetProductsBody): string {
  return JSON.stringify([body.ServiceCode, body.Filters ?? []]);
}

function encodeToken(token: { offset: number; query: string }): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string): { offset: number; query: string } | undefined {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof token?.offset === 'number' && typeof token?.query === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, {
    'Content-Type': 'application/x-amz-json-1.1',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': requestId(),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  const text = JSON.stringify({ __type: type, message });
  res.writeHead(status, {
    'Content-Type': 'application/x-amz-json-1.1',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-ErrorType': type,
    'x-amzn-RequestId': requestId(),
  });
  res.end(text);
}

let requestCounter = 0;
function requestId(): string {
  return `00000000-0000-0000-0000-${String(++requestCounter).padStart(12, '0')}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The SDK signs every request, so it needs credentials; these are fake (the loopback server does not
 * check signatures) and keep the SDK from looking further (profiles, SSO, instance metadata).
 */
export function useFakeAwsCredentials(): void {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDLOOPBACKTEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'loopback-test-secret';
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ENDPOINT_URL;
  delete process.env.AWS_ENDPOINT_URL_PRICING;
}
