/**
 * The SAM transform (AWS::Serverless-2016-10-31), as far as cost is concerned: every
 * AWS::Serverless::* resource becomes the CloudFormation resources the transform would create,
 * under the logical ids SAM gives them, each remembering the SAM resource it came from; Globals are
 * merged first; Api/HttpApi events without an explicit API create the implicit ServerlessRestApi /
 * ServerlessHttpApi. Plain CloudFormation resources pass through unchanged. Runs on the raw template
 * (before intrinsics are resolved), as the transform does.
 */
import type { Template, TemplateResource } from '../template.js';
import { SAM_API, expandApi } from './api.js';
import { SAM_APPLICATION, expandApplication } from './application.js';
import { SAM_CONNECTOR, expandConnector } from './connector.js';
import { SAM_FUNCTION, expandFunction } from './function.js';
import { readGlobals, withGlobals } from './globals.js';
import { SAM_GRAPHQL_API, expandGraphQlApi } from './graphql-api.js';
import { SAM_HTTP_API, expandHttpApi } from './http-api.js';
import { SAM_LAYER_VERSION, expandLayerVersion } from './layer-version.js';
import { isRecord, type GeneratedResource, type Properties, type SamContext, type SamOrigin } from './sam-context.js';
import { SAM_SIMPLE_TABLE, expandSimpleTable } from './simple-table.js';
import { SAM_STATE_MACHINE, expandStateMachine } from './state-machine.js';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
export const IMPLICIT_REST_API = 'ServerlessRestApi';
export const IMPLICIT_HTTP_API = 'ServerlessHttpApi';

type Expander = (ctx: SamContext, logicalId: string, declared: TemplateResource, properties: Properties) => void;

const EXPANDERS: Record<string, Expander> = {
  [SAM_FUNCTION]: expandFunction,
  [SAM_API]: (ctx, id, declared, p) => expandApi(ctx, id, declared, p),
  [SAM_HTTP_API]: (ctx, id, declared, p) => expandHttpApi(ctx, id, declared, p),
  [SAM_SIMPLE_TABLE]: expandSimpleTable,
  [SAM_STATE_MACHINE]: expandStateMachine,
  [SAM_LAYER_VERSION]: expandLayerVersion,
  [SAM_APPLICATION]: expandApplication,
  [SAM_CONNECTOR]: expandConnector,
  [SAM_GRAPHQL_API]: expandGraphQlApi,
};

export interface SamExpansion {
  /** The template with CloudFormation resources only (plus any condition the implicit APIs need). */
  template: Template;
  /** Generated logical id → the SAM resource it came from. */
  origins: Map<string, SamOrigin>;
  warnings: string[];
}

export function transformsOf(template: Template): string[] {
  const t = template.Transform;
  return (Array.isArray(t) ? t : t === undefined ? [] : [t]).filter((x): x is string => typeof x === 'string');
}

export function isSamTemplate(template: Template): boolean {
  return (
    transformsOf(template).includes(SAM_TRANSFORM) ||
    Object.values(template.Resources ?? {}).some((r) => r.Type.startsWith('AWS::Serverless::'))
  );
}

export function expandSam(template: Template, resolve: (value: unknown) => unknown): SamExpansion {
  const declared = structuredClone(template.Resources ?? {}) as Record<string, TemplateResource>;
  const globals = readGlobals(template.Globals);
  const warnings: string[] = [];
  if (!transformsOf(template).includes(SAM_TRANSFORM)) {
    warnings.push(
      `declares AWS::Serverless resources without "Transform: ${SAM_TRANSFORM}" (CloudFormation would reject it); they are expanded ` +
        `as the transform would.`,
    );
  }
  const plainIds = new Set(
    Object.entries(declared)
      .filter(([, r]) => !EXPANDERS[r.Type])
      .map(([id]) => id),
  );
  const resources: Record<string, TemplateResource> = {};
  const origins = new Map<string, SamOrigin>();
  const implicitUsers: Record<'rest' | 'http', Array<string | undefined>> = { rest: [], http: [] };
  const ctx: SamContext = {
    declared,
    add(generated: GeneratedResource) {
      const { logicalId } = generated;
      if (plainIds.has(logicalId) || (resources[logicalId] && origins.get(logicalId)?.logicalId !== generated.origin.logicalId)) {
        warnings.push(
          `${generated.origin.logicalId}: SAM would generate "${logicalId}" (${generated.resource.Type}), but the template already ` +
            `has a resource with that logical id; kept the declared one.`,
        );
        return;
      }
      resources[logicalId] = generated.resource;
      origins.set(logicalId, generated.origin);
    },
    warn: (text) => warnings.push(text),
    resolve,
    useImplicitApi: (kind, condition) => implicitUsers[kind].push(condition),
  };

  for (const [logicalId, resource] of Object.entries(declared)) {
    const connectors = (resource as TemplateResource & { Connectors?: unknown }).Connectors;
    if (connectors !== undefined) {
      delete (resource as TemplateResource & { Connectors?: unknown }).Connectors;
      if (isRecord(connectors)) {
        for (const [connectorId, c] of Object.entries(connectors)) {
          expandConnector(
            ctx,
            `${logicalId}${connectorId}`,
            { Type: SAM_CONNECTOR, ...(resource.Condition ? { Condition: resource.Condition } : {}) },
            isRecord(c) && isRecord(c.Properties) ? c.Properties : {},
          );
        }
      }
    }
    const expander = EXPANDERS[resource.Type];
    if (!expander) {
      resources[logicalId] = resource;
      continue;
    }
    expander(ctx, logicalId, resource, withGlobals(globals, resource.Type, resource.Properties ?? {}));
  }

  const conditions = { ...(template.Conditions ?? {}) };
  const implicit = (kind: 'rest' | 'http', id: string, type: string) => {
    const users = implicitUsers[kind];
    if (users.length === 0) return;
    if (plainIds.has(id) || resources[id]) {
      warnings.push(
        `Api events need the implicit API "${id}", but the template already declares that logical id; events attach to the declared one.`,
      );
      return;
    }
    const condition = implicitCondition(users, id, conditions);
    const declaredApi: TemplateResource = { Type: type, ...(condition ? { Condition: condition } : {}) };
    const origin = { logicalId: id, type };
    if (kind === 'rest') expandApi(ctx, id, declaredApi, withGlobals(globals, SAM_API, { StageName: 'Prod' }), origin);
    else expandHttpApi(ctx, id, declaredApi, withGlobals(globals, SAM_HTTP_API, {}), origin);
  };
  implicit('rest', IMPLICIT_REST_API, SAM_API);
  implicit('http', IMPLICIT_HTTP_API, SAM_HTTP_API);

  const rest: Template = { ...template };
  delete rest.Globals;
  return {
    template: { ...rest, Resources: resources, ...(Object.keys(conditions).length ? { Conditions: conditions } : {}) },
    origins,
    warnings,
  };
}

/**
 * The implicit API exists when any of its users does: unconditional if one user is, the users'
 * shared condition, or a new condition `<Api>Condition` that ORs theirs (as SAM's plugin does).
 */
function implicitCondition(users: Array<string | undefined>, apiId: string, conditions: Record<string, unknown>): string | undefined {
  if (users.some((c) => c === undefined)) return undefined;
  const distinct = [...new Set(users as string[])];
  if (distinct.length === 1) return distinct[0];
  const name = `${apiId}Condition`;
  conditions[name] = { 'Fn::Or': distinct.map((c) => ({ Condition: c })) };
  return name;
}
