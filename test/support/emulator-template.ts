/**
 * Makes a synthesized template deployable into moto — the one documented preprocessing step of the
 * scan tests. moto's CloudFormation creates most of the types these examples use, but not all (e.g.
 * AWS::OpenSearchService::Domain, AWS::CloudFront::Distribution, AWS::SecretsManager::Secret), and
 * it cannot run Lambda-backed custom resources (Custom::*) without Docker. Those resources are left
 * out, and references to them become ARN-shaped placeholders so the rest deploys unchanged. The test
 * plants what was left out (an OpenSearch domain, …) with the services' own APIs instead.
 *
 * Two more workarounds for moto 5.2 bugs, neither touching what the scan reads:
 * - EventBridge buses and rules are left out too: a Ref to an AWS::Events::EventBus resolves to
 *   moto's internal object instead of the bus name (a rule then fails to create, and a function
 *   whose environment names the bus breaks ListFunctions). No scan rule looks at EventBridge.
 * - AWS::KMS::Key KeyPolicy is passed as a JSON string (CloudFormation's Json type accepts both):
 *   moto keeps an object policy as-is and then fails every DescribeKey on it.
 */

/** Types moto implements but cannot create from these templates (see above). */
export const EMULATOR_FAILS_ON = new Set(['AWS::Events::Rule', 'AWS::Events::EventBus']);

interface Template {
  Resources: Record<string, { Type: string; DependsOn?: string | string[]; [key: string]: unknown }>;
  Outputs?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface EmulatorTemplate {
  template: Template;
  /** "LogicalId (Type)" of every resource left out. */
  dropped: string[];
}

export function forEmulator(original: Template, supported: ReadonlySet<string>, region = 'us-east-1'): EmulatorTemplate {
  const drop = new Set(
    Object.entries(original.Resources)
      .filter(([, r]) => !supported.has(r.Type) || EMULATOR_FAILS_ON.has(r.Type))
      .map(([id]) => id),
  );
  // A Lambda permission granted through a resource left out (a function URL's FunctionArn) would name
  // no function in moto, which then fails the whole stack: leave the permission out with it.
  for (const [id, r] of Object.entries(original.Resources)) {
    if (r.Type === 'AWS::Lambda::Permission' && referencesAny((r.Properties as Record<string, unknown> | undefined)?.FunctionName, drop))
      drop.add(id);
  }
  const placeholder = (id: string, attribute?: string) =>
    `arn:aws:emulator:${region}:123456789012:left-out/${id}${attribute ? `/${attribute}` : ''}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    const v = value as Record<string, unknown>;
    if (typeof v.Ref === 'string' && drop.has(v.Ref)) return placeholder(v.Ref);
    const getAtt = v['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && drop.has(getAtt[0])) return placeholder(getAtt[0], String(getAtt[1]));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]));
  };
  const resources: Template['Resources'] = {};
  for (const [id, resource] of Object.entries(original.Resources)) {
    if (drop.has(id)) continue;
    const copy = rewrite(resource) as Template['Resources'][string];
    const properties = copy.Properties as Record<string, unknown> | undefined;
    if (copy.Type === 'AWS::KMS::Key' && properties?.KeyPolicy && typeof properties.KeyPolicy === 'object')
      properties.KeyPolicy = JSON.stringify(properties.KeyPolicy);
    if (copy.DependsOn !== undefined) {
      const kept = ([] as string[]).concat(copy.DependsOn).filter((d) => !drop.has(d));
      if (kept.length) copy.DependsOn = kept;
      else delete copy.DependsOn;
    }
    resources[id] = copy;
  }
  return {
    template: {
      ...original,
      Resources: resources,
      ...(original.Outputs ? { Outputs: rewrite(original.Outputs) as Record<string, unknown> } : {}),
    },
    dropped: [...drop].map((id) => `${id} (${original.Resources[id]!.Type})`),
  };
}

/** Whether a property value is a Ref or Fn::GetAtt of one of `ids`. */
function referencesAny(value: unknown, ids: ReadonlySet<string>): boolean {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const getAtt = v['Fn::GetAtt'];
  return (typeof v.Ref === 'string' && ids.has(v.Ref)) || (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && ids.has(getAtt[0]));
}
