/**
 * Pricers outside the compute, network, data, integration and operations families, and the types
 * the known-free list used to call free whose cost depends on the resource: nested stacks (free when
 * their template was read, unsupported with the reason when not), SSM parameters (free unless
 * Advanced), ACM certificates (free unless private), EMR clusters and their instance group/fleet
 * configs (EC2 instances and the EMR fee), Contributor Insights rules, log metric filters (their custom metrics), Cloud
 * Map DNS namespaces (their hosted zone), EventBridge archives.
 */
import type { Pricer } from '../pricer.js';
import { acmCertificate } from './acm-certificate.js';
import { cloudFormationStack } from './cloudformation-stack.js';
import { cloudMapNamespace } from './cloud-map-namespace.js';
import { cloudMapInstance, cloudMapService } from './cloud-map-service.js';
import { cloudWatchInsightRule } from './cloudwatch-insight-rule.js';
import { directoryServiceMicrosoftAD, directoryServiceSimpleAD } from './directory-service.js';
import { ecrRepository } from './ecr-repository.js';
import { emrCluster } from './emr-cluster.js';
import { emrInstanceFleetConfig, emrInstanceGroupConfig } from './emr-instance-config.js';
import { eventsArchive } from './events-archive.js';
import { logsMetricFilter } from './logs-metric-filter.js';
import { ssmParameter } from './ssm-parameter.js';
import { transferServer, transferUser } from './transfer-server.js';

export const OTHER_PRICERS: Pricer[] = [
  acmCertificate,
  cloudFormationStack,
  cloudMapInstance,
  cloudMapNamespace,
  cloudMapService,
  cloudWatchInsightRule,
  directoryServiceMicrosoftAD,
  directoryServiceSimpleAD,
  ecrRepository,
  emrCluster,
  emrInstanceFleetConfig,
  emrInstanceGroupConfig,
  eventsArchive,
  logsMetricFilter,
  ssmParameter,
  transferServer,
  transferUser,
];
