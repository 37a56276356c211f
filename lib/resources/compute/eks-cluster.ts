/**
 * AWS::EKS::Cluster — the control plane, per cluster-hour. A Kubernetes version past standard
 * support is billed the extended-support rate on top; whether Version is past it depends on the
 * date, so the `extendedSupport` usage key says so. Worker nodes (node groups, Fargate profiles,
 * Auto Scaling groups) are priced where they are declared.
 */
import type { Pricer } from '../pricer.js';
import { str } from '../properties.js';
import { monthlyHours } from '../quantities.js';

export const eksCluster: Pricer = {
  types: ['AWS::EKS::Cluster'],
  service: 'EKS',
  serviceCodes: ['AmazonEKS'],
  usageKeys: [
    { name: 'extendedSupport', unit: 'true/false', kind: 'boolean', description: 'The cluster\'s Kubernetes version is past standard support (billed the extended-support rate); default false' },
  ],
  price(ctx) {
    const r = ctx.resource;
    ctx.add({
      name: 'Cluster control plane hours',
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonEKS', key: 'Compute per Hours' },
      usageBased: false,
    });
    const version = str(r, 'Version');
    const supportType = str(r, 'UpgradePolicy.SupportType') ?? 'EXTENDED';
    if (ctx.usage.boolean('extendedSupport') === true) {
      ctx.add({
        name: `Extended support hours${version ? ` (Kubernetes ${version})` : ''}`,
        unit: 'hours',
        quantity: monthlyHours(),
        price: { serviceCode: 'AmazonEKS', key: 'Compute ExtendedSupport per Hours' },
        usageBased: false,
      });
    } else if (supportType === 'EXTENDED') {
      ctx.note(`UpgradePolicy ${supportType}${version ? ` with Kubernetes ${version}` : ''}: once the version leaves standard support (14 months after release) the cluster bills the extended-support rate as well; set extendedSupport: true to price it`);
    }
    ctx.note('worker nodes are priced on their node groups, Auto Scaling groups or Fargate profiles');
  },
};
