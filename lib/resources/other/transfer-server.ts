/**
 * AWS::Transfer::Server — Transfer Family bills each protocol enabled on a server per endpoint-hour
 * (SFTP, FTPS, FTP, AS2: one endpoint-hour rate each), and data uploaded and downloaded over SFTP, FTPS
 * and FTP per GB (usage keys; the per-GB rates are the same for each protocol in AWS's data, so the
 * data is priced at the first such protocol's rates). AS2 messages are not priced.
 */
import { definePricer } from '../pricer.js';
import { list } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';

const SERVICE = 'AWSTransfer';
const PROTOCOLS = ['SFTP', 'FTPS', 'FTP', 'AS2'] as const;

export const transferServer = definePricer({
  types: ['AWS::Transfer::Server'],
  service: 'Transfer Family',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'monthlyUploadGB', unit: 'GB/month', description: 'Data uploaded to the server' },
    { name: 'monthlyDownloadGB', unit: 'GB/month', description: 'Data downloaded from the server' },
  ],
  price(ctx) {
    const declared = list(ctx.resource, 'Protocols');
    if (!declared) ctx.note('Protocols not set: Transfer Family default SFTP');
    const protocols = [...new Set((declared ?? ['SFTP']).map(String))];
    const unknown = protocols.filter((p) => !(PROTOCOLS as readonly string[]).includes(p));
    if (unknown.length) {
      ctx.unsupported(`protocol ${unknown.join(', ')} is not one Transfer Family offers (${PROTOCOLS.join(', ')})`);
      return;
    }
    for (const protocol of protocols) {
      ctx.add({
        name: `${protocol} endpoint`,
        unit: 'hours',
        quantity: monthlyHours(),
        price: { serviceCode: SERVICE, key: `Transfer ${protocol} per Hourly` },
        usageBased: false,
      });
    }
    const dataProtocol = protocols.find((p) => p !== 'AS2');
    if (!dataProtocol) return;
    for (const [key, direction] of [
      ['monthlyUploadGB', 'Upload'],
      ['monthlyDownloadGB', 'Download'],
    ] as const) {
      ctx.add({
        name: `Data ${direction === 'Upload' ? 'uploaded' : 'downloaded'} (${dataProtocol})`,
        unit: 'GB',
        quantity: ctx.usage.number(key),
        price: { serviceCode: SERVICE, key: `Transfer ${dataProtocol} ${direction} per GB` },
        usageBased: true,
        usageKeys: [key],
      });
    }
  },
});

export const transferUser = definePricer({
  types: ['AWS::Transfer::User'],
  service: 'Transfer Family',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('users have no charge; endpoints and data are billed on the server');
  },
});
