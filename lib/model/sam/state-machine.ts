/**
 * AWS::Serverless::StateMachine → AWS::StepFunctions::StateMachine `<Id>` (Type → StateMachineType,
 * STANDARD unless EXPRESS; Logging → LoggingConfiguration), its role `<Id>Role` when Role is not
 * given, and per event: Schedule / CloudWatchEvent / EventBridgeRule → an EventBridge rule `<Id><Event>`
 * with the role `<Id><Event>Role` it starts executions with; ScheduleV2 → an EventBridge Scheduler
 * schedule; Api → a role, and the implicit REST API when the event names no RestApiId.
 */
import type { TemplateResource } from '../template.js';
import { assumeRole } from './function-events.js';
import { defined, getAtt, isRecord, passthrough, ref, tagList, type Properties, type SamContext } from './sam-context.js';

export const SAM_STATE_MACHINE = 'AWS::Serverless::StateMachine';

export function expandStateMachine(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const origin = { logicalId, type: SAM_STATE_MACHINE };
  const attrs = passthrough(declared);
  const add = (id: string, Type: string, Properties: Properties, extra: Partial<TemplateResource> = {}) =>
    ctx.add({ logicalId: id, origin, resource: { Type, Properties: defined(Properties), ...attrs, ...extra } });

  add(
    logicalId,
    'AWS::StepFunctions::StateMachine',
    {
      StateMachineName: p.Name,
      StateMachineType: p.Type,
      Definition: p.Definition,
      DefinitionS3Location: typeof p.DefinitionUri === 'string' || isRecord(p.DefinitionUri) ? p.DefinitionUri : undefined,
      DefinitionSubstitutions: p.DefinitionSubstitutions,
      LoggingConfiguration: p.Logging,
      TracingConfiguration: p.Tracing,
      RoleArn: p.Role ?? getAtt(`${logicalId}Role`, 'Arn'),
      Tags: tagList(p.Tags),
    },
    declared.DependsOn !== undefined ? { DependsOn: declared.DependsOn } : {},
  );
  if (p.Role === undefined) {
    add(`${logicalId}Role`, 'AWS::IAM::Role', {
      AssumeRolePolicyDocument: assumeRole('states.amazonaws.com'),
      Path: p.RolePath,
      PermissionsBoundary: p.PermissionsBoundary,
    });
  }

  if (!isRecord(p.Events)) return;
  for (const [eventId, event] of Object.entries(p.Events)) {
    if (!isRecord(event) || typeof event.Type !== 'string') {
      ctx.warn(`${logicalId}: event "${eventId}" has no Type; the SAM transform would reject it, so it is ignored.`);
      continue;
    }
    const e = isRecord(event.Properties) ? event.Properties : {};
    const id = `${logicalId}${eventId}`;
    const eventsRole = () =>
      add(`${id}Role`, 'AWS::IAM::Role', {
        AssumeRolePolicyDocument: assumeRole(event.Type === 'Api' ? 'apigateway.amazonaws.com' : 'events.amazonaws.com'),
      });
    const target = { Arn: ref(logicalId), Id: `${id}StepFunctionsTarget`, RoleArn: getAtt(`${id}Role`, 'Arn') };
    switch (event.Type) {
      case 'Schedule':
        add(id, 'AWS::Events::Rule', {
          ScheduleExpression: e.Schedule,
          State: e.State ?? (e.Enabled === false ? 'DISABLED' : undefined),
          Name: e.Name,
          Description: e.Description,
          Targets: [defined({ ...target, Input: e.Input })],
        });
        eventsRole();
        break;
      case 'CloudWatchEvent':
      case 'EventBridgeRule':
        add(id, 'AWS::Events::Rule', {
          EventBusName: e.EventBusName,
          EventPattern: e.Pattern,
          Name: e.RuleName,
          State: e.State,
          Targets: [defined({ ...target, Input: e.Input, InputPath: e.InputPath })],
        });
        eventsRole();
        break;
      case 'ScheduleV2':
        add(id, 'AWS::Scheduler::Schedule', {
          ScheduleExpression: e.ScheduleExpression,
          FlexibleTimeWindow: e.FlexibleTimeWindow ?? { Mode: 'OFF' },
          State: e.State,
          Target: { Arn: ref(logicalId), RoleArn: e.RoleArn ?? getAtt(`${id}Role`, 'Arn') },
        });
        if (e.RoleArn === undefined)
          add(`${id}Role`, 'AWS::IAM::Role', { AssumeRolePolicyDocument: assumeRole('scheduler.amazonaws.com') });
        break;
      case 'Api':
        if (e.RestApiId === undefined) ctx.useImplicitApi('rest', declared.Condition);
        eventsRole();
        break;
      default:
        ctx.warn(`${logicalId}: event "${eventId}" of type ${event.Type} is not expanded by cdk-cost; what it would create is not priced.`);
    }
  }
}
