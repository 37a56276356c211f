/**
 * What every SAM resource expander gets: the declared resource, a way to add the CloudFormation
 * resources the transform would create (each remembering which SAM resource it came from), the
 * implicit APIs that Api/HttpApi events attach to, and parameter resolution where SAM itself
 * resolves parameters (stage names, alias names).
 */
import { createHash } from 'node:crypto';
import type { TemplateResource } from '../template.js';

export type Properties = Record<string, unknown>;

export interface SamOrigin {
  /** Logical id of the SAM resource as declared (or of the implicit API, e.g. ServerlessRestApi). */
  logicalId: string;
  type: string;
}

/** A resource the transform generated, under its CloudFormation logical id. */
export interface GeneratedResource {
  logicalId: string;
  resource: TemplateResource;
  origin: SamOrigin;
}

export interface SamContext {
  /** All declared resources (S3 and Cognito events change the bucket or user pool they name). */
  readonly declared: Record<string, TemplateResource>;
  add(generated: GeneratedResource): void;
  warn(text: string): void;
  /** Resolves parameter Refs, pseudo parameters and FindInMap the way SAM does before translating. */
  resolve(value: unknown): unknown;
  /** Marks that a function or state machine event needs the implicit REST or HTTP API. */
  useImplicitApi(kind: 'rest' | 'http', condition: string | undefined): void;
}

/** The resource attributes SAM passes through to what it generates. */
export function passthrough(resource: TemplateResource): Partial<TemplateResource> {
  return {
    ...(resource.Condition !== undefined ? { Condition: resource.Condition } : {}),
    ...(resource.DeletionPolicy !== undefined ? { DeletionPolicy: resource.DeletionPolicy } : {}),
    ...(resource.UpdateReplacePolicy !== undefined ? { UpdateReplacePolicy: resource.UpdateReplacePolicy } : {}),
  };
}

/** Drops undefined values, so generated properties read like hand-written ones. */
export function defined(properties: Properties): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
}

/**
 * A 10-hex-digit suffix like the one SAM appends to Deployment, Version and LayerVersion logical
 * ids. SAM hashes its own serialization, so the digits differ from a real transform's; they are
 * stable for the same input, which is all an estimate needs.
 */
export function hashSuffix(value: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(value ?? null))
    .digest('hex')
    .slice(0, 10);
}

/** SAM's Tags map → CloudFormation's Key/Value list. */
export function tagList(tags: unknown): Array<{ Key: string; Value: unknown }> | undefined {
  if (!tags || typeof tags !== 'object' || Array.isArray(tags)) return undefined;
  return Object.entries(tags as Properties).map(([Key, Value]) => ({ Key, Value }));
}

export function isRecord(value: unknown): value is Properties {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

export function ref(logicalId: string): { Ref: string } {
  return { Ref: logicalId };
}

export function getAtt(logicalId: string, attribute: string): { 'Fn::GetAtt': [string, string] } {
  return { 'Fn::GetAtt': [logicalId, attribute] };
}
