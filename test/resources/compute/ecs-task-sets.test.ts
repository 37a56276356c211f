/**
 * ECS: a service's TaskDefinition given by family ("web", "web:3", or its ARN) finds the task
 * definition with that Family; AWS::ECS::TaskSet tasks are priced like a service's (Scale % of the
 * service's DesiredCount, rounded up), and the EXTERNAL-controller service itself is then free.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const ECS = 'AmazonECS';
const task = `
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties: { Family: web, RequiresCompatibilities: [FARGATE], NetworkMode: awsvpc, Cpu: '512', Memory: '1024' }`;

describe('ECS task definitions by family name', () => {
  for (const reference of ['web', 'web:3', 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3']) {
    it(`TaskDefinition "${reference}" finds the task definition whose Family is web`, async () => {
      const service = resource(
        await priceInline(`
Resources:${task}
  Service:
    Type: AWS::ECS::Service
    Properties: { Cluster: c, TaskDefinition: '${reference}', DesiredCount: 2, LaunchType: FARGATE }
`),
        'Service',
      );
      expect(service.status).toBe('priced');
      const vcpuHours = d(2).times(730).times('0.5');
      expectLine(component(service, 'Fargate vCPU hours (0.5 vCPU per task, x86)'), vcpuHours, unit(ECS, 'perCPU per hour'));
      expectLine(component(service, 'Fargate memory hours (1 GB per task, x86)'), d(2).times(730), unit(ECS, 'perGB per hour'));
      expect(service.notes.join('\n')).toContain('the task definition with Family web, Task');
    });
  }

  it('a family no task definition has stays unsupported, saying so', async () => {
    const service = resource(
      await priceInline(`
Resources:${task}
  Service: { Type: AWS::ECS::Service, Properties: { Cluster: c, TaskDefinition: api, DesiredCount: 2, LaunchType: FARGATE } }
`),
      'Service',
    );
    expect(service.status).toBe('unsupported');
    expect(service.reason).toContain('TaskDefinition is "api", not defined in this template');
  });
});

describe('AWS::ECS::TaskSet', () => {
  const template = (scale: number) => `
Resources:${task}
  Service:
    Type: AWS::ECS::Service
    Properties: { Cluster: c, DesiredCount: 3, DeploymentController: { Type: EXTERNAL } }
  Blue:
    Type: AWS::ECS::TaskSet
    Properties:
      { Cluster: c, Service: !Ref Service, TaskDefinition: !Ref Task, LaunchType: FARGATE, Scale: { Unit: PERCENT, Value: ${scale} } }
`;

  it("prices Scale % of the service's DesiredCount, rounded up, as Fargate tasks; the service is free", async () => {
    const estimate = await priceInline(template(50));
    const set = resource(estimate, 'Blue');
    // 50% of 3 tasks = 1.5 → 2 tasks.
    expectLine(component(set, 'Fargate vCPU hours (0.5 vCPU per task, x86)'), d(2).times(730).times('0.5'), unit(ECS, 'perCPU per hour'));
    expectLine(component(set, 'Fargate memory hours (1 GB per task, x86)'), d(2).times(730), unit(ECS, 'perGB per hour'));
    expect(set.notes.join('\n')).toContain("Scale 50% of Service's DesiredCount 3");
    const service = resource(estimate, 'Service');
    expect(service.status).toBe('free');
    expect(service.reason).toContain('priced on each AWS::ECS::TaskSet');
  });

  it('the tasks usage key overrides the computed count', async () => {
    const set = resource(await priceInline(template(100), { usage: { Blue: { tasks: 5 } } }), 'Blue');
    expectLine(component(set, 'Fargate vCPU hours'), d(5).times(730).times('0.5'), unit(ECS, 'perCPU per hour'));
  });
});
