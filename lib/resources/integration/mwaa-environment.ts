/**
 * AWS::MWAA::Environment — Amazon MWAA bills the environment class per hour (AWS's MWAA pricing page:
 * the class includes 1 worker, 2 schedulers and 2 web servers), plus each worker, scheduler and web
 * server above those, per hour at the class's rate, and the metadata database's storage per GB-month.
 * Workers above MinWorkers scale with load: their average count is a usage key, as is the storage.
 * The included counts match AWS's documented minimums (docs.aws.amazon.com/mwaa/latest/userguide/
 * environment-class.html: schedulers "Accepts between 2 to 5. Defaults to 2"; mwaa-web-server-autoscaling
 * .html: "By default, the minimum number of webservers is two"), so a default environment bills no extra.
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt, monthlyHours, times } from '../../quantities.js';

const SERVICE = 'AmazonMWAA';
const INCLUDED = { workers: 1, schedulers: 2, webservers: 2 } as const;

/** EnvironmentClass → the size word of AWS's rate names ("Environment Small per Hrs"). */
const SIZES: Record<string, string> = {
  'mw1.small': 'Small',
  'mw1.medium': 'Medium',
  'mw1.large': 'Large',
  'mw1.xlarge': 'XLarge',
  'mw1.2xlarge': '2XLarge',
};

export const mwaaEnvironment = definePricer({
  types: ['AWS::MWAA::Environment'],
  service: 'MWAA',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'averageAdditionalWorkers', unit: 'workers', description: 'Average workers running above MinWorkers (up to MaxWorkers)' },
    { name: 'averageAdditionalWebservers', unit: 'web servers', description: 'Average web servers above MinWebservers' },
    { name: 'metadataStorageGB', unit: 'GB', description: 'Airflow metadata database storage' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const envClass = str(r, 'EnvironmentClass') ?? 'mw1.small';
    if (!str(r, 'EnvironmentClass')) ctx.note('EnvironmentClass not set: MWAA default mw1.small');
    const size = SIZES[envClass];
    if (!size) {
      const listed = Object.keys(SIZES).join(', ');
      ctx.unsupported(`environment class ${envClass} has no readable rate in AWS's public MWAA price data (it lists ${listed})`);
      return;
    }
    ctx.add({
      name: `Environment (${envClass})`,
      unit: 'hours',
      quantity: HOURS_PER_MONTH,
      price: { serviceCode: SERVICE, key: `Environment ${size} per Hrs` },
      usageBased: false,
    });
    const minWorkers = num(r, 'MinWorkers') ?? 1;
    const maxWorkers = num(r, 'MaxWorkers') ?? 10;
    const schedulers = num(r, 'Schedulers') ?? 2;
    const minWeb = num(r, 'MinWebservers') ?? 2;
    const maxWeb = num(r, 'MaxWebservers') ?? 2;
    addFixedExtra(ctx, 'Worker', size, minWorkers - INCLUDED.workers, `MinWorkers ${minWorkers}, ${INCLUDED.workers} included`);
    addFixedExtra(ctx, 'Scheduler', size, schedulers - INCLUDED.schedulers, `Schedulers ${schedulers}, ${INCLUDED.schedulers} included`);
    addFixedExtra(ctx, 'WebServer', size, minWeb - INCLUDED.webservers, `MinWebservers ${minWeb}, ${INCLUDED.webservers} included`);
    if (maxWorkers > minWorkers) addScaling(ctx, 'Worker', size, 'averageAdditionalWorkers', maxWorkers - minWorkers);
    if (maxWeb > minWeb) addScaling(ctx, 'WebServer', size, 'averageAdditionalWebservers', maxWeb - minWeb);
    ctx.add({
      name: 'Metadata database storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('metadataStorageGB'),
      price: { serviceCode: SERVICE, key: 'Standard per Gigabyte Month' },
      usageBased: true,
      usageKeys: ['metadataStorageGB'],
    });
  },
});

const LABEL: Record<string, string> = { Worker: 'workers', Scheduler: 'schedulers', WebServer: 'web servers' };

function addFixedExtra(ctx: PricerContext, role: 'Worker' | 'Scheduler' | 'WebServer', size: string, extra: number, why: string): void {
  if (extra <= 0) return;
  ctx.add({
    name: `Additional ${LABEL[role]} (${extra}: ${why})`,
    unit: 'hours',
    quantity: monthlyHours(extra),
    price: { serviceCode: SERVICE, key: `${role} ${size} per Hrs` },
    usageBased: false,
    formula: `${extra} × 730 h`,
  });
}

function addScaling(ctx: PricerContext, role: 'Worker' | 'Scheduler' | 'WebServer', size: string, key: string, headroom: number): void {
  const average = ctx.usage.number(key);
  if (average?.gt(headroom)) ctx.note(`${key} ${fmt(average)} is above the ${headroom} the maximum allows; priced as given`);
  ctx.add({
    name: `Autoscaled ${LABEL[role]} (average above the minimum, up to ${headroom})`,
    unit: 'hours',
    quantity: times(average, HOURS_PER_MONTH),
    price: { serviceCode: SERVICE, key: `${role} ${size} per Hrs` },
    usageBased: true,
    usageKeys: [key],
    ...(average ? { formula: `${fmt(average)} × 730 h` } : {}),
  });
}
