import { Duration } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as ecs from "aws-cdk-lib/aws-ecs";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as triggers from "aws-cdk-lib/triggers";
import { Construct } from "constructs";

export type MigrateBeforeDeployProps = {
  cluster: ecs.ICluster;
  taskDefinition: ecs.FargateTaskDefinition;
  subnets: string[];
  securityGroup: ec2.ISecurityGroup;
  /** What must exist before migrations run (the database). */
  after: Construct[];
  /** What must wait for them (the service, so new tasks only start on the new schema). */
  before: Construct[];
};

// Runs the migration task once and waits for it: a failed migration fails the deployment before any
// task of the new version starts (CloudFormation then rolls the stack back).
const handler = `
const { ECSClient, RunTaskCommand, DescribeTasksCommand, waitUntilTasksStopped } = require("@aws-sdk/client-ecs");
exports.handler = async () => {
  const ecs = new ECSClient({});
  const cluster = process.env.CLUSTER;
  const run = await ecs.send(new RunTaskCommand({
    cluster,
    taskDefinition: process.env.TASK_DEFINITION,
    launchType: "FARGATE",
    startedBy: "migrate-before-deploy",
    networkConfiguration: { awsvpcConfiguration: { subnets: process.env.SUBNETS.split(","), securityGroups: [process.env.SECURITY_GROUP], assignPublicIp: "DISABLED" } },
  }));
  const task = run.tasks && run.tasks[0];
  if (!task) throw new Error("the migration task did not start: " + JSON.stringify(run.failures));
  await waitUntilTasksStopped({ client: ecs, maxWaitTime: 840 }, { cluster, tasks: [task.taskArn] });
  const done = (await ecs.send(new DescribeTasksCommand({ cluster, tasks: [task.taskArn] }))).tasks[0];
  const container = done.containers.find((c) => c.name === "migrate");
  if (!container || container.exitCode !== 0) {
    throw new Error("migrations failed (exit " + (container && container.exitCode) + ": " + done.stoppedReason + "); see the migrate log stream");
  }
  return { taskArn: task.taskArn };
};`;

export class MigrateBeforeDeploy extends Construct {
  readonly trigger: triggers.TriggerFunction;

  constructor(scope: Construct, id: string, props: MigrateBeforeDeployProps) {
    super(scope, id);
    this.trigger = new triggers.TriggerFunction(this, "Run", {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: "index.handler",
      code: lambda.Code.fromInline(handler),
      timeout: Duration.minutes(15),
      // The task definition's ARN names its revision: a new image is a new revision, which changes this
      // function's configuration, which makes the trigger run again. So migrations run on every deploy
      // that ships new code, and not on deploys that only change, say, an alarm.
      environment: {
        CLUSTER: props.cluster.clusterName,
        TASK_DEFINITION: props.taskDefinition.taskDefinitionArn,
        SUBNETS: props.subnets.join(","),
        SECURITY_GROUP: props.securityGroup.securityGroupId,
      },
      executeOnHandlerChange: true,
      executeAfter: props.after,
      executeBefore: props.before,
    });
    props.taskDefinition.grantRun(this.trigger);
    this.trigger.addToRolePolicy(new iam.PolicyStatement({ actions: ["ecs:DescribeTasks"], resources: ["*"] }));
  }
}
