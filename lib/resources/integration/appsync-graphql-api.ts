/**
 * AWS::AppSync::GraphQLApi — AppSync bills query and mutation operations, real-time updates and
 * connection minutes; none of these rates is in the price data the snapshot is built from (no
 * AWSAppSync file), so the API is listed as unsupported with that reason. Its schema, resolvers,
 * data sources and keys are parts of the API with no charge of their own.
 */
import type { Pricer } from '../pricer.js';

export const appSyncGraphQLApi: Pricer = {
  types: ['AWS::AppSync::GraphQLApi'],
  service: 'AppSync',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.unsupported('AppSync prices (operations, real-time updates, connection minutes) are not in the bundled price data (no AWSAppSync rates in ../shared/aws-pricing)');
  },
};

export const appSyncParts: Pricer = {
  types: ['AWS::AppSync::GraphQLSchema', 'AWS::AppSync::Resolver', 'AWS::AppSync::DataSource', 'AWS::AppSync::FunctionConfiguration', 'AWS::AppSync::ApiKey', 'AWS::AppSync::DomainName', 'AWS::AppSync::DomainNameApiAssociation', 'AWS::AppSync::SourceApiAssociation'],
  service: 'AppSync',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('part of the API; operations are billed on the API');
  },
};
