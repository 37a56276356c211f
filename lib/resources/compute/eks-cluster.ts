/**
 * AWS::EKS::Cluster — the control plane, per cluster-hour. A Kubernetes Version past standard
 * support is billed the extended-support rate on top: the EKS release calendar
 * (eks-support-calendar.ts, data from the AWS docs) says which phase the version is in today.
 * With UpgradePolicy.SupportType STANDARD, EKS upgrades the cluster instead of extending it.
 * The `extendedSupport` usage key overrides the calendar. Worker nodes (node groups, Fargate
 * profiles, Auto Scaling groups) are priced where they are declared.
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import { EKS_CALENDAR_FILE, supportPhase } from './eks-support-calendar.js';

export const eksCluster = definePricer({
  types: ['AWS::EKS::Cluster'],
  service: 'EKS',
  serviceCodes: ['AmazonEKS'],
  usageKeys: [
    {
      name: 'extendedSupport',
      unit: 'true/false',
      kind: 'boolean',
      description: "Override the EKS release calendar: whether the cluster's Kubernetes version bills the extended-support rate",
    },
  ],
  price(ctx) {
    ctx.add({
      name: 'Cluster control plane hours',
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonEKS', key: 'Compute per Hours' },
      usageBased: false,
    });
    const version = str(ctx.resource, 'Version');
    if (extendedSupport(ctx, version)) {
      ctx.add({
        name: `Extended support hours${version ? ` (Kubernetes ${version})` : ''}`,
        unit: 'hours',
        quantity: monthlyHours(),
        price: { serviceCode: 'AmazonEKS', key: 'Compute ExtendedSupport per Hours' },
        usageBased: false,
      });
    }
    ctx.note('worker nodes are priced on their node groups, Auto Scaling groups or Fargate profiles');
  },
});

function extendedSupport(ctx: PricerContext, version: string | undefined): boolean {
  const stated = ctx.usage.boolean('extendedSupport');
  if (stated !== undefined) return stated;
  if (!version) {
    ctx.note('Version not set: EKS creates the cluster with its default (standard-support) version');
    return false;
  }
  const extendedPolicy = (str(ctx.resource, 'UpgradePolicy.SupportType') ?? 'EXTENDED') === 'EXTENDED';
  const phase = supportPhase(version, new Date());
  switch (phase.phase) {
    case 'standard':
      ctx.note(
        `Kubernetes ${version} is in standard support until ${phase.until}` +
          `${extendedPolicy ? ', then bills the extended-support rate' : ''} (${EKS_CALENDAR_FILE})`,
      );
      return false;
    case 'extended':
      if (!extendedPolicy) {
        ctx.note(`Kubernetes ${version} left standard support on ${phase.since}: with SupportType STANDARD, EKS upgrades the cluster`);
      } else ctx.note(`Kubernetes ${version} is in extended support since ${phase.since}, until ${phase.until} (${EKS_CALENDAR_FILE})`);
      return extendedPolicy;
    case 'ended':
      ctx.note(
        `Kubernetes ${version} reached end of extended support (${phase.since}): ` +
          'EKS upgrades the control plane to the oldest supported version' +
          `${extendedPolicy ? ', priced here as still in extended support' : ''}`,
      );
      return extendedPolicy;
    case 'unknown':
      ctx.note(
        `Kubernetes ${version} is ${phase.reason} (${EKS_CALENDAR_FILE}): ` +
          'priced in standard support (set extendedSupport to override)',
      );
      return false;
  }
}
