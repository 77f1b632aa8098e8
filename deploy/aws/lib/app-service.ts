import { Duration } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as ecs from "aws-cdk-lib/aws-ecs";
import * as elbv2 from "aws-cdk-lib/aws-elasticloadbalancingv2";
import * as logs from "aws-cdk-lib/aws-logs";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import type { DataTier } from "./data-tier.js";
import { MigrateBeforeDeploy } from "./migrate-before-deploy.js";
import type { Size, Stage } from "./presets.js";

export const ORIGIN_VERIFY_HEADER = "x-origin-verify";
const APP_PORT = 3000;

export type AppServiceProps = {
  vpc: ec2.IVpc;
  appSecurityGroup: ec2.SecurityGroup;
  data: DataTier;
  images: { app: ecs.ContainerImage; migrate: ecs.ContainerImage };
  /** The public URL (CloudFront's or the school's domain): APP_URL, used in emails and sign-in callbacks. */
  appUrl: string;
  stageName: string;
  stage: Stage;
  size: Size;
};

/**
 * The app as an ECS Fargate service behind an ALB. The ALB only forwards requests that carry CloudFront's
 * secret origin header, so nobody can reach the app around CloudFront and forge X-Forwarded-For (rate limits
 * key on it). Connection strings are put together inside the container from Secrets Manager values, so
 * no password appears in the task definition.
 */
export class AppService extends Construct {
  readonly cluster: ecs.Cluster;
  readonly service: ecs.FargateService;
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  readonly targetGroup: elbv2.ApplicationTargetGroup;
  readonly originVerifySecret: secretsmanager.Secret;
  readonly migration: MigrateBeforeDeploy;

  constructor(scope: Construct, id: string, props: AppServiceProps) {
    super(scope, id);
    const { vpc, appSecurityGroup, data, size, stage } = props;

    this.cluster = new ecs.Cluster(this, "Cluster", { vpc, containerInsightsV2: ecs.ContainerInsights.ENABLED });

    const authSecret = new secretsmanager.Secret(this, "AuthSecret", {
      description: "AUTH_SECRET: signs session tokens",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    const metricsToken = new secretsmanager.Secret(this, "MetricsToken", {
      description: "METRICS_TOKEN: bearer token for /api/metrics",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    // Keys from Inngest Cloud, created before the first deploy (README, "Deploying"): JSON {"eventKey","signingKey"}.
    const inngest = secretsmanager.Secret.fromSecretNameV2(this, "InngestKeys", `ib-revise/${props.stageName}/inngest`);
    this.originVerifySecret = new secretsmanager.Secret(this, "OriginVerify", {
      description: "Header value CloudFront sends to the ALB; requests without it are refused",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });

    const databaseSecrets = {
      DB_USER: ecs.Secret.fromSecretsManager(data.databaseSecret, "username"),
      DB_PASSWORD: ecs.Secret.fromSecretsManager(data.databaseSecret, "password"),
    };
    // TLS to RDS without verifying the certificate chain: RDS's CA is not in Node's store (see README).
    const pgUrl = (hostVar: string) => `postgresql://$DB_USER:$DB_PASSWORD@$${hostVar}:5432/${data.databaseName}?sslmode=no-verify`;

    const appTask = new ecs.FargateTaskDefinition(this, "AppTask", {
      cpu: size.taskCpu,
      memoryLimitMiB: size.taskMemoryMiB,
      runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.X86_64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    });
    appTask.addContainer("app", {
      image: props.images.app,
      essential: true,
      portMappings: [{ containerPort: APP_PORT }],
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: "app", logRetention: logs.RetentionDays.ONE_MONTH }),
      environment: {
        APP_URL: props.appUrl,
        DB_PROXY_HOST: data.proxy.endpoint,
        DB_REPLICA_HOST: data.replica.dbInstanceEndpointAddress,
        REDIS_HOST: data.redis.attrPrimaryEndPointAddress,
        DATABASE_POOL_SIZE: String(size.databasePoolSize),
        // CloudFront appends the viewer's address to X-Forwarded-For, then the ALB appends CloudFront's.
        TRUSTED_PROXY_HOPS: "2",
        LOG_LEVEL: "info",
      },
      secrets: {
        ...databaseSecrets,
        REDIS_AUTH_TOKEN: ecs.Secret.fromSecretsManager(data.redisAuthToken),
        AUTH_SECRET: ecs.Secret.fromSecretsManager(authSecret),
        METRICS_TOKEN: ecs.Secret.fromSecretsManager(metricsToken),
        INNGEST_EVENT_KEY: ecs.Secret.fromSecretsManager(inngest, "eventKey"),
        INNGEST_SIGNING_KEY: ecs.Secret.fromSecretsManager(inngest, "signingKey"),
      },
      command: [
        "sh",
        "-c",
        [
          `export DATABASE_URL="${pgUrl("DB_PROXY_HOST")}"`,
          `export DATABASE_REPLICA_URLS="${pgUrl("DB_REPLICA_HOST")}"`,
          'export REDIS_URL="rediss://:$REDIS_AUTH_TOKEN@$REDIS_HOST:6379"',
          'export INSTANCE_ID="${ECS_CONTAINER_METADATA_URI_V4##*/}"',
          "exec node server.js",
        ].join("; "),
      ],
      // Liveness only, as in the Dockerfile: a slow database must not get healthy tasks replaced.
      healthCheck: {
        command: ["CMD", "node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"],
        interval: Duration.seconds(10),
        timeout: Duration.seconds(3),
        startPeriod: Duration.seconds(20),
        retries: 3,
      },
    });

    const migrateTask = new ecs.FargateTaskDefinition(this, "MigrateTask", { cpu: 512, memoryLimitMiB: 1024 });
    migrateTask.addContainer("migrate", {
      image: props.images.migrate,
      essential: true,
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: "migrate", logRetention: logs.RetentionDays.ONE_MONTH }),
      // The primary itself, not RDS Proxy: migrations must not go through a pooler.
      environment: { DB_HOST: data.primary.dbInstanceEndpointAddress },
      secrets: databaseSecrets,
      command: ["sh", "-c", `export DATABASE_URL="${pgUrl("DB_HOST")}"; exec node scripts/migrate.mjs deploy`],
    });

    const albSecurityGroup = new ec2.SecurityGroup(this, "AlbSg", { vpc, description: "ALB: CloudFront (checked by the origin header)" });
    albSecurityGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), "CloudFront origin requests");
    appSecurityGroup.addIngressRule(albSecurityGroup, ec2.Port.tcp(APP_PORT), "ALB to app");

    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, "Alb", {
      vpc,
      internetFacing: true,
      securityGroup: albSecurityGroup,
      idleTimeout: Duration.seconds(60),
    });
    this.targetGroup = new elbv2.ApplicationTargetGroup(this, "Targets", {
      vpc,
      port: APP_PORT,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targetType: elbv2.TargetType.IP,
      // Readiness: a task whose primary does not answer is taken out of rotation, not restarted.
      healthCheck: {
        path: "/api/ready",
        healthyHttpCodes: "200",
        interval: Duration.seconds(10),
        timeout: Duration.seconds(5),
        healthyThresholdCount: 2,
        unhealthyThresholdCount: 3,
      },
      deregistrationDelay: Duration.seconds(30),
      // The app keeps nothing per instance, so any task may answer (no stickiness) and least-outstanding
      // requests keeps one slow request from queueing others (as nginx's least_conn does).
      loadBalancingAlgorithmType: elbv2.TargetGroupLoadBalancingAlgorithmType.LEAST_OUTSTANDING_REQUESTS,
    });
    const listener = this.loadBalancer.addListener("Http", {
      port: 80,
      open: false,
      defaultAction: elbv2.ListenerAction.fixedResponse(403, { contentType: "text/plain", messageBody: "Use the site's address." }),
    });
    listener.addTargetGroups("FromCloudFront", {
      priority: 1,
      conditions: [elbv2.ListenerCondition.httpHeader(ORIGIN_VERIFY_HEADER, [this.originVerifySecret.secretValue.unsafeUnwrap()])],
      targetGroups: [this.targetGroup],
    });

    this.service = new ecs.FargateService(this, "Service", {
      cluster: this.cluster,
      taskDefinition: appTask,
      desiredCount: size.minTasks,
      securityGroups: [appSecurityGroup],
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      healthCheckGracePeriod: Duration.seconds(60),
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      circuitBreaker: { rollback: true },
      enableExecuteCommand: !stage.production,
    });
    this.service.attachToApplicationTargetGroup(this.targetGroup);

    const scaling = this.service.autoScaleTaskCount({ minCapacity: size.minTasks, maxCapacity: size.maxTasks });
    // The cost model plans app CPU at 60 % busy.
    scaling.scaleOnCpuUtilization("Cpu", { targetUtilizationPercent: 60, scaleOutCooldown: Duration.seconds(60), scaleInCooldown: Duration.minutes(5) });
    scaling.scaleOnRequestCount("Requests", {
      requestsPerTarget: size.requestsPerTaskPerMinute,
      targetGroup: this.targetGroup,
      scaleOutCooldown: Duration.seconds(60),
      scaleInCooldown: Duration.minutes(5),
    });

    this.migration = new MigrateBeforeDeploy(this, "Migrate", {
      cluster: this.cluster,
      taskDefinition: migrateTask,
      subnets: vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnetIds,
      securityGroup: appSecurityGroup,
      after: [data.primary],
      before: [this.service],
    });
  }
}
