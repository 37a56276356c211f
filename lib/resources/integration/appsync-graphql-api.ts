/**
 * AWS::AppSync::GraphQLApi — AppSync bills query and mutation operations, real-time updates and
 * connection minutes; no pricer reads those rates yet, so the API is listed as unsupported with
 * that reason. Its schema, resolvers,
 * data sources and keys are parts of the API with no charge of their own.
 */
import type { Pricer } from '../pricer.js';

export const appSyncGraphQLApi: Pricer = {
  types: ['AWS::AppSync::GraphQLApi'],
  service: 'AppSync',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.unsupported('AppSync bills operations, real-time updates and connection minutes; cdk-cost does not price AppSync APIs yet');
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
