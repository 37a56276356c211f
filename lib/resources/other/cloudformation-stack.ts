/**
 * AWS::CloudFormation::Stack — a nested stack has no charge; its resources do. When cdk-cost read
 * the nested template (a Cloud Assembly's nested stacks), they are priced there and this resource is
 * free. When it could not (a plain template's TemplateURL points at S3; a SAM application comes
 * from the Serverless Application Repository), the nested resources are not priced: the stack is
 * unsupported, saying where its template lives, so the gap is visible — unless the usage file
 * states the stack's monthly cost (`monthlyCost`): that amount is then the line, marked as the
 * user's figure (quality "user-stated"), not a Price List price.
 */
import { SAM_APPLICATION_LOCATION, type SamApplicationLocation } from '../../model/sam/application.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { str } from '../../model/properties.js';

export const cloudFormationStack = definePricer({
  types: ['AWS::CloudFormation::Stack'],
  service: 'CloudFormation',
  serviceCodes: [],
  usageKeys: [
    {
      name: 'monthlyCost',
      unit: 'USD/month',
      description:
        'A nested stack cdk-cost cannot read (e.g. a SAM application from the Serverless Application Repository): ' +
        'its monthly cost, as you know it',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    const nestedName = `${r.stack}/${r.logicalId}`;
    if (ctx.architecture.stacks.some((s) => s.name === nestedName && s.parent === r.stack)) {
      ctx.free(`a nested stack has no charge; its resources are priced in stack ${nestedName}`);
      return;
    }
    const application = r.metadata[SAM_APPLICATION_LOCATION] as SamApplicationLocation | undefined;
    const applicationName = application && 'applicationId' in application ? application.applicationId : application?.url;
    if (ctx.usage.has('monthlyCost')) {
      addStatedCost(ctx, applicationName ? `SAM application ${applicationName}` : 'nested stack');
      return;
    }
    ctx.note('give its monthlyCost in the usage file to include what it costs (your figure, not a Price List price)');
    if (application && 'applicationId' in application) {
      const version = application.semanticVersion ? `, version ${application.semanticVersion}` : '';
      ctx.unsupported(
        `a nested application from the AWS Serverless Application Repository (${application.applicationId}${version}): ` +
          'CloudFormation fetches its template at deploy time, which cdk-cost cannot do offline, so its resources are not priced; ' +
          "estimate the application's template separately, or give its monthlyCost in the usage file",
      );
      return;
    }
    if (application && 'url' in application) {
      ctx.unsupported(
        `a nested SAM application whose template is at ${application.url}: cdk-cost does not fetch it, so its resources are not priced; ` +
          'estimate that template separately, or give its monthlyCost in the usage file',
      );
      return;
    }
    const url = str(r, 'TemplateURL');
    ctx.unsupported(
      `a nested stack whose template (${url ?? 'TemplateURL not resolvable'}) cdk-cost does not read: its resources are not priced; ` +
        `estimate that template separately, or the Cloud Assembly that contains both`,
    );
  },
});

function addStatedCost(ctx: PricerContext, what: string): void {
  ctx.add({
    name: `Monthly cost of the ${what} (stated in the usage file)`,
    unit: 'USD',
    quantity: ctx.usage.number('monthlyCost'),
    price: { serviceCode: 'AWSCloudFormation', key: 'monthlyCost' },
    usageBased: false,
    usageKeys: ['monthlyCost'],
    statedAmount: true,
  });
  ctx.note('the nested template is not read: its cost is the monthlyCost the usage file states, not priced from the AWS Price List');
}
