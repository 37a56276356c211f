/**
 * Compute pricers: EC2 instances and what runs them (Auto Scaling groups, launch templates through
 * them, Cloud9, EKS node groups), containers (ECS services on Fargate, EKS control planes), and the
 * block and file storage attached to them (EBS volumes, EFS).
 */
import type { Pricer } from '../pricer.js';
import { autoScalingGroup } from './autoscaling-group.js';
import { cloud9Environment } from './cloud9-environment.js';
import { ec2Instance } from './ec2-instance.js';
import { ec2Volume } from './ec2-volume.js';
import { ecsService } from './ecs-service.js';
import { ecsTaskSet } from './ecs-task-set.js';
import { efsFileSystem } from './efs-file-system.js';
import { eksCluster } from './eks-cluster.js';
import { eksNodegroup } from './eks-nodegroup.js';

export const COMPUTE_PRICERS: Pricer[] = [
  autoScalingGroup,
  cloud9Environment,
  ec2Instance,
  ec2Volume,
  ecsService,
  ecsTaskSet,
  efsFileSystem,
  eksCluster,
  eksNodegroup,
];
