import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import type * as ecs from "aws-cdk-lib/aws-ecs";
import { Construct } from "constructs";
import { Alarms } from "./alarms.js";
import { AppService } from "./app-service.js";
import { Cdn } from "./cdn.js";
import { DataTier } from "./data-tier.js";
import { sizes, stages, type SizeName, type StageName } from "./presets.js";

export type IbReviseStackProps = StackProps & {
  stageName: StageName;
  /** Defaults to the stage's size (dev → dev, prod → 220k). */
  sizeName?: SizeName;
  /** The app image (Dockerfile's final stage) and the release-step image (`--target migrate`). */
  images: { app: ecs.ContainerImage; migrate: ecs.ContainerImage };
  /** Where students reach the site; defaults to the CloudFront domain. */
  appUrl?: string;
  alarmEmail?: string;
};

/** IB Revise on AWS: the production topology of README's "Operations" section, as one stack per stage. */
export class IbReviseStack extends Stack {
  constructor(scope: Construct, id: string, props: IbReviseStackProps) {
    super(scope, id, props);
    const stage = stages[props.stageName];
    const size = sizes[props.sizeName ?? stage.defaultSize];

    const vpc = new ec2.Vpc(this, "Vpc", {
      maxAzs: 2,
      natGateways: stage.production ? 2 : 1,
      subnetConfiguration: [
        { name: "public", subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: "app", subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
        { name: "data", subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });
    const appSecurityGroup = new ec2.SecurityGroup(this, "AppSg", { vpc, description: "IB Revise app tasks (and the migration task)" });

    const data = new DataTier(this, "Data", { vpc, appSecurityGroup, stageName: props.stageName, stage, size });
    // CloudFront's domain is only known once the distribution exists, and the distribution needs the ALB:
    // the ALB does not depend on the task definition, so APP_URL can name the distribution without a cycle.
    const app = new AppService(this, "App", {
      vpc,
      appSecurityGroup,
      data,
      images: props.images,
      appUrl: props.appUrl ?? "",
      stageName: props.stageName,
      stage,
      size,
    });
    const cdn = new Cdn(this, "Cdn", { loadBalancer: app.loadBalancer, originVerifySecret: app.originVerifySecret });
    if (!props.appUrl) {
      const container = app.service.taskDefinition.defaultContainer!;
      container.addEnvironment("APP_URL", `https://${cdn.distribution.distributionDomainName}`);
    }

    new Alarms(this, "Alarms", {
      loadBalancer: app.loadBalancer,
      targetGroup: app.targetGroup,
      service: app.service,
      primary: data.primary,
      replica: data.replica,
      redisNodeId: data.redisPrimaryNodeId,
      size,
      alarmEmail: props.alarmEmail,
    });

    new CfnOutput(this, "Url", { value: `https://${cdn.distribution.distributionDomainName}` });
    new CfnOutput(this, "InngestServeUrl", {
      value: `https://${cdn.distribution.distributionDomainName}/api/inngest`,
      description: "Register this URL as the app in Inngest Cloud",
    });
  }
}
