/**
 * AWS::ECR::Repository — ECR bills the images it stores per GB-month (a usage key). Data transfer
 * out of the Region is billed as data transfer; pulls within the Region have no charge.
 */
import { definePricer } from '../pricer.js';

export const ecrRepository = definePricer({
  types: ['AWS::ECR::Repository'],
  service: 'ECR',
  serviceCodes: ['AmazonECR'],
  usageKeys: [{ name: 'storageGB', unit: 'GB', description: 'Image storage (all images of the repository)' }],
  price(ctx) {
    ctx.add({
      name: 'Image storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: 'AmazonECR', key: 'EC2 Container Registry' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
  },
});
