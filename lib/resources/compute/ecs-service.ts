/**
 * AWS::ECS::Service — on Fargate, its tasks' vCPU-hours and GB-hours (x86 or Arm, Linux or Windows
 * with its licence fee), ephemeral storage above the included 20 GB, and a public IPv4 address per
 * task where AssignPublicIp is ENABLED; tasks = the `tasks` usage key (an average) else
 * DesiredCount. On EC2 the service itself is free: its container instances are priced on their Auto
 * Scaling group or instances. ECS Anywhere (EXTERNAL) bills per managed instance-hour.
 */
import { Decimal, HOURS_PER_MONTH } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import { referencedResource, referencing } from '../../model/find-resources.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { list, num, prop, str, unresolved } from '../../model/properties.js';
import { fmt, times } from '../../quantities.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from '../network/data-transfer-out.js';
import { INCLUDED_EPHEMERAL_GB, fargateTaskSize } from './fargate-task-size.js';
import { findTaskDefinition } from './ecs-task-definition-ref.js';

type LaunchMode = { kind: 'FARGATE'; spot: boolean } | { kind: 'EC2'; why: string } | { kind: 'EXTERNAL' };

export const ecsService = definePricer({
  types: ['AWS::ECS::Service'],
  service: 'ECS',
  serviceCodes: ['AmazonECS', 'AmazonVPC', DATA_TRANSFER_SERVICE_CODE],
  usageKeys: [
    { name: 'tasks', unit: 'tasks', description: 'Average number of running tasks (default: DesiredCount)' },
    { name: 'externalInstances', unit: 'instances', description: 'ECS Anywhere (EXTERNAL launch type): managed instances registered' },
    DATA_TRANSFER_OUT_KEY,
  ],
  price(ctx) {
    const r = ctx.resource;
    if (str(r, 'DeploymentController.Type') === 'EXTERNAL') {
      ctx.free('DeploymentController EXTERNAL: the service runs its tasks in task sets, priced on each AWS::ECS::TaskSet');
      return;
    }
    const { taskDefinition, note } = findTaskDefinition(ctx.architecture, r);
    if (note) ctx.note(note);
    const mode = launchMode(ctx, taskDefinition);
    if (mode.kind === 'EC2') {
      ctx.free(
        `ECS on EC2 (${mode.why}) has no charge of its own: the container instances are priced on their Auto Scaling group or instances`,
      );
      return;
    }
    if (mode.kind === 'EXTERNAL') {
      const instances = ctx.usage.number('externalInstances');
      ctx.add({
        name: 'ECS Anywhere managed instance hours',
        unit: 'hours',
        quantity: times(instances, HOURS_PER_MONTH),
        price: { serviceCode: 'AmazonECS', key: 'per hour' },
        usageBased: true,
        usageKeys: ['externalInstances'],
      });
      return;
    }
    if (taskDefinition?.type !== 'AWS::ECS::TaskDefinition') {
      const why = unresolved(r, 'TaskDefinition') ?? `"${String(prop(r, 'TaskDefinition'))}"`;
      ctx.unsupported(`TaskDefinition is ${why}, not defined in this template: the tasks' CPU and memory are unknown`);
      return;
    }
    const size = fargateTaskSize(taskDefinition);
    if ('problem' in size) {
      ctx.unsupported(size.problem);
      return;
    }
    const tasks = taskCount(ctx);
    const taskHours = tasks.count.times(HOURS_PER_MONTH);
    const platform = size.arm ? 'Arm' : size.windows ? 'Windows' : 'x86';
    const suffix = size.windows ? ' Windows' : '';
    if (size.arm && size.windows) ctx.note('Windows on Arm is not a Fargate platform: priced as Arm Linux');
    const per = `${fmt(tasks.count)} task${tasks.count.eq(1) ? '' : 's'} (${tasks.source}) × 730 h`;
    ctx.add({
      name: `Fargate vCPU hours (${fmt(size.vcpu)} vCPU per task, ${platform})`,
      unit: 'vCPU-hours',
      quantity: taskHours.times(size.vcpu),
      price: { serviceCode: 'AmazonECS', key: size.arm ? 'ARM perCPU per hour' : `perCPU per hour${suffix}` },
      usageBased: false,
      formula: `${per} × ${fmt(size.vcpu)} vCPU`,
    });
    ctx.add({
      name: `Fargate memory hours (${fmt(size.memoryGb)} GB per task, ${platform})`,
      unit: 'GB-hours',
      quantity: taskHours.times(size.memoryGb),
      price: { serviceCode: 'AmazonECS', key: size.arm ? 'ARM perGB per hour' : `perGB per hour${suffix}` },
      usageBased: false,
      formula: `${per} × ${fmt(size.memoryGb)} GB`,
    });
    if (size.windows && !size.arm) {
      ctx.add({
        name: 'Windows OS licence fee (per vCPU-hour)',
        unit: 'vCPU-hours',
        quantity: taskHours.times(size.vcpu),
        price: { serviceCode: 'AmazonECS', key: 'perCPU OS License Fee per hour Windows' },
        usageBased: false,
      });
    }
    const extraStorage = size.ephemeralGb.minus(INCLUDED_EPHEMERAL_GB);
    if (extraStorage.gt(0)) {
      ctx.add({
        name: `Ephemeral storage (${fmt(size.ephemeralGb)} GB per task, ${INCLUDED_EPHEMERAL_GB} GB included)`,
        unit: 'GB-hours',
        quantity: taskHours.times(extraStorage),
        price: { serviceCode: 'AmazonECS', key: 'Storage per GB-Hours' },
        usageBased: false,
        formula: `${per} × ${fmt(extraStorage)} GB`,
      });
    }
    if (str(r, 'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp') === 'ENABLED') {
      ctx.add({
        name: 'Public IPv4 addresses (AssignPublicIp, one per task)',
        unit: 'hours',
        quantity: taskHours,
        price: { serviceCode: 'AmazonVPC', key: 'Hourly charge for In use Public IPv4 Addresses per Hrs' },
        usageBased: false,
        formula: per,
      });
    }
    if (mode.spot)
      ctx.note('FARGATE_SPOT capacity: priced at on-demand Fargate rates (an upper bound; Spot prices vary and are not in the price data)');
    addDataTransferOut(ctx);
  },
});

function taskCount(ctx: PricerContext): { count: Decimal; source: string } {
  const r = ctx.resource;
  if (ctx.usage.has('tasks')) return { count: ctx.usage.number('tasks')!, source: 'usage: tasks' };
  const desired = num(r, 'DesiredCount');
  if (desired !== undefined) return { count: new Decimal(desired), source: `DesiredCount ${desired}` };
  const why = unresolved(r, 'DesiredCount');
  if (why) {
    ctx.note(`DesiredCount is ${why}: priced for 1 task; set the "tasks" usage key`);
    return { count: new Decimal(1), source: 'DesiredCount unknown, 1 assumed' };
  }
  // CloudFormation starts a replica service without DesiredCount at 1 task.
  return { count: new Decimal(1), source: 'DesiredCount default 1' };
}

function launchMode(ctx: PricerContext, taskDefinition: ResourceModel | undefined): LaunchMode {
  const r = ctx.resource;
  const launchType = str(r, 'LaunchType');
  if (launchType === 'FARGATE') return { kind: 'FARGATE', spot: false };
  if (launchType === 'EXTERNAL') return { kind: 'EXTERNAL' };
  if (launchType === 'EC2') return { kind: 'EC2', why: 'LaunchType EC2' };
  const strategy = list(r, 'CapacityProviderStrategy') ?? clusterDefaultStrategy(ctx);
  if (strategy?.length) {
    const providers = strategy.map((s) => (s && typeof s === 'object' ? str(s as Record<string, unknown>, 'CapacityProvider') : undefined));
    if (providers.some((p) => p === 'FARGATE' || p === 'FARGATE_SPOT')) {
      if (providers.some((p) => p !== 'FARGATE' && p !== 'FARGATE_SPOT'))
        ctx.note('the capacity provider strategy mixes Fargate with EC2 providers: all tasks priced on Fargate');
      return { kind: 'FARGATE', spot: providers.includes('FARGATE_SPOT') };
    }
    return { kind: 'EC2', why: 'EC2 capacity providers' };
  }
  const compatibilities = taskDefinition ? (list(taskDefinition, 'RequiresCompatibilities') ?? []) : [];
  if (compatibilities.length === 1 && compatibilities[0] === 'FARGATE') {
    ctx.note('no LaunchType or capacity provider strategy: priced on Fargate, the only compatibility of its task definition');
    return { kind: 'FARGATE', spot: false };
  }
  return { kind: 'EC2', why: 'no LaunchType or capacity provider strategy: the EC2 launch type' };
}

/** The cluster's default capacity provider strategy, where the cluster is in the same template. */
function clusterDefaultStrategy(ctx: PricerContext): unknown[] | undefined {
  const cluster = referencedResource(ctx.architecture, ctx.resource, prop(ctx.resource, 'Cluster'));
  if (cluster?.type !== 'AWS::ECS::Cluster') return undefined;
  const own = list(cluster, 'DefaultCapacityProviderStrategy');
  if (own?.length) return own;
  for (const association of referencing(ctx.architecture, cluster, 'AWS::ECS::ClusterCapacityProviderAssociations', 'Cluster')) {
    const strategy = list(association, 'DefaultCapacityProviderStrategy');
    if (strategy?.length) return strategy;
  }
  return undefined;
}
