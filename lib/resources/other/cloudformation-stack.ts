/**
 * AWS::CloudFormation::Stack — a nested stack has no charge; its resources do. When cdk-cost read
 * the nested template (a Cloud Assembly's nested stacks), they are priced there and this resource is
 * free. When it could not (a plain template's TemplateURL points at S3; a SAM application comes
 * from the Serverless Application Repository), the nested resources are not priced: the stack is
 * unsupported, saying where its template lives, so the gap is visible.
 */
import { SAM_APPLICATION_LOCATION, type SamApplicationLocation } from '../../model/sam/application.js';
import type { Pricer } from '../pricer.js';
import { str } from '../properties.js';

export const cloudFormationStack: Pricer = {
  types: ['AWS::CloudFormation::Stack'],
  service: 'CloudFormation',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const nestedName = `${r.stack}/${r.logicalId}`;
    if (ctx.architecture.stacks.some((s) => s.name === nestedName && s.parent === r.stack)) {
      ctx.free(`a nested stack has no charge; its resources are priced in stack ${nestedName}`);
      return;
    }
    const application = r.metadata[SAM_APPLICATION_LOCATION] as SamApplicationLocation | undefined;
    if (application && 'applicationId' in application) {
      const version = application.semanticVersion ? `, version ${application.semanticVersion}` : '';
      ctx.unsupported(
        `a nested application from the AWS Serverless Application Repository (${application.applicationId}${version}): ` +
          'CloudFormation fetches its template at deploy time, which cdk-cost cannot do offline, so its resources are not priced; ' +
          "estimate the application's template separately",
      );
      return;
    }
    if (application && 'url' in application) {
      ctx.unsupported(
        `a nested SAM application whose template is at ${application.url}: cdk-cost does not fetch it, so its resources are not priced; ` +
          'estimate that template separately',
      );
      return;
    }
    const url = str(r, 'TemplateURL');
    ctx.unsupported(`a nested stack whose template (${url ?? 'TemplateURL not resolvable'}) cdk-cost does not read: its resources are not priced; estimate that template separately, or the Cloud Assembly that contains both`);
  },
};
