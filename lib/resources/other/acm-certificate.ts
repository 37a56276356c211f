/**
 * AWS::CertificateManager::Certificate — public certificates have no charge; a private certificate
 * (issued by an AWS Private CA: CertificateAuthorityArn) is billed per certificate, and the AWS price
 * data shipped with cdk-cost has no AWS Private CA prices.
 */
import { definePricer } from '../pricer.js';

export const acmCertificate = definePricer({
  types: ['AWS::CertificateManager::Certificate'],
  service: 'Certificate Manager',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    // Present at all (even as a Ref to the CA): the certificate is private.
    if (ctx.resource.properties.CertificateAuthorityArn !== undefined) {
      ctx.unsupported(
        'a private certificate (CertificateAuthorityArn) is billed per certificate issued; the AWS price data shipped with cdk-cost ' +
          'has no AWS Private CA prices',
      );
      return;
    }
    ctx.free('public ACM certificates have no charge');
  },
});
