/**
 * The Application Auto Scaling targets on a provisioned DynamoDB table and its global secondary
 * indexes (AWS::ApplicationAutoScaling::ScalableTarget, ServiceNamespace dynamodb, ResourceId
 * "table/NAME" or "table/NAME/index/INDEX", usually built with Fn::Join from a Ref to the table).
 * Auto scaling never takes capacity below MinCapacity, so that is the least the table bills.
 */
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import { stackResourcesOfType } from '../../model/find-resources.js';
import { num, str } from '../../model/properties.js';

export interface ScalableMinimum {
  /** "table" or the index name. */
  on: string;
  dimension: 'read' | 'write';
  min: number;
  target: string;
}

export function scalableMinimums(architecture: Architecture, table: ResourceModel): ScalableMinimum[] {
  const tableName = str(table, 'TableName');
  const out: ScalableMinimum[] = [];
  for (const t of stackResourcesOfType(architecture, table, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
    if (str(t, 'ServiceNamespace') !== 'dynamodb') continue;
    const id = JSON.stringify(t.properties.ResourceId ?? '');
    const refersHere =
      id.includes(`{"Ref":"${table.logicalId}"}`) || (tableName !== undefined && new RegExp(`table/${tableName}(/|"|$)`).test(id));
    if (!refersHere) continue;
    const dimension = str(t, 'ScalableDimension') ?? '';
    const match = /^dynamodb:(table|index):(Read|Write)CapacityUnits$/.exec(dimension);
    const min = num(t, 'MinCapacity');
    if (!match || min === undefined) continue;
    const index = match[1] === 'index' ? /\/index\/([^"/]+)/.exec(id)?.[1] : undefined;
    out.push({ on: index ?? 'table', dimension: match[2] === 'Read' ? 'read' : 'write', min, target: t.logicalId });
  }
  return out;
}
